import { useCallback } from "react";
import { useTranslation } from "react-i18next";

// TEMPORARY (#10): the SDK's useFormatDate (helper E's web/src/ui/dates.ts) is not on this branch yet; on merge this
// file goes and index.tsx imports useFormatDate from ../../sdk/web, which has the same signature.

const calendarDate = /^\d{4}-\d{2}-\d{2}$/;

/** A day ("5 Jan 2026") in the reader's language; a calendar date names the same day in every time zone. */
export function useFormatDate(): (value: string | Date) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useCallback(
    (value: string | Date) => {
      const calendarDay = typeof value === "string" && calendarDate.test(value);
      const date = typeof value === "string" ? new Date(calendarDay ? `${value}T00:00:00Z` : value) : value;
      return new Intl.DateTimeFormat(language, {
        dateStyle: "medium",
        ...(calendarDay ? { timeZone: "UTC" } : {}),
      }).format(date);
    },
    [language],
  );
}

/** Today on the reader's calendar, as the API writes dates: an item due today is not yet overdue. */
export function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
