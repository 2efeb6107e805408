/**
 * What people are told about (issue #13): each event type belongs to a group, and a person chooses per group (and
 * per process) how it reaches them by mail. The inbox always has it.
 */
export const notificationTypes = [
  "mentioned",
  "replied",
  "join_request.created",
  "join_request.decided",
  "participation_request.created",
  "participation_request.decided",
  "invitation.received",
  "invitation.answered",
  "grant.changed",
  "assignment.received",
  "gate.pending",
  "gate.decided",
  "claim.created",
  "claim.decided",
  "decision.opened",
  "decision.closing",
  "decision.ended",
  "decision.closed",
  "document.restored",
  "suggestion.accepted",
  "story.published",
  "story.awaiting_consent",
  "webhook.disabled",
] as const;
export type NotificationType = (typeof notificationTypes)[number];

export const notificationGroups = [
  "mentions",
  "discussions",
  "requests_to_decide",
  "assignments",
  "answers",
  "process_updates",
] as const;
export type NotificationGroup = (typeof notificationGroups)[number];

export const groupOfNotification: Record<NotificationType, NotificationGroup> = {
  mentioned: "mentions",
  replied: "discussions",
  "join_request.created": "requests_to_decide",
  "join_request.decided": "answers",
  "participation_request.created": "requests_to_decide",
  "participation_request.decided": "answers",
  // An invitation waits for its addressee to accept or decline; the inviter hears the answer.
  "invitation.received": "requests_to_decide",
  "invitation.answered": "answers",
  // Rights given or taken back, to a person or to a team they belong to.
  "grant.changed": "process_updates",
  "assignment.received": "assignments",
  // A sign-off waits for the approver as a request does.
  "gate.pending": "requests_to_decide",
  "gate.decided": "process_updates",
  // A claim of work done waits for those who may finish the item; its answer is the claimant's.
  "claim.created": "requests_to_decide",
  "claim.decided": "answers",
  "decision.opened": "process_updates",
  "decision.closing": "process_updates",
  // Voting ended at its closing time: the outcome waits to be recorded by whoever may close the decision.
  "decision.ended": "requests_to_decide",
  "decision.closed": "process_updates",
  "document.restored": "process_updates",
  // A public service's description took in what the person suggested: the answer to their suggestion.
  "suggestion.accepted": "answers",
  // The process's story is public: its people hear it, and may ask to be named in it.
  "story.published": "process_updates",
  // Two keys (G+G): one side published the story; it waits for the other side's consent.
  "story.awaiting_consent": "requests_to_decide",
  // Waits for its creator: the receiver needs fixing and the hook turning on again.
  "webhook.disabled": "requests_to_decide",
};

/**
 * Types whose own mail already goes out when they happen (an invitation's mail, with its link, reaches even an
 * address without an account): the inbox has them, and a digest may remind of them, but no second mail at once.
 */
export const mailedOnTheirOwn: ReadonlySet<NotificationType> = new Set(["invitation.received"]);

export const mailFrequencies = ["immediately", "daily", "weekly", "off"] as const;
export type MailFrequency = (typeof mailFrequencies)[number];

/** What waits for the person goes at once; the rest into the daily digest. */
export const defaultMailFrequency: Record<NotificationGroup, MailFrequency> = {
  mentions: "immediately",
  discussions: "daily",
  requests_to_decide: "immediately",
  assignments: "immediately",
  answers: "daily",
  process_updates: "daily",
};

export const notificationSubjectKinds = [
  "asset",
  "team",
  "join_request",
  "participation_request",
  "item",
  "claim",
  "invitation",
  "process",
  "webhook",
  "story",
] as const;
export type NotificationSubjectKind = (typeof notificationSubjectKinds)[number];
