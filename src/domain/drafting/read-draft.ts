import type { DateBasis } from '../dataset-schema.ts';
import type {
  ExclusionReason,
  NumeralKind,
  NumeralMatch,
  NumeralQualifier,
} from '../numerals/numeral-types.ts';
import { readNumerals } from '../numerals/read-numerals.ts';
import { KNOWN_UNITS } from '../numerals/units.ts';
import { normalizeText, type NormalizedText } from '../source-text.ts';
import { articleYear, sentenceDate } from './draft-dates.ts';
import {
  indexClauses,
  sentenceAround,
  uniqueClause,
  uniqueWithin,
  type QuoteText,
} from './quote-clause.ts';

/**
 * A quantity the drafter found, as `npm run data:draft -- --json` prints it. `start`/`end` are
 * UTF-16 offsets into the file's text, and `text` is exactly that slice (line breaks and all).
 */
export type DraftCandidate = {
  text: string;
  start: number;
  end: number;
  /** In base units: 1.2亿元 → 120000000, 98.6% → 98.6; a range's lower end. */
  value: number;
  valueMax?: number;
  /** As printed after the number; null when the page prints none (四大功能区). */
  unit: string | null;
  qualifier: NumeralQualifier;
  kind: NumeralKind;
  /** The shortest run of whole clauses around it that occurs once, whitespace removed. */
  quote: string;
  date?: string;
  dateBasis?: DateBasis;
};

/** A numeral the reader excludes (a year, a date, an ordinal, a name …), with its reason. */
export type DraftExclusion = {
  text: string;
  start: number;
  end: number;
  reason: ExclusionReason;
};

/** What the draft file needs beyond the candidate: which number of the quote, the date note. */
export type DraftedQuantity = DraftCandidate & {
  numeral?: string;
  dateNote?: string;
  /** `[start, end)` of the number in the compared text, for the coverage of ignore entries. */
  number: { start: number; end: number };
};

export type DraftedExclusion = DraftExclusion & {
  /** The words as the checks compare them (whitespace removed), for an ignore entry. */
  printed: string;
  explanation: string;
};

export type Byline = { role: string; names: string[] };

export type DraftReading = {
  candidates: DraftedQuantity[];
  excluded: DraftedExclusion[];
  bylines: Byline[];
  /** The text as the checks compare it. */
  norm: NormalizedText;
};

export type DraftOptions = {
  /** The page's year, for dates printed without one and sentences that print none. */
  year?: number;
  /** Units the vocabulary adds to the reader's (data/vocabulary.json). */
  units?: readonly string[];
};

/** 本报记者 苑莘, ■ 本报通讯员 金增秀 王淑菊: a role, then names set apart by spaces. */
const BYLINE =
  /(?<![\u4e00-\u9fff])(本报记者|本报通讯员|记者|通讯员)[ \t\u3000]+((?:[\u4e00-\u9fff]{2,4}(?:[ \t\u3000]+|$))+)/gmu;

function findBylines(raw: string): Array<Byline & { spans: Array<[number, number]> }> {
  return [...raw.matchAll(BYLINE)].map((m) => {
    const role = m[1] ?? '';
    const names = (m[2] ?? '').trim().split(/[ \t\u3000]+/);
    const from = (m.index ?? 0) + m[0].indexOf(m[2] ?? '');
    const spans = names.map((name): [number, number] => {
      const at = raw.indexOf(name, from);
      return [at, at + name.length];
    });
    return { role, names, spans };
  });
}

/** Where a blank line stood, as indices of the text the checks compare (whitespace removed). */
function blankLines(raw: string): number[] {
  const breaks: number[] = [];
  let kept = 0;
  let newlines = 0;
  for (const ch of raw) {
    if (ch === '\n') newlines++;
    else if (!/\s/.test(ch)) {
      if (newlines >= 2 && kept > 0) breaks.push(kept);
      newlines = 0;
      // Counted in UTF-16 units, as the compared text is indexed.
      kept += ch.length;
    }
  }
  return breaks;
}

/** Longer than this, a quote leaves out the date its sentence prints (and says so). */
const LONGEST_DATED_QUOTE = 40;

