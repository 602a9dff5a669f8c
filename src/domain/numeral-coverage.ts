import type { ExcludedNumeral, NumeralMatch } from './numerals/numeral-types.ts';
import type { DataIssue } from './result.ts';
import {
  excerpt,
  findAll,
  normalizeText,
  printedSlice,
  sourcePosition,
  type NormalizedText,
} from './source-text.ts';

/**
 * Coverage: every numeral of an article's text is accounted for exactly once.
 *
 * The numerals are what `readNumerals` reads in the text (whitespace removed): every run of Arabic
 * digits (half- or full-width, with a decimal part and the 余/多/万/亿 after it) and every run of
 * the Chinese numeral characters 〇零一二两三四五六七八九十百千万亿 (read as the longest
 * well-formed numeral, so 二十 is one numeral and 五送五进 holds two). The reader itself excludes
 * those that are no quantity (years, dates, ordinals, quoted names, codes, idioms, vague words),
 * each with its reason; they are accounted for. Every other numeral must be claimed by
 * - a figure: the numeral its quote (and `numeral`) points at (a figure may also claim a numeral
 *   the reader excluded: the editor knows better);
 * - an event: a number of the date its quote prints (2020年7月, 10月16日). A date in a figure's
 *   quote is checked against the figure's date but accounts for nothing: an event or an ignore
 *   entry ("a date already captured") must;
 * - a byline: a numeral inside a printed byline name (a reporter called 张三 is no count);
 * - an `ignoredNumerals` entry: every numeral inside every occurrence of its `text`.
 * A numeral that two figures claim, or that a figure and a date or an ignore entry both claim, is an
 * error; so is an ignore entry that is not in the text or claims nothing new (a stale ignore),
 * including one whose numerals the reader already excludes by itself.
 */

export type FigureClaim = { match: number; figureId: string; path: string };
/** A printed date or a byline name: its numerals are no quantities. */
export type DateClaim = {
  start: number;
  end: number;
  text: string;
  by: string;
  kind?: 'date' | 'byline name';
  /** Whether the span also accounts for its numerals (an event's date, a byline name). */
  accounts: boolean;
};

export type CoverageInput = {
  /** The article file, where an editor fixes coverage. */
  file: string;
  articleId: string;
  sourceFile: string;
  raw: string;
  norm: NormalizedText;
  /** Every numeral a figure may claim: the quantities and the readings of excluded numerals. */
  numerals: readonly NumeralMatch[];
  /** The numerals the reader excluded, with their reasons (vague words have no reading). */
  excluded: readonly ExcludedNumeral[];
  figureClaims: readonly FigureClaim[];
  dateClaims: readonly DateClaim[];
  ignored: ReadonlyArray<{ text: string }>;
  /**
   * A draft lists the numerals the reader excludes by itself as ignore entries, for review: they
   * are then counted in one line instead of each reported as stale.
   */
  draft?: boolean;
};

const overlaps = (m: NumeralMatch, start: number, end: number) =>
  m.numberStart < end && m.numberEnd > start;

const core = (input: CoverageInput, m: NumeralMatch) =>
  printedSlice(input.raw, input.norm, m.numberStart, m.numberEnd);

