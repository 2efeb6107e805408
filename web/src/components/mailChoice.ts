import { type MailFrequency, notificationGroups } from "../../../common/notifications.js";
import type { components } from "../api/schema.js";

/**
 * A process's page offers one mail choice over every group; the preferences keep one per group. These translate
 * between the two.
 */

type Preferences = components["schemas"]["NotificationPreferences"];
type ProcessChoices = Preferences["processes"][string];

/** No entry for the process: its mail follows the profile's choice per group. */
export const asInProfile = "profile";
/** An entry that differs per group: only the profile's details can show it. */
export const mixed = "mixed";
type Choice = MailFrequency | typeof asInProfile | typeof mixed;

/** What one process's entry amounts to in the single choice offered on its page. */
export function choiceOf(entry: ProcessChoices | undefined): Choice {
  if (!entry || Object.keys(entry).length === 0) return asInProfile;
  const values = new Set(notificationGroups.map((group) => entry[group]));
  const [only] = values;
  return values.size === 1 && only ? only : mixed;
}

/** The whole document with the process's entry set to one frequency for every group, or taken out. */
export function withProcessChoice(
  preferences: Preferences,
  processId: string,
  frequency: MailFrequency | null,
): Preferences {
  const { [processId]: _left, ...others } = preferences.processes;
  return {
    events: preferences.events,
    processes: frequency
      ? { ...others, [processId]: Object.fromEntries(notificationGroups.map((group) => [group, frequency])) }
      : others,
  };
}
