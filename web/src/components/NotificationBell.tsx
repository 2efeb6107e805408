import { ActionIcon, type ActionIconProps, Badge, Box, VisuallyHidden } from "@mantine/core";
import { IconBell } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { createLink } from "@tanstack/react-router";
import { forwardRef, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { unreadCountQuery, useNotificationStream } from "../api/notifications";

const ActionIconAnchor = forwardRef<HTMLAnchorElement, ActionIconProps & React.AnchorHTMLAttributes<HTMLAnchorElement>>(
  (props, ref) => <ActionIcon component="a" ref={ref} {...props} />,
);
const ActionIconLink = createLink(ActionIconAnchor);

/**
 * Says "2 new notifications" once when the count rises, and nothing on the first count or when it falls (reading
 * them): a screen reader hears arrivals, not every refresh.
 */
function useArrivalAnnouncement(unread: number | undefined): string {
  const { t } = useTranslation();
  const previous = useRef<number | undefined>(undefined);
  const [announcement, setAnnouncement] = useState("");
  useEffect(() => {
    if (unread === undefined) return;
    if (previous.current !== undefined && unread > previous.current) {
      setAnnouncement(t("notifications.bell.arrived", { count: unread }));
    }
    previous.current = unread;
  }, [unread, t]);
  return announcement;
}

/** The header's way to the inbox, with the unread count kept live by the notification stream. */
export function NotificationBell() {
  const { t } = useTranslation();
  useNotificationStream(true);
  const count = useQuery(unreadCountQuery);
  const unread = count.data ?? 0;
  const announcement = useArrivalAnnouncement(count.data);
  return (
    <Box pos="relative" style={{ flexShrink: 0 }}>
      <ActionIconLink
        to="/notifications"
        preload="intent"
        variant="subtle"
        color="dark"
        size="lg"
        // The badge sits over the bell's corner, outside its box.
        style={{ overflow: "visible" }}
        aria-label={unread > 0 ? t("notifications.bell.unread", { count: unread }) : t("notifications.bell.none")}
      >
        <IconBell aria-hidden stroke={1.75} />
        {unread > 0 && (
          <Badge
            component="span"
            color="red.9"
            size="sm"
            circle={unread < 10}
            pos="absolute"
            top={-4}
            right={-6}
            style={{ pointerEvents: "none" }}
          >
            {unread > 99 ? "99+" : unread}
          </Badge>
        )}
      </ActionIconLink>
      <VisuallyHidden aria-live="polite">{announcement}</VisuallyHidden>
    </Box>
  );
}
