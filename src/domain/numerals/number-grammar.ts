/**
 * The grammar of a number once its characters are split into tokens: digits (a Chinese digit or a
 * group of Arabic digits), places (十 百 千), scales (万 亿), 余/多, and the point of a Chinese
 * decimal (三十五点五). Arabic digits take part in the same grammar (3万5千, 8千3百, 100万三千),
 * so mixed forms need no second parser.
 */

export type Token =
  | {
      kind: 'digit';
      /** The digits as printed, folded to ASCII (`7000`, `343.76`); a Chinese digit is one digit. */
      digits: string;
      value: number;
      arabic: boolean;
      decimal: boolean;
      /** 零 or 〇: a filler between places, or the whole number. */
      zero: boolean;
      start: number;
      end: number;
    }
  | { kind: 'place' | 'scale'; size: number; start: number; end: number }
  | { kind: 'more'; word: string; start: number; end: number }
  | { kind: 'point'; fraction: string; start: number; end: number };

export type DigitToken = Extract<Token, { kind: 'digit' }>;

const LEVELS = [1e8, 1e4, 1000, 100, 10];

const isDigit = (t: Token | undefined): t is DigitToken => t?.kind === 'digit';
const isSizeToken = (t: Token | undefined, size: number) =>
  (t?.kind === 'place' || t?.kind === 'scale') && t.size === size;
const singleDigit = (t: Token | undefined) =>
  isDigit(t) && !t.decimal && t.value >= 1 && t.value <= 9 && t.digits.length === 1;

/**
 * One section at `level` and below (亿, 万, 千, 百, 十). `leading` allows a bare place at the start
 * (十二, 百, 万) and 零 as the whole number.
 */
function section(tokens: readonly Token[], level: number, leading: boolean): number | null {
  if (tokens.length === 0) return null;
  const size = LEVELS[level];
  if (size === undefined) {
    const [only] = tokens;
    if (tokens.length !== 1 || !isDigit(only) || only.decimal) return null;
    return only.zero && !leading ? null : only.value;
  }
  const at = tokens.findIndex((t) => isSizeToken(t, size));
  if (at < 0) return section(tokens, level + 1, leading);
  const headTokens = tokens.slice(0, at);
  let head: number | null;
  if (headTokens.length === 0) head = leading ? 1 : null;
  else if (size >= 1e4) head = section(headTokens, size === 1e8 ? 1 : 2, leading);
  else
    head =
      headTokens.length === 1 && singleDigit(headTokens[0])
        ? (headTokens[0] as DigitToken).value
        : null;
  if (head === null || head === 0) return null;
  const tail = tokens.slice(at + 1);
  if (tail.length === 0) return head * size;
  const first = tail[0];
  const zero = isDigit(first) && first.zero && tail.length > 1;
  const rest = zero ? tail.slice(1) : tail;
  // Colloquial: one digit right after 百 or a larger place is the next place down (一百二 is 120,
  // 三万五 is 35000, 8千3 is 8300), never the units (not 102, 30005).
  if (!zero && rest.length === 1 && size >= 100 && singleDigit(rest[0])) {
    return head * size + (rest[0] as DigitToken).value * (size / 10);
  }
  // After 零 a bare 十 stands for 一十 (一千零十 is 1010, 十亿零十万).
  const restValue = section(rest, level + 1, zero && isSizeToken(rest[0], 10));
  if (restValue === null || restValue >= size) return null;
  if (zero) {
    // 零 marks a skipped place: 一百零五 is right, 一百零五十 is not. After 万 and 亿 pages also
    // write it before a full lower section (十万零一千), so it only has to leave room there.
    if (size < 1e4 && restValue >= size / 10) return null;
  } else if (restValue < size / 10) return null;
  return head * size + restValue;
}

/** An integer from digits, places and scales, or null when they are not one well-formed number. */
export function integerOf(tokens: readonly Token[]): number | null {
  if (tokens.length === 0) return null;
  let value: number | null;
  if (tokens.every(isDigit)) {
    const digits = tokens as readonly DigitToken[];
    if (digits.length === 1) value = digits[0]?.decimal ? null : (digits[0]?.value ?? null);
    // A run of Chinese digits without places is read digit by digit, as years are (二〇二三).
    else if (digits.every((t) => !t.arabic && t.digits !== '两' && t.digits !== '兩'))
      value = Number(digits.map((t) => t.value).join(''));
    else value = null;
  } else value = section(tokens, 0, true);
  return value !== null && Number.isSafeInteger(value) ? value : null;
}

