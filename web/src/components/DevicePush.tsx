import { Stack, Switch, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client";
import { currentPushSubscription, pushRegistration, turnOffPushHere } from "../api/push";
import { dataOf, problemOf } from "../api/unwrap";
import { FormAlert, StatusMessage } from "../ui/feedback";

/** Can this browser take push messages at all (and has the app's service worker, which shows them)? */
const pushSupported = () =>
  typeof window !== "undefined" && "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;

/** The VAPID public key as `applicationServerKey` wants it: the bytes of its base64url text. */
function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replaceAll("-", "+").replaceAll("_", "/");
  const text = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, "="));
  const bytes = new Uint8Array(new ArrayBuffer(text.length));
  for (let index = 0; index < text.length; index++) bytes[index] = text.charCodeAt(index);
  return bytes;
}

const deviceQueryKey = ["push-subscription", "this-device"] as const;

type Feedback = "on" | "off" | "denied" | "unavailable" | null;

/**
 * Notifications on this device: a choice per browser, not per account. On, the browser holds a push subscription
 * the platform knows; every notification of the inbox then also appears on the device.
 */
export function DevicePush() {
  const { t } = useTranslation();
  const supported = pushSupported();
  const queryClient = useQueryClient();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const device = useQuery({
    queryKey: deviceQueryKey,
    queryFn: async () => (await currentPushSubscription()) !== null,
    enabled: supported,
  });

  const toggle = useMutation({
    mutationFn: async (on: boolean): Promise<Feedback> => {
      if (!on) {
        await turnOffPushHere();
        return "off";
      }
      const permission = await Notification.requestPermission();
      if (permission !== "granted") return "denied";
      const worker = await pushRegistration();
      if (!worker) return "unavailable";
      const { publicKey } = await dataOf(api.GET("/api/v1/push/public-key"));
      // A subscription made with another key (the platform's keys were replaced) would never get a message.
      const existing = await worker.pushManager.getSubscription();
      if (existing) await existing.unsubscribe();
      const subscription = await worker.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: keyBytes(publicKey),
      });
      const { endpoint, keys } = subscription.toJSON();
      try {
        await dataOf(
          api.POST("/api/v1/me/push-subscriptions", {
            body: { endpoint: endpoint ?? "", keys: { p256dh: keys?.p256dh ?? "", auth: keys?.auth ?? "" } },
          }),
        );
      } catch (error) {
        // Not on without the platform knowing: the switch must say what really happens.
        await subscription.unsubscribe();
        throw error;
      }
      return "on";
    },
    onMutate: () => setFeedback(null),
    onSettled: () => queryClient.invalidateQueries({ queryKey: deviceQueryKey }),
    onSuccess: setFeedback,
  });

  const denied = supported && Notification.permission === "denied";
  return (
    <Stack component="section" gap="sm" aria-labelledby="device-notifications">
      <Title order={2} id="device-notifications" size="h3">
        {t("notifications.device.title")}
      </Title>
      {!supported ? (
        <Text size="sm">{t("notifications.device.unsupported")}</Text>
      ) : (
        <>
          <Text size="sm">{t("notifications.device.intro")}</Text>
          <Switch
            label={t("notifications.device.toggle")}
            checked={device.data ?? false}
            disabled={device.isPending || toggle.isPending || (denied && !device.data)}
            onChange={(event) => toggle.mutate(event.currentTarget.checked)}
          />
          {denied || feedback === "denied" ? <Text size="sm">{t("notifications.device.denied")}</Text> : null}
          {feedback === "unavailable" ? <Text size="sm">{t("notifications.device.unavailable")}</Text> : null}
          <FormAlert
            messages={toggle.error ? [problemOf(toggle.error)?.detail ?? t("notifications.device.failed")] : []}
          />
          <StatusMessage>
            {feedback === "on"
              ? t("notifications.device.turnedOn")
              : feedback === "off"
                ? t("notifications.device.turnedOff")
                : null}
          </StatusMessage>
        </>
      )}
    </Stack>
  );
}