/**
 * Reads an article's text as the data check does (whitespace removed, full-width forms kept for
 * the reader) and drafts a figure for every quantity: its value, bounds, unit, qualifier and kind,
 * a quote of whole clauses that occurs once, and a date from its sentence. Numerals the reader
 * excludes are listed with their reasons. Pure; linear in the text but for the quotes' search.
 */
export function readDraft(raw: string, options: DraftOptions = {}): DraftReading {
  const norm = normalizeText(raw);
  const printed = norm.offsets.map((o) => raw[o] ?? '').join('');
  const text: QuoteText = { printed, folded: norm.text, breaks: blankLines(raw) };
  const clauses = indexClauses(text);
  const units = options.units ? [...new Set([...KNOWN_UNITS, ...options.units])] : KNOWN_UNITS;
  const reading = readNumerals(printed, { units });
  const year = articleYear(norm.text, options.year);
  const rawStart = (i: number) => norm.offsets[i] ?? raw.length;
  const rawEnd = (i: number) => (i > 0 ? (norm.offsets[i - 1] ?? raw.length - 1) + 1 : 0);
  const bylines = findBylines(raw);
  const inByline = (m: NumeralMatch) =>
    bylines.some((b) =>
      b.spans.some(([from, to]) => rawStart(m.numberStart) >= from && rawEnd(m.numberEnd) <= to),
    );

  const quantities = reading.quantities.filter((m) => !inByline(m));
  const candidates = quantities.map((m): DraftedQuantity => {
    const number = { start: m.numberStart, end: m.numberEnd };
    const sentence = sentenceAround(clauses, { start: m.start, end: m.end });
    const dated = sentenceDate(
      norm.text.slice(sentence.start, sentence.end),
      m.start - sentence.start,
      year,
    );
    const own = { start: m.start, end: Math.max(m.end, m.qualifierEnd) };
    const date = dated?.printed && {
      start: sentence.start + dated.printed.start,
      end: sentence.start + dated.printed.end,
    };
    // A quote that prints the date lets the check prove it; one that would grow long does not.
    const withDate = date && {
      start: Math.min(own.start, date.start),
      end: Math.max(own.end, date.end),
    };
    let quote = uniqueClause(clauses, withDate ?? own);
    let basis = dated?.dateBasis;
    let note = dated?.dateNote;
    if (withDate && quote.end - quote.start > LONGEST_DATED_QUOTE) {
      quote = uniqueClause(clauses, own);
      if (dated?.dateBasis === 'printed') {
        basis = 'inferred';
        note = `The sentence prints ${norm.text.slice(date.start, date.end)}, outside the quote.`;
      }
    }
    const others = quantities.filter(
      (o) => o !== m && o.numberStart < quote.end && o.numberEnd > quote.start,
    );
    // The number, then with what follows it, up to the next numeral: the first that is unique.
    const next = Math.min(
      quote.end,
      ...reading.quantities.filter((o) => o.numberStart >= m.end).map((o) => o.numberStart),
      ...reading.excluded.filter((e) => e.numberStart >= m.end).map((e) => e.numberStart),
    );
    const tries = [
      number,
      ...Array.from({ length: 8 }, (_, k) => m.end + k)
        .filter((end) => end <= next)
        .map((end) => ({ start: m.numberStart, end })),
    ];
    const numeral = others.length > 0 ? uniqueWithin(text, quote, tries) : null;
    return {
      text: raw.slice(rawStart(m.start), rawEnd(m.end)),
      start: rawStart(m.start),
      end: rawEnd(m.end),
      value: m.value,
      ...(m.valueMax !== undefined ? { valueMax: m.valueMax } : {}),
      unit: m.unit ?? null,
      qualifier: m.qualifier,
      kind: m.kind,
      quote: printed.slice(quote.start, quote.end),
      ...(dated && basis ? { date: dated.date, dateBasis: basis } : {}),
      ...(note ? { dateNote: note } : {}),
      ...(numeral ? { numeral } : {}),
      number,
    };
  });
  const excluded = reading.excluded.map((e): DraftedExclusion => ({
    text: raw.slice(rawStart(e.start), rawEnd(e.end)),
    start: rawStart(e.start),
    end: rawEnd(e.end),
    reason: e.reason,
    printed: printed.slice(e.start, e.end),
    explanation: e.explanation,
  }));
  return {
    candidates,
    excluded,
    bylines: bylines.map(({ role, names }) => ({ role, names })),
    norm,
  };
}