/** Multiplies a decimal string by 10^exponent exactly, then converts it once. */
export function scaleDecimal(digits: string, exponent: number): number {
  const [int = '0', frac = ''] = digits.split('.');
  const all = int + frac.padEnd(exponent, '0');
  const pointAt = int.length + exponent;
  return Number(frac.length <= exponent ? all : `${all.slice(0, pointAt)}.${all.slice(pointAt)}`);
}

/** The power of ten of places and scales after a decimal (1.5亿, 2.5千万, 3.5万亿), or null. */
function exponentOf(tokens: readonly Token[]): number | null {
  let exponent = 0;
  let lastScale = 0;
  for (const [i, t] of tokens.entries()) {
    if (t.kind === 'place' && i === 0) exponent += Math.log10(t.size);
    else if (t.kind === 'scale' && t.size > lastScale) {
      exponent += Math.log10(t.size);
      lastScale = t.size;
    } else return null;
  }
  return exponent;
}

/** Drops 余/多 where it may stand (before the closing scales, or last) and says whether it did. */
function withoutMore(tokens: readonly Token[]): readonly Token[] | null {
  const at = tokens.findIndex((t) => t.kind === 'more');
  if (at < 0) return tokens;
  const after = tokens.slice(at + 1);
  if (at === 0 || after.some((t) => t.kind !== 'scale')) return null;
  return [...tokens.slice(0, at), ...after];
}

/** The value of a token list: an integer, a decimal with its scales, or null. */
export function valueOf(tokens: readonly Token[]): number | null {
  const toks = withoutMore(tokens);
  if (!toks || toks.length === 0) return null;
  const [first] = toks;
  if (isDigit(first) && first.decimal) {
    const exponent = exponentOf(toks.slice(1));
    return exponent === null ? null : scaleDecimal(first.digits, exponent);
  }
  const pointAt = toks.findIndex((t) => t.kind === 'point');
  if (pointAt >= 0) {
    const point = toks[pointAt] as Extract<Token, { kind: 'point' }>;
    const int = integerOf(toks.slice(0, pointAt));
    const exponent = exponentOf(toks.slice(pointAt + 1));
    return int === null || exponent === null
      ? null
      : scaleDecimal(`${int}.${point.fraction}`, exponent);
  }
  if (toks.some((t) => t.kind === 'point' || (isDigit(t) && t.decimal))) return null;
  return integerOf(toks);
}

/** 七八, 一两, 十五六: neighbours one apart; 三五 (三五个, 三五年) is the one common wider pair. */
const NEIGHBOURS = (a: DigitToken, b: DigitToken) =>
  !a.arabic &&
  !b.arabic &&
  a.value >= 1 &&
  (b.value === a.value + 1 || (a.value === 3 && b.value === 5));

/**
 * Two neighbouring digits one apart make a range: 七八 is 7–8, 三四十万 is 300000–400000, 十五六
 * is 15–16, 一两 is 1–2, and so does 三五 (3–5). A longer run of bare digits (二〇二三) is a year,
 * not a range.
 */
export function rangeOf(tokens: readonly Token[]): { value: number; valueMax: number } | null {
  const hasPlace = tokens.some((t) => t.kind === 'place' || t.kind === 'scale');
  const digits = tokens.filter((t) => t.kind !== 'more');
  if (!hasPlace && digits.length !== 2) return null;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const a = tokens[k];
    const b = tokens[k + 1];
    if (!isDigit(a) || !isDigit(b) || !NEIGHBOURS(a, b)) continue;
    const low = valueOf(tokens.filter((_, i) => i !== k + 1));
    const high = valueOf(tokens.filter((_, i) => i !== k));
    if (low !== null && high !== null && high > low) return { value: low, valueMax: high };
    return null;
  }
  return null;
}
