/** Where a contribution claim stands (issue #13): waiting for an answer, approved (credited) or rejected. */
export const claimStatuses = ["pending", "approved", "rejected"] as const;
export type ClaimStatus = (typeof claimStatuses)[number];

/** How long a claim's description and a rejection's reason may be. */
export const claimTextMaxLength = 2000;
