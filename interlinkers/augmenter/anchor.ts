// Where a suggestion points in a field's text: a W3C Web Annotation TextQuoteSelector (the passage, `exact`, with
// a little of what comes before and after it) and a TextPositionSelector (`start`, `end`). Positions count UTF-16
// code units, as JavaScript strings and the browser's selections do. The quote is what is trusted: when other
// passages of the text change, the positions move and the quote finds the passage again.

export const translatableFields = ["name", "description"] as const;
export type TranslatableField = (typeof translatableFields)[number];

/** How much text before and after a passage is kept to tell apart repeated phrases. */
export const contextLength = 32;

export interface Anchor {
  field: TranslatableField;
  language: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export interface Range {
  start: number;
  end: number;
}

/** The quote's context as the text has it at `start`–`end`. */
export function contextAt(text: string, range: Range): { prefix: string; suffix: string } {
  return {
    prefix: text.slice(Math.max(0, range.start - contextLength), range.start),
    suffix: text.slice(range.end, range.end + contextLength),
  };
}

/** How many characters two strings share at their ends (`a`'s end against `b`'s end). */
function sharedEnd(a: string, b: string): number {
  let shared = 0;
  while (shared < a.length && shared < b.length && a[a.length - 1 - shared] === b[b.length - 1 - shared]) shared++;
  return shared;
}

function sharedStart(a: string, b: string): number {
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared++;
  return shared;
}

/**
 * Where the passage is in `text` now, or null when it is gone (its words were changed or deleted). Where the text
 * still has the quote at the old position with its context, that is it; otherwise every occurrence of the quote
 * is weighed by how much of its context it keeps, and among the best the one nearest the old position wins.
 */
export function locate(text: string, anchor: Pick<Anchor, "exact" | "prefix" | "suffix" | "start">): Range | null {
  const { exact } = anchor;
  if (exact.length === 0) return null;
  let best: { range: Range; score: number; distance: number } | null = null;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const range = { start: at, end: at + exact.length };
    const context = contextAt(text, range);
    const score = sharedEnd(context.prefix, anchor.prefix) + sharedStart(context.suffix, anchor.suffix);
    const distance = Math.abs(at - anchor.start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) {
      best = { range, score, distance };
    }
  }
  return best?.range ?? null;
}

/** The text with `range` replaced by `replacement`. */
export function replaceRange(text: string, range: Range, replacement: string): string {
  return text.slice(0, range.start) + replacement + text.slice(range.end);
}

/**
 * The stretches of a text that located suggestions cover, each with how many of them overlap it: the boundaries
 * of every range cut the text, and each piece counts the ranges it lies in. Pieces nobody points at are left out.
 */
export function passageCounts(ranges: readonly Range[]): { start: number; end: number; count: number }[] {
  const cuts = [...new Set(ranges.flatMap((range) => [range.start, range.end]))].sort((a, b) => a - b);
  const passages: { start: number; end: number; count: number }[] = [];
  for (let index = 0; index < cuts.length - 1; index++) {
    const start = cuts[index]!;
    const end = cuts[index + 1]!;
    const count = ranges.filter((range) => range.start <= start && range.end >= end).length;
    if (count === 0) continue;
    const last = passages.at(-1);
    if (last && last.end === start && last.count === count) last.end = end;
    else passages.push({ start, end, count });
  }
  return passages;
}

/** Whether ranges make one connected stretch (each overlapping or touching the ones before it, in order). */
export function connected(ranges: readonly Range[]): boolean {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let end = sorted[0]?.end ?? 0;
  for (const range of sorted.slice(1)) {
    if (range.start > end) return false;
    end = Math.max(end, range.end);
  }
  return true;
}
