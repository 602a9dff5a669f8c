import { isArabicDigit, isChineseNumeralChar, skipSpace, skipSpaceBack } from './digits.ts';
import { scaleDecimal } from './number-grammar.ts';
import { readNumberCore, type NumberCore } from './number-reader.ts';
import type { NumeralKind, NumeralMatch, NumeralQualifier } from './numeral-types.ts';
import {
  NOT_A_QUALIFIER_AFTER,
  NOT_A_SUFFIX_BEFORE,
  PREFIX_QUALIFIERS,
  SUFFIX_QUALIFIERS,
} from './qualifier-words.ts';
import type { UnitLookup } from './units.ts';

/** A quantity as read, with the number parts the classifier looks at. */
export type QuantityReading = { match: NumeralMatch; core: NumberCore; second?: NumberCore };

/** What follows a number: a percent sign, 成, 百分点 or a unit. */
type After = { kind: NumeralKind; unit?: string; exponent: number; end: number };

const RANGE_CONNECTORS = ['——', '—', '–', '-', '~', '～', '〜', '至', '到'];
/** 成 after a number is tenths (6成 = 60%) unless it starts a word: 3成立, 5成为, 成都. */
const NOT_TENTHS_BEFORE = '立为功果员本长熟就交绩效型都片群套品';
/** 多 after 年 or 成 is "more than" (两年多, 三成多) unless it starts a word (多次, 多种). */
const NOT_MORE_BEFORE = '次种样元方项个家名位条件人部彩措';

/** A character a number can start with: a digit in either width or a Chinese numeral. */
export const isNumberStart = (ch: string | undefined) =>
  isArabicDigit(ch) || isChineseNumeralChar(ch);

const scaled = (value: number, exponent: number) =>
  exponent === 0 ? value : scaleDecimal(String(value), exponent);

/** 6成, 六成, 6.5成, 七八成: a tenth is a number up to ten with no scale word. */
const readsAsTenths = (core: NumberCore) =>
  core.value <= 10 &&
  (core.valueMax ?? 0) <= 10 &&
  !core.moreWord &&
  core.tokens.every((t) => t.kind === 'digit' || (t.kind === 'place' && t.size === 10));

function readAfter(text: string, core: NumberCore, units: UnitLookup): After {
  const at = skipSpace(text, core.end);
  const ch = text[at];
  if (ch === '%' || ch === '％') return { kind: 'percent', unit: '%', exponent: 0, end: at + 1 };
  if (ch === '成' && readsAsTenths(core) && !NOT_TENTHS_BEFORE.includes(text[at + 1] ?? '\0')) {
    return { kind: 'percent', unit: '%', exponent: 1, end: at + 1 };
  }
  for (const word of ['个百分点', '百分点']) {
    if (text.startsWith(word, at)) {
      return { kind: 'percentagePoints', unit: '百分点', exponent: 0, end: at + word.length };
    }
  }
  const unit = units.at(text, at);
  return unit
    ? { kind: 'amount', unit, exponent: 0, end: at + unit.length }
    : { kind: 'amount', exponent: 0, end: core.end };
}

type Range = { second: NumberCore; after: After; value: number; valueMax: number; word: string };

/** 10—20人, 3至5年, 5万至8万元, 5至8万元 (the first number borrows 万), 10%—20%, 七至八成. */
function readConnectorRange(
  text: string,
  core: NumberCore,
  after: After,
  units: UnitLookup,
  unitAt: (t: string, i: number) => boolean,
): Range | null {
  // 0635-… is a telephone code; 0.5—1.5 is a range.
  const leadingZero = /^0\d/.test(core.arabicDigits ?? '');
  if (core.valueMax !== undefined || core.moreWord || leadingZero) return null;
  const at = skipSpace(text, after.end);
  const word = RANGE_CONNECTORS.find((c) => text.startsWith(c, at));
  if (!word) return null;
  const secondAt = skipSpace(text, at + word.length);
  if (!isNumberStart(text[secondAt])) return null;
  const second = readNumberCore(text, secondAt, unitAt);
  if (!second || second.valueMax !== undefined || second.moreWord) return null;
  const secondAfter = readAfter(text, second, units);
  const firstHasUnit = after.unit !== undefined;
  if (firstHasUnit && secondAfter.unit !== undefined && secondAfter.unit !== after.unit)
    return null;
  const shared = firstHasUnit ? after : secondAfter;
  let value = scaled(core.value, firstHasUnit ? after.exponent : shared.exponent);
  const valueMax = scaled(
    second.value,
    secondAfter.unit !== undefined ? secondAfter.exponent : shared.exponent,
  );
  const lead = second.lead;
  const borrows = !firstHasUnit && core.tokens.length === 1 && lead && lead.exponent > 0;
  if (borrows && core.value < lead.value) {
    value = scaled(scaleDecimal(String(core.value), lead.exponent), shared.exponent);
  }
  if (!(valueMax > value)) return null;
  return {
    second,
    after: secondAfter.unit !== undefined ? secondAfter : { ...shared, end: second.end },
    value,
    valueMax,
    word,
  };
}