export function checkCoverage(input: CoverageInput): DataIssue[] {
  const issues: DataIssue[] = [];
  const { numerals } = input;
  const where = (m: NumeralMatch) =>
    `${sourcePosition(input.sourceFile, input.raw, input.norm, m.numberStart)} (${excerpt(input.raw, input.norm, m.numberStart, m.numberEnd)})`;

  const dateOf = new Map<number, DateClaim>();
  const datedBy = new Set<number>();
  for (const claim of input.dateClaims) {
    numerals.forEach((m, i) => {
      if (!overlaps(m, claim.start, claim.end)) return;
      if (!dateOf.has(i)) dateOf.set(i, claim);
      if (claim.accounts) datedBy.add(i);
    });
  }

  const autoOf = new Map<number, ExcludedNumeral>();
  const excludedAt = new Map(input.excluded.map((e) => [e.numberStart, e]));
  numerals.forEach((m, i) => {
    const exclusion = excludedAt.get(m.numberStart);
    if (exclusion?.reading) autoOf.set(i, exclusion);
  });
  const unread = input.excluded.filter((e) => !e.reading);
  const excuse = (e: ExcludedNumeral) =>
    `“${printedSlice(input.raw, input.norm, e.numberStart, e.numberEnd)}” as ${e.reason}`;

  const figureOf = new Map<number, FigureClaim>();
  for (const claim of input.figureClaims) {
    const m = numerals[claim.match];
    if (!m) continue;
    const date = dateOf.get(claim.match);
    const earlier = figureOf.get(claim.match);
    if (date) {
      issues.push({
        file: input.file,
        path: claim.path,
        recordId: claim.figureId,
        message: `numeral “${core(input, m)}” at ${where(m)} is part of the ${date.kind ?? 'date'} ${date.text}, not a quantity`,
      });
    } else if (earlier) {
      issues.push({
        file: input.file,
        path: claim.path,
        recordId: claim.figureId,
        message: `numeral “${core(input, m)}” at ${where(m)} is already stated by figure ${earlier.figureId}: one printed number, one figure`,
      });
    } else {
      figureOf.set(claim.match, claim);
    }
  }

  const ignoredBy = new Map<number, number>();
  let forReview = 0;
  input.ignored.forEach((entry, index) => {
    const path = `$.ignoredNumerals[${index}].text`;
    const base = { file: input.file, path, recordId: input.articleId };
    const needle = normalizeText(entry.text).text;
    const occurrences = findAll(input.norm.text, needle);
    if (occurrences.length === 0) {
      issues.push({
        ...base,
        message: `ignoredNumerals entry “${entry.text}” is not in ${input.sourceFile}: remove it (stale ignore)`,
      });
      return;
    }
    const hits = new Set<number>();
    const unreadHits = new Set<ExcludedNumeral>();
    for (const at of occurrences) {
      numerals.forEach((m, i) => {
        if (overlaps(m, at, at + needle.length)) hits.add(i);
      });
      for (const e of unread) {
        if (e.numberStart < at + needle.length && e.numberEnd > at) unreadHits.add(e);
      }
    }
    const auto = [
      ...[...hits].flatMap((i) => {
        const e = autoOf.get(i);
        return e && !figureOf.has(i) ? [e] : [];
      }),
      ...unreadHits,
    ];
    const byReader = auto.length
      ? ` (the reader excludes ${[...new Set(auto.map(excuse))].join(', ')})`
      : '';
    if (hits.size === 0 && unreadHits.size === 0) {
      issues.push({
        ...base,
        message: `ignoredNumerals entry “${entry.text}” holds no numeral: remove it`,
      });
      return;
    }
    let fresh = 0;
    for (const i of [...hits].sort((a, b) => a - b)) {
      const m = numerals[i];
      const figure = figureOf.get(i);
      if (m && figure) {
        issues.push({
          ...base,
          message: `ignoredNumerals entry “${entry.text}” also covers “${core(input, m)}” at ${where(m)}, which figure ${figure.figureId} states: make the text narrower`,
        });
      } else if (!datedBy.has(i) && !ignoredBy.has(i) && !autoOf.has(i)) {
        ignoredBy.set(i, index);
        fresh++;
      }
    }
    if (fresh === 0 && [...hits].every((i) => !figureOf.has(i))) {
      if (input.draft && auto.length > 0) {
        forReview++;
        return;
      }
      issues.push({
        ...base,
        message: `ignoredNumerals entry “${entry.text}” covers only numerals that are already accounted for${byReader}: remove it (stale ignore)`,
      });
    }
  });

  if (forReview > 0) {
    issues.push({
      file: input.file,
      path: '$.ignoredNumerals',
      recordId: input.articleId,
      message: `${forReview} ignoredNumerals entr${forReview === 1 ? 'y repeats a numeral' : 'ies repeat numerals'} the reader excludes by itself, listed by the drafter for review: check none is a figure, then remove ${forReview === 1 ? 'it' : 'them'} with "draft"`,
    });
  }

  numerals.forEach((m, i) => {
    if (figureOf.has(i) || datedBy.has(i) || ignoredBy.has(i) || autoOf.has(i)) return;
    issues.push({
      file: input.file,
      path: '$',
      recordId: input.articleId,
      message: `numeral “${core(input, m)}” at ${where(m)} is not accounted for: add a figure for it, or an ignoredNumerals entry saying why it is not one`,
    });
  });
  return issues;
}
