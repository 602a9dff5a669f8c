import { normalizeText } from './source-text.ts';

/** A quote to find in an article; `key` names the record (or list item) it belongs to. */
export type QuoteToFind = { key: string; quote: string };

/** Where a quote is in the raw article text: `[start, end)`, line breaks inside included. */
export type QuoteSpan = { key: string; start: number; end: number };

export type LocatedQuotes = {
  spans: QuoteSpan[];
  /** Keys whose quote is not in the text; the data check should have caught them. */
  unlocated: string[];
};

/**
 * Finds each quote in the article text as the data check does: ignoring whitespace and line
 * breaks, and full-width forms alike (the page prints `５项`, a quote may say `5项`). The match in
 * the normalized text is mapped back to the raw text, so the span may cover line breaks. Where a
 * quote occurs more than once, the first occurrence is taken.
 */
export function locateQuotes(raw: string, quotes: readonly QuoteToFind[]): LocatedQuotes {
  const norm = normalizeText(raw);
  const spans: QuoteSpan[] = [];
  const unlocated: string[] = [];
  for (const { key, quote } of quotes) {
    const needle = normalizeText(quote).text;
    const at = needle ? norm.text.indexOf(needle) : -1;
    const start = norm.offsets[at];
    const last = norm.offsets[at + needle.length - 1];
    if (at < 0 || start === undefined || last === undefined) {
      unlocated.push(key);
      continue;
    }
    spans.push({ key, start, end: last + 1 });
  }
  return { spans, unlocated };
}

/** Plain article text between highlights. */
export type TextPiece = { kind: 'text'; start: number; end: number; text: string };

/** A run of the mark where the same quotes overlap; `keys` are the quotes covering it. */
export type MarkPart = { start: number; end: number; text: string; keys: string[] };

/**
 * One highlight: a quote, or several quotes that overlap merged into one, so overlapping quotes
 * never produce crossing elements. `parts` split it where a quote starts or ends.
 */
export type MarkPiece = {
  kind: 'mark';
  start: number;
  end: number;
  text: string;
  /** Every quote in the mark, in order of where it starts (the longer first on a tie). */
  keys: string[];
  parts: MarkPart[];
};

export type Piece = TextPiece | MarkPiece;

function partsOf(raw: string, members: readonly QuoteSpan[]): MarkPart[] {
  const cuts = [...new Set(members.flatMap((span) => [span.start, span.end]))].sort(
    (a, b) => a - b,
  );
  const parts: MarkPart[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] ?? 0;
    const end = cuts[i + 1] ?? start;
    const keys = members.filter((s) => s.start <= start && s.end >= end).map((s) => s.key);
    parts.push({ start, end, text: raw.slice(start, end), keys });
  }
  return parts;
}

/**
 * Cuts the article text into plain pieces and highlights. Quotes that overlap (share at least one
 * character) become one highlight; quotes that merely touch stay apart. Concatenating the pieces'
 * text gives back the raw text exactly.
 */
export function highlightPieces(raw: string, spans: readonly QuoteSpan[]): Piece[] {
  const sorted = spans
    .filter((span) => span.start >= 0 && span.end <= raw.length && span.start < span.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const clusters: QuoteSpan[][] = [];
  let clusterEnd = -1;
  for (const span of sorted) {
    const current = clusters.at(-1);
    if (current && span.start < clusterEnd) {
      current.push(span);
      clusterEnd = Math.max(clusterEnd, span.end);
    } else {
      clusters.push([span]);
      clusterEnd = span.end;
    }
  }

  const pieces: Piece[] = [];
  let at = 0;
  for (const members of clusters) {
    const start = members[0]?.start ?? at;
    const end = Math.max(...members.map((span) => span.end));
    if (start > at)
      pieces.push({ kind: 'text', start: at, end: start, text: raw.slice(at, start) });
    pieces.push({
      kind: 'mark',
      start,
      end,
      text: raw.slice(start, end),
      keys: members.map((span) => span.key),
      parts: partsOf(raw, members),
    });
    at = end;
  }
  if (at < raw.length) {
    pieces.push({ kind: 'text', start: at, end: raw.length, text: raw.slice(at) });
  }
  return pieces;
}
