import { isChineseNumeralChar, PLACES, SCALES, skipSpace, startsNumberAt } from './digits.ts';
import { EXCLUSION_EXPLANATIONS } from './non-quantity-words.ts';
import { classify, classifyContext, type Exclusion } from './non-quantity.ts';
import { readNumberCore } from './number-reader.ts';
import type { ExcludedNumeral, NumeralReading, ReadOptions } from './numeral-types.ts';
import { isNumberStart, readQuantity, type QuantityReading } from './quantity-reader.ts';
import { KNOWN_UNITS, unitLookup } from './units.ts';

/** 数 after these characters ends a noun (人数, 户数, 总数), so 人数十万 is a count of 十万. */
const NOUN_BEFORE_SHU = '人户次件总位指岁天倍参票股系基常变函半少多无分';

/**
 * 上千, 数十, 几百, 十几, 几十万: an amount no honest number can be drawn from. Returns the span
 * to exclude and where its numeral characters end (the places after 几 too: 十几万), or null.
 */
function vagueSpan(text: string, r: QuantityReading): (Exclusion & { numberEnd: number }) | null {
  const { core } = r;
  const [first] = core.tokens;
  const startsWithPlace = first?.kind === 'place' || first?.kind === 'scale';
  const bareTen = first?.kind === 'place' && first.size === 10;
  const prev = text[core.start - 1];
  let start: number | null = null;
  if (prev === '几') start = core.start - 1;
  else if (
    prev === '数' &&
    startsWithPlace &&
    !NOUN_BEFORE_SHU.includes(text[core.start - 2] ?? '\0')
  )
    start = core.start - 1;
  else if (prev === '上' && core.bare && !bareTen) start = core.start - 1;
  let numberEnd = r.match.numberEnd;
  if (text[core.end] === '几') {
    numberEnd = core.end + 1;
    while (
      PLACES[text[numberEnd] ?? ''] !== undefined ||
      SCALES[text[numberEnd] ?? ''] !== undefined
    )
      numberEnd++;
    start ??= core.start;
  }
  return start === null ? null : { reason: 'vague', start, end: numberEnd, numberEnd };
}

/** 三分之一, 千分之五: a fraction, read as one excluded span with both numbers. */
function fractionEnd(
  text: string,
  r: QuantityReading,
  units: ReturnType<typeof unitLookup>,
): number | null {
  const at = skipSpace(text, r.core.end);
  if (!text.startsWith('分之', at) || !isNumberStart(text[at + 2])) return null;
  const second = readNumberCore(text, at + 2, (t, j) => units.at(t, j) !== undefined);
  return second ? second.end : null;
}

function excluded(
  text: string,
  r: QuantityReading | null,
  exclusion: Exclusion,
  numberStart: number,
  numberEnd: number,
): ExcludedNumeral {
  return {
    text: text.slice(exclusion.start, exclusion.end),
    start: exclusion.start,
    end: exclusion.end,
    numberStart,
    numberEnd,
    reason: exclusion.reason,
    explanation: EXCLUSION_EXPLANATIONS[exclusion.reason],
    // A vague word is never turned into a number, not even as a reading an editor could claim.
    ...(r && exclusion.reason !== 'vague' ? { reading: r.match } : {}),
  };
}

/**
 * Reads every numeral of `text`, left to right, and sorts it into a quantity (with its value in
 * base units, qualifier, unit and kind) or an excluded numeral (a year, a date, an ordinal, a
 * name, a code, an idiom, a vague amount …, each with its reason). Every numeral is in exactly
 * one of the two lists, both in text order; offsets are UTF-16 indices into `text`.
 */
export function readNumerals(text: string, options: ReadOptions = {}): NumeralReading {
  const units = unitLookup(options.units ?? KNOWN_UNITS);
  const ctx = classifyContext(text, units);
  const reading: NumeralReading = { quantities: [], excluded: [] };
  let i = 0;
  let lastEnd = 0;
  while (i < text.length) {
    if (!startsNumberAt(text, i)) {
      i++;
      continue;
    }
    const ch = text[i];
    // A unit that begins with a numeral character and follows no number (千瓦时电价, 百分点).
    const unit =
      isChineseNumeralChar(ch) && !text.startsWith('百分之', i) ? units.at(text, i) : undefined;
    if (unit) {
      i += unit.length;
      continue;
    }
    const r = readQuantity(text, i, units, lastEnd);
    if (!r) {
      i++;
      continue;
    }
    const { numberStart, numberEnd } = r.match;
    const fraction =
      r.match.kind === 'amount' && r.match.unit === undefined ? fractionEnd(text, r, units) : null;
    const vague = fraction === null ? vagueSpan(text, r) : null;
    if (fraction !== null) {
      const span = { reason: 'fraction' as const, start: r.core.start, end: fraction };
      reading.excluded.push(excluded(text, null, span, numberStart, fraction));
      i = fraction;
    } else if (vague) {
      reading.excluded.push(excluded(text, null, vague, numberStart, vague.numberEnd));
      i = Math.max(vague.end, r.match.end);
    } else {
      const exclusion = classify(ctx, r);
      if (exclusion) reading.excluded.push(excluded(text, r, exclusion, numberStart, numberEnd));
      else reading.quantities.push(r.match);
      i = r.match.end;
    }
    lastEnd = i;
  }
  return reading;
}
