import { Badge } from "@mantine/core";
import { IconAlertTriangle, IconEye, IconLoader2, IconPlugConnected, IconPlugConnectedX } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

export type LiveState = "connecting" | "connected" | "offline" | "readOnly" | "error";
const liveStates: readonly LiveState[] = ["connecting", "connected", "offline", "readOnly", "error"];

/**
 * White text on a dark fill in every state (each at least 7:1), and an icon as well as a colour, so the state
 * reads without telling green from grey.
 */
const looks: Record<LiveState, { background: string; icon: typeof IconPlugConnected }> = {
  connecting: { background: "#495057", icon: IconLoader2 },
  connected: { background: "#1b5e20", icon: IconPlugConnected },
  offline: { background: "#8f1d1d", icon: IconPlugConnectedX },
  readOnly: { background: "#1c4a80", icon: IconEye },
  error: { background: "#8f1d1d", icon: IconAlertTriangle },
};

/**
 * Browser tests show each state by setting `interlink.test.liveState` in sessionStorage: it changes only what this
 * tab's badge says, never what the socket does, so it is harmless anywhere.
 */
function forcedState(): LiveState | null {
  try {
    const forced = window.sessionStorage.getItem("interlink.test.liveState");
    return liveStates.includes(forced as LiveState) ? (forced as LiveState) : null;
  } catch {
    return null;
  }
}

export function LiveBadge({ state }: { state: LiveState }) {
  const { t } = useTranslation();
  const shown = forcedState() ?? state;
  const { background, icon: Icon } = looks[shown];
  const label =
    shown === "readOnly" || shown === "error"
      ? t(`feedback.live.${shown}`)
      : t(`interlinkers.document.status.${shown === "offline" ? "disconnected" : shown}`);
  return (
    <Badge
      component="span"
      variant="filled"
      data-live-state={shown}
      leftSection={<Icon size={14} aria-hidden stroke={2} />}
      styles={{
        root: { background, color: "#ffffff", height: "auto", minHeight: 24, paddingBlock: 2 },
        label: { whiteSpace: "normal", textTransform: "none", overflow: "visible" },
      }}
    >
      {label}
    </Badge>
  );
}
