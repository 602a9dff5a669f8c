import { findAll } from '../source-text.ts';

/**
 * Quotes for drafted figures, cut from the text as the data check compares it (whitespace
 * removed). `printed` keeps the page's characters (full-width forms), `folded` is the same text
 * with full-width forms folded, index for index: uniqueness is judged on `folded`, as the check
 * does, and quotes are cut from `printed`. `breaks` are the indices where a blank line stood:
 * a byline or a heading ends there without a mark.
 */
export type QuoteText = { printed: string; folded: string; breaks?: readonly number[] };

type Span = { start: number; end: number };

/** Where clauses end: the page's comma, full stop, semicolon and marks. */
const CLAUSE_END = '，。；！？;!?';
/** Where sentences end (a figure's date must be printed in its sentence). */
const SENTENCE_END = '。！？!?';

/** Where a clause ends (`end`) and the next begins (`start`): after a mark, or at a break. */
type Boundary = { end: number; start: number };

function boundaries(text: QuoteText, marks: string): Boundary[] {
  const found: Boundary[] = (text.breaks ?? []).map((at) => ({ end: at, start: at }));
  for (let i = 0; i < text.printed.length; i++) {
    if (marks.includes(text.printed[i] ?? '')) found.push({ end: i, start: i + 1 });
  }
  return found.sort((a, b) => a.end - b.end);
}

/** The span between the boundaries around `[start, end)`, marks left out. */
function around(bounds: readonly Boundary[], length: number, span: Span): Span {
  // Boundaries are sorted: find the first that ends at or after the span by bisection.
  let low = 0;
  let high = bounds.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((bounds[mid]?.end ?? 0) < span.end) low = mid + 1;
    else high = mid;
  }
  let from = 0;
  for (let i = low - 1; i >= 0; i--) {
    const b = bounds[i];
    if (b && b.start <= span.start) {
      from = b.start;
      break;
    }
  }
  return { start: from, end: bounds[low]?.end ?? length };
}

/** A text with its clause and sentence boundaries found once, for many quotes. */
export type ClauseIndex = {
  text: QuoteText;
  clauses: readonly Boundary[];
  sentences: readonly Boundary[];
};

export function indexClauses(text: QuoteText): ClauseIndex {
  return {
    text,
    clauses: boundaries(text, CLAUSE_END),
    sentences: boundaries({ ...text, breaks: [] }, SENTENCE_END),
  };
}

/** The sentence around `[start, end)`: between the full stops (or marks) on either side. */
export function sentenceAround(index: ClauseIndex, span: Span): Span {
  return around(index.sentences, index.text.printed.length, span);
}

const occurrences = (text: QuoteText, span: Span) =>
  findAll(text.folded, text.folded.slice(span.start, span.end)).length;

/**
 * The shortest run of whole clauses that holds `[start, end)` and occurs once in the text: the
 * clause around it, grown by a clause to the left or right (whichever is unique, or shorter)
 * until no other place in the text reads the same.
 */
export function uniqueClause(index: ClauseIndex, span: Span): Span {
  const { text, clauses: ends } = index;
  const length = text.printed.length;
  let quote = around(ends, length, span);
  while (occurrences(text, quote) > 1) {
    const left =
      quote.start > 0 ? around(ends, length, { start: quote.start - 1, end: quote.end }) : null;
    const right =
      quote.end < length ? around(ends, length, { start: quote.start, end: quote.end + 1 }) : null;
    const grown = [left, right].filter((s): s is Span => s !== null);
    if (grown.length === 0) break;
    const unique = grown.filter((s) => occurrences(text, s) === 1);
    const pool = unique.length > 0 ? unique : grown;
    quote = pool.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
  }
  return quote;
}

/**
 * The words that point at one number in a quote that holds others (the figure's `numeral`):
 * the first of the number, the number with its unit, or longer, that occurs once in the quote.
 * `tries` are spans of the text, shortest first; null when none is unique.
 */
export function uniqueWithin(text: QuoteText, quote: Span, tries: readonly Span[]): string | null {
  const inQuote = text.folded.slice(quote.start, quote.end);
  for (const t of tries) {
    if (t.start < quote.start || t.end > quote.end) continue;
    if (findAll(inQuote, text.folded.slice(t.start, t.end)).length === 1) {
      return text.printed.slice(t.start, t.end);
    }
  }
  return null;
}
