/**
 * Article text as the checks compare it: the page breaks lines mid-word and sets spaces around
 * numbers at will, so quotes are matched with all whitespace removed and with full-width forms
 * (０-９, ．, ，, ＋ …) folded to their half-width twins. Offsets map back to the original text so an
 * issue can name the line.
 */

export type NormalizedText = {
  /** The text without whitespace, full-width ASCII forms folded to half-width. */
  text: string;
  /** `offsets[i]` is the index in the original text of `text[i]`. */
  offsets: number[];
};

/** Full-width forms U+FF01–U+FF5E fold to ASCII U+0021–U+007E. */
function fold(ch: string): string {
  const code = ch.charCodeAt(0);
  return code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : ch;
}

/** Removes every whitespace character and folds full-width forms, keeping a map to the original. */
export function normalizeText(raw: string): NormalizedText {
  let text = '';
  const offsets: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i] ?? '';
    if (/\s/.test(ch)) continue;
    text += fold(ch);
    offsets.push(i);
  }
  return { text, offsets };
}

/** Every index where `needle` starts in `haystack` (overlapping matches included). */
export function findAll(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    found.push(at);
  }
  return found;
}

/** 1-based line and column of an index of the original text. */
export function lineColumn(raw: string, index: number): { line: number; column: number } {
  const before = raw.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

/** `file:line:column` of a position in the normalized text, for messages an editor can click. */
export function sourcePosition(
  file: string,
  raw: string,
  norm: NormalizedText,
  at: number,
): string {
  const { line, column } = lineColumn(raw, norm.offsets[at] ?? raw.length);
  return `${file}:${line}:${column}`;
}

/** `[start, end)` of the normalized text as printed: without whitespace, forms not folded. */
export function printedSlice(raw: string, norm: NormalizedText, start: number, end: number) {
  return norm.offsets
    .slice(start, end)
    .map((offset) => raw[offset])
    .join('');
}

/**
 * The text around `[start, end)` of the normalized text, with the span marked, for messages:
 * whitespace left out, but every character as printed (full-width forms kept).
 */
export function excerpt(
  raw: string,
  norm: NormalizedText,
  start: number,
  end: number,
  context = 8,
): string {
  const from = Math.max(0, start - context);
  const to = Math.min(norm.text.length, end + context);
  const printed = (a: number, b: number) => printedSlice(raw, norm, a, b);
  const head = from > 0 ? '…' : '';
  const tail = to < norm.text.length ? '…' : '';
  return `${head}${printed(from, start)}【${printed(start, end)}】${printed(end, to)}${tail}`;
}

/** The longest start of `needle` that occurs in `haystack`: where a wrong quote goes astray. */
export function longestFoundPrefix(haystack: string, needle: string): string {
  let low = 0;
  let high = needle.length;
  // Prefix presence is monotonic, so a binary search finds the longest one.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (haystack.includes(needle.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  return needle.slice(0, low);
}
