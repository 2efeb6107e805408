import type { Bus } from "../../bus/index.js";
import type { NotificationRow } from "./service.js";

type Listener = (row: NotificationRow) => void;

/**
 * New notifications for the people connected to a live stream, in whichever server process they are connected:
 * a row published here goes over the bus (`notifications` channel) to every process sharing the database.
 */
export interface LiveNotifications {
  publish(userId: string, row: NotificationRow): void;
  subscribe(userId: string, listener: Listener): () => void;
}

interface Published {
  userId: string;
  row: Record<string, unknown>;
}

/** A row back from its JSON: the timestamps were sent as ISO strings. */
function reviveRow(row: Record<string, unknown>): NotificationRow {
  const date = (value: unknown) => (typeof value === "string" ? new Date(value) : null);
  return {
    ...(row as unknown as NotificationRow),
    readAt: date(row.readAt),
    digestedAt: date(row.digestedAt),
    createdAt: date(row.createdAt) ?? new Date(),
  };
}

export function createLiveNotifications(bus: Bus): LiveNotifications {
  const listeners = new Map<string, Set<Listener>>();
  // One subscription for the process; the bus ends it when the app closes.
  bus.subscribe("notifications", (message) => {
    const { userId, row } = message as Published;
    const own = listeners.get(userId);
    if (!own) return;
    const revived = reviveRow(row);
    for (const listener of [...own]) {
      try {
        listener(revived);
      } catch {
        // One stream that cannot be written to must not keep the row from the person's other streams.
      }
    }
  });
  return {
    publish(userId, row) {
      void bus.publish("notifications", { userId, row } satisfies Published);
    },
    subscribe(userId, listener) {
      let own = listeners.get(userId);
      if (!own) {
        own = new Set();
        listeners.set(userId, own);
      }
      own.add(listener);
      return () => {
        if (own.delete(listener) && own.size === 0) listeners.delete(userId);
      };
    },
  };
}
