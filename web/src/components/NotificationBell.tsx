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
function useArrivalAnnouncement(unread: number | undefined): { text: string; arrival: number } {
  const { t } = useTranslation();
  const previous = useRef<number | undefined>(undefined);
  const [announcement, setAnnouncement] = useState({ text: "", arrival: 0 });
  useEffect(() => {
    if (unread === undefined) return;
    if (previous.current !== undefined && unread > previous.current) {
      const text = t("notifications.bell.arrived", { count: unread });
      setAnnouncement((last) => ({ text, arrival: last.arrival + 1 }));
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
        // 44 px: a comfortable target for a finger, and room for the badge inside the button's own box (the
        // header's checks count anything sticking out as cut off).
        size="xl"
        aria-label={unread > 0 ? t("notifications.bell.unread", { count: unread }) : t("notifications.bell.none")}
      >
        <IconBell aria-hidden size={24} stroke={1.75} />
        {unread > 0 && (
          <Badge
            component="span"
            color="red.9"
            size="sm"
            circle={unread < 10}
            pos="absolute"
            top={0}
            right={0}
            style={{ pointerEvents: "none" }}
          >
            {unread > 99 ? "99+" : unread}
          </Badge>
        )}
      </ActionIconLink>
      <VisuallyHidden aria-live="polite">
        {/* A new node per arrival: the same sentence as last time ("1 unread" after reading all) is read again. */}
        <span key={announcement.arrival}>{announcement.text}</span>
      </VisuallyHidden>
    </Box>
  );
}
