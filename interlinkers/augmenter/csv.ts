/**
 * CSV for spreadsheets (RFC 4180, CRLF line ends). A cell a spreadsheet would run as a formula (starting with =, +,
 * -, @, a tab or a carriage return) is written with a leading apostrophe, as OWASP advises against CSV injection:
 * suggestions are anyone's words, the export is opened by a moderator.
 */
const formulaStart = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null): string {
  let text = value === null ? "" : String(value);
  if (formulaStart.test(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return `${[header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
