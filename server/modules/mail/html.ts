import type { Language } from "../../../common/languages.js";
import { escapeHtml } from "../../http/html.js";

/**
 * The HTML part of a mail, beside its plain text (issue #13): the same words, escaped, in a page a mail program
 * shows as is. No images, no styles from elsewhere, no tracking: a paragraph, a heading, a list, a link.
 */
export type MailBlock =
  | { paragraph: string }
  | { heading: string }
  | { link: { label: string; url: string } }
  | { list: { text: string; url: string }[] };

/** Only our own links, over http(s): anything else is shown as text. */
const href = (url: string) => (/^https?:\/\//.test(url) ? escapeHtml(url) : "#");

const paragraphs = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((part) => `<p>${escapeHtml(part).replace(/\n/g, "<br>")}</p>`)
    .join("\n");

function render(block: MailBlock): string {
  if ("paragraph" in block) return paragraphs(block.paragraph);
  if ("heading" in block) return `<h2 style="font-size:1.1em">${escapeHtml(block.heading)}</h2>`;
  if ("link" in block) return `<p><a href="${href(block.link.url)}">${escapeHtml(block.link.label)}</a></p>`;
  const items = block.list.map((entry) => `<li><a href="${href(entry.url)}">${escapeHtml(entry.text)}</a></li>`);
  return `<ul>\n${items.join("\n")}\n</ul>`;
}

export function mailHtml(language: Language, title: string, blocks: MailBlock[]): string {
  return [
    "<!doctype html>",
    `<html lang="${language}">`,
    `<head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>`,
    '<body style="font-family:sans-serif;line-height:1.5;max-width:40em">',
    ...blocks.map(render),
    "</body>",
    "</html>",
  ].join("\n");
}
