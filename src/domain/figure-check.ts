import type { DraftFigure, EditorArticle } from './dataset-schema.ts';
import type { DateClaim, FigureClaim } from './numeral-coverage.ts';
import type { ExcludedNumeral, NumeralMatch } from './numerals/numeral-types.ts';
import { QUALIFIER_WORDS } from './numerals/qualifier-words.ts';
import { checkRecordDate, findPrintedDates, type DatedRecord } from './printed-date.ts';
import type { DataIssue } from './result.ts';
import {
  findAll,
  longestFoundPrefix,
  normalizeText,
  printedSlice,
  type NormalizedText,
} from './source-text.ts';
import { PERCENT_UNIT, POINTS_UNIT } from './vocabulary.ts';

/** One article's text, read once, and what the checks of its records collect. */
export type ArticleContext = {
  file: string;
  sourceFile: string;
  article: EditorArticle;
  raw: string;
  norm: NormalizedText;
  /** The quantities and the readings of excluded numerals, in text order. */
  numerals: readonly NumeralMatch[];
  /** The numerals the reader excluded (a year, a date, a name …), by where their number starts. */
  excludedAt: ReadonlyMap<number, ExcludedNumeral>;
  issues: DataIssue[];
  figureClaims: FigureClaim[];
  dateClaims: DateClaim[];
};

type Span = { start: number; end: number };

export function report(
  ctx: ArticleContext,
  path: string,
  recordId: string | undefined,
  message: string,
) {
  ctx.issues.push({ file: ctx.file, path, ...(recordId ? { recordId } : {}), message });
}

/**
 * Finds a quote in the article text, ignoring whitespace and full-width/half-width differences.
 * With `unique`, a quote found more than once is an error, because a figure must point at one place.
 */
export function locateQuote(
  ctx: ArticleContext,
  quote: string,
  path: string,
  recordId: string,
  unique: boolean,
): Span | null {
  const needle = normalizeText(quote).text;
  const found = findAll(ctx.norm.text, needle);
  const [first] = found;
  if (first !== undefined && (found.length === 1 || !unique)) {
    return { start: first, end: first + needle.length };
  }
  if (found.length > 1) {
    report(
      ctx,
      path,
      recordId,
      `quote “${quote}” appears ${found.length} times in ${ctx.sourceFile}: lengthen it so it points at one place`,
    );
    return null;
  }
  const prefix = longestFoundPrefix(ctx.norm.text, needle);
  const hint = prefix
    ? `; the text matches up to “${prefix}” and differs after that`
    : '; no part of it is there';
  report(
    ctx,
    path,
    recordId,
    `quote “${quote}” is not in ${ctx.sourceFile} (compared without whitespace, full- and half-width forms alike)${hint}`,
  );
  return null;
}

const printedCore = (ctx: ArticleContext, m: NumeralMatch) =>
  printedSlice(ctx.raw, ctx.norm, m.numberStart, m.numberEnd);

/**
 * Checks a record's date against the date its quote prints. An event's printed date accounts for
 * its numerals; a figure's only keeps them from being read as quantities.
 */
export function checkDateAt(
  ctx: ArticleContext,
  record: DatedRecord & { id: string },
  quote: Span,
  path: string,
  accounts: boolean,
) {
  const [printed] = findPrintedDates(ctx.norm.text.slice(quote.start, quote.end));
  for (const problem of checkRecordDate(record, printed ?? null)) {
    report(ctx, `${path}.${problem.field}`, record.id, problem.message);
  }
  if (printed) {
    ctx.dateClaims.push({
      start: quote.start + printed.start,
      end: quote.start + printed.end,
      text: printed.text,
      by: record.id,
      accounts,
    });
  }
}

/** A figure as checked: finished, or a draft's (whose names may still be null). */
type CheckedFigure = DraftFigure;

/** Picks the numeral of the quote that states the figure, as `numeral` says or as the only one. */
function pickNumeral(
  ctx: ArticleContext,
  figure: CheckedFigure,
  quote: Span,
  path: string,
): number | null {
  const inQuote = ctx.numerals
    .map((m, index) => ({ m, index }))
    .filter(({ m }) => m.numberStart < quote.end && m.numberEnd > quote.start);
  if (figure.numeral === undefined) {
    // A date or a name beside the quantity needs no `numeral`; an excluded numeral alone may
    // still be what the figure states.
    const quantities = inQuote.filter(({ m }) => !ctx.excludedAt.has(m.numberStart));
    const pool = quantities.length > 0 ? quantities : inQuote;
    const [only] = pool;
    if (!only) {
      report(
        ctx,
        `${path}.quote`,
        figure.id,
        `quote “${figure.quote}” holds no numeral: quote the words that print the number`,
      );
      return null;
    }
    if (pool.length > 1) {
      const list = pool.map(({ m }) => `“${printedCore(ctx, m)}”`).join(', ');
      report(
        ctx,
        `${path}.numeral`,
        figure.id,
        `the quote holds several numerals (${list}): say in numeral which one states the value`,
      );
      return null;
    }
    return only.index;
  }
  const needle = normalizeText(figure.numeral).text;
  const within = findAll(ctx.norm.text.slice(quote.start, quote.end), needle);
  const [at] = within;
  if (at === undefined || within.length > 1) {
    const why =
      at === undefined
        ? `is not in the quote “${figure.quote}”`
        : `appears ${within.length} times in the quote: give more of it, or quote less`;
    report(ctx, `${path}.numeral`, figure.id, `numeral “${figure.numeral}” ${why}`);
    return null;
  }
  const start = quote.start + at;
  const end = start + needle.length;
  const hits = inQuote.filter(({ m }) => m.numberStart < end && m.numberEnd > start);
  const [hit] = hits;
  if (!hit || hits.length > 1) {
    const why = hit ? 'spans several numbers: give one' : 'holds no number';
    report(ctx, `${path}.numeral`, figure.id, `numeral “${figure.numeral}” ${why}`);
    return null;
  }
  if (start > hit.m.numberStart || end < hit.m.digitsEnd) {
    report(
      ctx,
      `${path}.numeral`,
      figure.id,
      `numeral “${figure.numeral}” is only part of the number “${printedCore(ctx, hit.m)}” printed there`,
    );
    return null;
  }
  return hit.index;
}

