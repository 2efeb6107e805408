import type { NotificationRow } from "./service.js";

type Listener = (row: NotificationRow) => void;

/**
 * New notifications for the people connected to this process's live stream. In-process: another server process
 * sharing the database hears of them through the bus (#13, Deliver 7), not through this.
 */
export interface LiveNotifications {
  publish(userId: string, row: NotificationRow): void;
  subscribe(userId: string, listener: Listener): () => void;
}

export function createLiveNotifications(): LiveNotifications {
  const listeners = new Map<string, Set<Listener>>();
  return {
    publish(userId, row) {
      for (const listener of listeners.get(userId) ?? []) listener(row);
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
