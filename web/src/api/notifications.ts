import { queryOptions, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { api } from "./client";
import type { components } from "./schema";
import { dataOf } from "./unwrap";

export type Notification = components["schemas"]["Notification"];
export type NotificationPreferences = components["schemas"]["NotificationPreferences"];

/** Everything the inbox and the bell show hangs under this key: one invalidation refreshes both. */
export const notificationsKey = ["notifications"] as const;

/** How many are unread: the first page of one item carries the count. */
export const unreadCountQuery = queryOptions({
  queryKey: [...notificationsKey, "unread"],
  queryFn: async () => (await dataOf(api.GET("/api/v1/me/notifications", { params: { query: { limit: 1 } } }))).unread,
});

export const notificationPreferencesQuery = queryOptions({
  queryKey: ["notification-preferences"],
  queryFn: () => dataOf(api.GET("/api/v1/me/notification-preferences")),
});

/**
 * Listens to the live stream while someone is signed in and refreshes the count and the inbox on each arrival.
 * The browser's EventSource reconnects by itself and sends Last-Event-ID, so nothing missed in between is lost.
 */
export function useNotificationStream(signedIn: boolean): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!signedIn || typeof EventSource === "undefined") return;
    const source = new EventSource("/api/v1/me/notifications/stream", { withCredentials: true });
    const refresh = () => void queryClient.invalidateQueries({ queryKey: notificationsKey });
    source.addEventListener("notification", refresh);
    // A reconnect may follow an arrival that Last-Event-ID cannot replay (the browser had no id yet, or the server
    // restarted): count again then. The first opening follows the count the bell has just asked for.
    let reconnect = false;
    source.addEventListener("open", () => {
      if (reconnect) refresh();
      reconnect = true;
    });
    return () => source.close();
  }, [signedIn, queryClient]);
}