/**
 * Proves a figure against its article text: quote, numeral, value (and valueMax), qualifier,
 * unit (a share's % or 百分点 included) and date. A draft's figure without a date yet is proven
 * in all else.
 */
export function checkFigure(ctx: ArticleContext, figure: CheckedFigure, i: number) {
  const path = `$.figures[${i}]`;
  const quote = locateQuote(ctx, figure.quote, `${path}.quote`, figure.id, true);
  if (!quote) return;
  const { date, dateBasis } = figure;
  if (date !== null && dateBasis !== null) {
    checkDateAt(ctx, { ...figure, date, dateBasis }, quote, path, false);
  }
  const index = pickNumeral(ctx, figure, quote, path);
  const m = index === null ? undefined : ctx.numerals[index];
  if (index === null || !m) return;
  ctx.figureClaims.push({ match: index, figureId: figure.id, path: `${path}.quote` });
  const printed = printedCore(ctx, m);
  if (m.start < quote.start || m.qualifierEnd > quote.end) {
    const whole = printedSlice(ctx.raw, ctx.norm, m.start, m.qualifierEnd);
    report(
      ctx,
      `${path}.quote`,
      figure.id,
      `the quote cuts the number short: the source prints “${whole}”; quote it whole`,
    );
  }
  if (figure.value !== m.value) {
    report(
      ctx,
      `${path}.value`,
      figure.id,
      `value ${figure.value} does not match the quote: “${printed}” reads ${m.value}`,
    );
  }
  checkQualifier(ctx, figure, m, path);
  // A draft's figure without a unit: the draft check lists it as left to fill.
  if (figure.unit === null) return;
  const share = SHARE_KINDS[figure.unit];
  if (share && m.kind !== share.kind) {
    report(
      ctx,
      `${path}.unit`,
      figure.id,
      `unit ${figure.unit} is for ${share.what}, and “${printed}” prints none: use the unit printed after it`,
    );
  } else if (m.unit !== undefined && m.unit !== figure.unit) {
    report(
      ctx,
      `${path}.unit`,
      figure.id,
      `unit ${figure.unit} does not match the quote: the source prints “${m.unit}” after “${printed}”`,
    );
  }
  if (m.unit === undefined && !figure.note) {
    report(
      ctx,
      `${path}.unit`,
      figure.id,
      `the source prints no unit after “${printed}”: say in note why the unit is ${figure.unit}`,
    );
  }
}

/** The units of shares and what the text must print for them. */
const SHARE_KINDS: Readonly<Record<string, { kind: NumeralMatch['kind']; what: string }>> = {
  [PERCENT_UNIT]: { kind: 'percent', what: 'percentages (98.6%, 百分之八, 6成)' },
  [POINTS_UNIT]: { kind: 'percentagePoints', what: 'percentage points (1.2个百分点)' },
};

const QUALIFIER_LIST = Object.entries(QUALIFIER_WORDS)
  .map(([q, words]) => `${q}: ${words}`)
  .join('; ');

/**
 * The figure's qualifier must be the one its quote prints, with its words (不足500件 is atMost
 * because of 不足); a range's upper end must be the one printed. The value itself is checked by
 * the caller: a range's lower end.
 */
function checkQualifier(ctx: ArticleContext, figure: CheckedFigure, m: NumeralMatch, path: string) {
  const printed = printedSlice(ctx.raw, ctx.norm, m.start, m.qualifierEnd);
  if (m.qualifier === 'range') {
    if (figure.qualifier !== 'range') {
      report(
        ctx,
        `${path}.qualifier`,
        figure.id,
        `the quote prints a range “${printed}” (${m.value} to ${m.valueMax}): set qualifier range and valueMax ${m.valueMax}`,
      );
    } else if (figure.valueMax !== m.valueMax) {
      report(
        ctx,
        `${path}.valueMax`,
        figure.id,
        `valueMax ${figure.valueMax} does not match the quote: the range “${printed}” ends at ${m.valueMax}`,
      );
    }
    return;
  }
  if (figure.qualifier === m.qualifier) return;
  const word = m.qualifierWord
    ? `${m.qualifier} (${m.qualifierWord})`
    : `${m.qualifier} (no qualifier word next to it; ${QUALIFIER_LIST})`;
  report(
    ctx,
    `${path}.qualifier`,
    figure.id,
    `qualifier ${figure.qualifier} does not match the quote: “${printed}” reads ${word}`,
  );
}
