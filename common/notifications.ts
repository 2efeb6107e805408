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
  "assignment.received",
  "gate.pending",
  "gate.decided",
  "claim.created",
  "claim.decided",
  "decision.opened",
  "decision.closing",
  "decision.closed",
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
  "assignment.received": "assignments",
  // A sign-off waits for the approver as a request does.
  "gate.pending": "requests_to_decide",
  "gate.decided": "process_updates",
  // A claim of work done waits for those who may finish the item; its answer is the claimant's.
  "claim.created": "requests_to_decide",
  "claim.decided": "answers",
  "decision.opened": "process_updates",
  "decision.closing": "process_updates",
  "decision.closed": "process_updates",
  // Waits for its creator: the receiver needs fixing and the hook turning on again.
  "webhook.disabled": "requests_to_decide",
};

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
  "webhook",
] as const;
export type NotificationSubjectKind = (typeof notificationSubjectKinds)[number];
