import { Alert } from "@mantine/core";
import { useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";

function subscribe(changed: () => void) {
  window.addEventListener("online", changed);
  window.addEventListener("offline", changed);
  return () => {
    window.removeEventListener("online", changed);
    window.removeEventListener("offline", changed);
  };
}

/** Whether the browser believes it has a network connection, kept up to date by its online/offline events. */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
}

/**
 * A polite notice while the connection is gone: the live region is always there, so screen readers announce
 * the notice when it appears without moving focus.
 */
export function OfflineNotice() {
  const { t } = useTranslation();
  const online = useOnline();
  return (
    // A live region without the status role, so it never competes with a page's own status messages.
    <div aria-live="polite">
      {!online && (
        <Alert
          role="note"
          color="#7a4d00"
          variant="outline"
          title={t("shell.offline.title")}
          mb="md"
          maw={860}
          mx="auto"
        >
          {t("shell.offline.text")}
        </Alert>
      )}
    </div>
  );
}