type Prefix = { word: string; qualifier: NumeralQualifier; start: number };

function readPrefix(text: string, start: number, minStart: number): Prefix | null {
  const before = skipSpaceBack(text, start);
  for (const [word, qualifier] of PREFIX_QUALIFIERS) {
    const at = before - word.length;
    if (at < minStart || !text.startsWith(word, at)) continue;
    if (NOT_A_QUALIFIER_AFTER[word]?.includes(text[at - 1] ?? '\0')) continue;
    return { word, qualifier, start: at };
  }
  return null;
}

type Suffix = { word: string; qualifier: NumeralQualifier; end: number; unit?: string };

function readSuffix(text: string, end: number, after: After): Suffix | null {
  const at = skipSpace(text, end);
  for (const [word, qualifier] of SUFFIX_QUALIFIERS) {
    if (!text.startsWith(word, at)) continue;
    if (NOT_A_SUFFIX_BEFORE[word]?.includes(text[at + word.length] ?? '\0')) continue;
    return { word, qualifier, end: at + word.length };
  }
  if (after.unit === '个' && text.startsWith('多月', at)) {
    return { word: '多', qualifier: 'atLeast', end: at + 2, unit: '个月' };
  }
  const tenthsOrYears = after.unit === '年' || (after.kind === 'percent' && after.exponent === 1);
  if (tenthsOrYears && text[at] === '多' && !NOT_MORE_BEFORE.includes(text[at + 1] ?? '\0')) {
    return { word: '多', qualifier: 'atLeast', end: at + 1 };
  }
  return null;
}

/**
 * Reads the quantity whose number starts at `i` (or whose 百分之 does): the number, what follows
 * it (%, 成, 百分点, a unit), a second number joined by a range connector, and the qualifier
 * words before and after. A prefix word may reach back to `minStart`, not into the last match.
 */
export function readQuantity(
  text: string,
  i: number,
  units: UnitLookup,
  minStart: number,
): QuantityReading | null {
  const unitAt = (t: string, j: number) => j > i && units.at(t, j) !== undefined;
  const percentWords = text.startsWith('百分之', i) && isNumberStart(text[i + 3]);
  const core = readNumberCore(text, percentWords ? i + 3 : i, unitAt);
  if (!core) return null;
  let after = percentWords
    ? { kind: 'percent' as const, unit: '%', exponent: 0, end: core.end }
    : readAfter(text, core, units);
  let value = scaled(core.value, after.exponent);
  let valueMax = core.valueMax === undefined ? undefined : scaled(core.valueMax, after.exponent);
  let qualifier: NumeralQualifier = valueMax === undefined ? 'exact' : 'range';
  let qualifierWord = core.moreWord;
  if (qualifierWord) qualifier = 'atLeast';
  let second: NumberCore | undefined;
  const range = percentWords ? null : readConnectorRange(text, core, after, units, unitAt);
  if (range) {
    ({ second, after, value, valueMax } = range);
    qualifier = 'range';
    qualifierWord = range.word;
  }
  let start = percentWords ? i : core.start;
  const numberEnd = second?.end ?? core.end;
  let end = after.end;
  let qualifierEnd = numberEnd;
  let unit = after.unit;
  if (qualifier !== 'range') {
    const prefix = qualifierWord ? null : readPrefix(text, start, minStart);
    if (prefix) {
      ({ qualifier } = prefix);
      qualifierWord = prefix.word;
      start = prefix.start;
    }
    const suffix = readSuffix(text, end, after);
    if (suffix && (qualifier === 'exact' || qualifier === suffix.qualifier)) {
      if (qualifier === 'exact') qualifierWord = suffix.word;
      qualifier = suffix.qualifier;
      end = suffix.end;
      qualifierEnd = end;
      unit = suffix.unit ?? unit;
    }
  }
  const match: NumeralMatch = {
    text: text.slice(start, end),
    start,
    end,
    numberStart: core.start,
    numberEnd,
    digitsEnd: second?.digitsEnd ?? core.digitsEnd,
    qualifierEnd,
    value,
    ...(valueMax !== undefined ? { valueMax } : {}),
    qualifier,
    ...(qualifierWord ? { qualifierWord } : {}),
    ...(unit ? { unit } : {}),
    kind: after.kind,
    script: second && second.script !== core.script ? 'mixed' : core.script,
  };
  return { match, core, ...(second ? { second } : {}) };
}
