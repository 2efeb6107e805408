import { useCallback } from "react";
import { useTranslation } from "react-i18next";

/** A day without a time of day, as the API sends a phase's start or end: "2026-01-05". */
const calendarDate = /^\d{4}-\d{2}-\d{2}$/;

// Making a formatter loads its locale's data, which takes a phone a while: each one is made once, when first needed.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(language: string, time: boolean, calendarDay: boolean): Intl.DateTimeFormat {
  const key = `${language} ${time} ${calendarDay}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, {
      dateStyle: "medium",
      ...(time ? { timeStyle: "short" } : {}),
      // A calendar date names the same day wherever the reader is; a moment is shown on the reader's clock.
      ...(calendarDay ? { timeZone: "UTC" } : {}),
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

export type FormatDate = (value: string | Date, options?: { time?: boolean }) => string;

/**
 * A date in a language: the day ("Jan 5, 2026"), or with `{ time: true }` the day and the time. Takes a moment (an
 * ISO timestamp or a Date) or a calendar date ("2026-01-05"), which never gets a time.
 */
export function formatDate(language: string, ...[value, options]: Parameters<FormatDate>): string {
  const calendarDay = typeof value === "string" && calendarDate.test(value);
  const date = typeof value === "string" ? new Date(calendarDay ? `${value}T00:00:00Z` : value) : value;
  return formatterFor(language, Boolean(options?.time) && !calendarDay, calendarDay).format(date);
}

/** formatDate() in the reader's language: the one way screens and interlinkers show a date. */
export function useFormatDate(): FormatDate {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useCallback((value, options) => formatDate(language, value, options), [language]);
}
