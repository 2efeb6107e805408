import { notifications } from "@mantine/notifications";
import type { ReactNode } from "react";
import { i18next } from "../i18n";

/**
 * The one way to confirm that an action worked: a short toast that closes by itself, announced politely
 * (`role="status"`) so a screen reader reads it out without moving focus or interrupting.
 */
export function toastSuccess(message: ReactNode): void {
  show(message, "green.9", 5000, "status");
}

/** A failure that has no field or form to sit next to (a failed click on a list row, for instance). */
export function toastFailure(message: string): void {
  show(message, "red.9", 8000, "alert");
}

function show(message: ReactNode, color: string, autoClose: number, role: "status" | "alert") {
  notifications.show({
    message,
    color,
    autoClose,
    withBorder: true,
    role,
    closeButtonProps: { "aria-label": i18next.t("app.closeMessage") },
  });
}
