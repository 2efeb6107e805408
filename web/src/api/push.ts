import { api } from "./client";

/** The service worker's registration, if the app registered one here (web/src/main.tsx, in production builds). */
export const pushRegistration = async (): Promise<ServiceWorkerRegistration | undefined> =>
  "serviceWorker" in navigator ? navigator.serviceWorker.getRegistration("/") : undefined;

/** This browser's current push subscription, or null. */
export async function currentPushSubscription(): Promise<PushSubscription | null> {
  return (await (await pushRegistration())?.pushManager?.getSubscription()) ?? null;
}

/**
 * Turns notifications off in this browser: unsubscribes it and has the platform forget it. Also on signing out,
 * so a shared computer does not go on showing the last person's notifications.
 */
export async function turnOffPushHere(): Promise<void> {
  const subscription = await currentPushSubscription();
  if (!subscription) return;
  const { endpoint } = subscription;
  await subscription.unsubscribe();
  // Already forgotten by the platform (its push service said the browser was gone) is off as well.
  const { response } = await api.DELETE("/api/v1/me/push-subscriptions", { body: { endpoint } });
  if (!response.ok && response.status !== 404) throw new Error(`${response.status} ${response.statusText}`);
}
