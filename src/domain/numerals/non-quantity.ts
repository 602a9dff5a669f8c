import {
  foldDigits,
  isChineseDigit,
  isChineseNumeralChar,
  isHan,
  skipSpace,
  skipSpaceBack,
} from './digits.ts';
import {
  calendar,
  clock,
  code,
  ordinal,
  rate,
  timeSpan,
  type Exclusion,
  type Look,
} from './non-quantity-rules.ts';
import { NON_QUANTITY_WORDS } from './non-quantity-words.ts';
import type { ExclusionReason } from './numeral-types.ts';
import type { QuantityReading } from './quantity-reader.ts';
import type { UnitLookup } from './units.ts';

/**
 * Tells numerals that are no quantity from those that are, by rules and word lists, each with a
 * reason. Conservative: a false exclusion hides a real figure, so each rule asks for a marker
 * (年, 月, 第, a quotation mark, a letter) rather than guessing from the number alone.
 */

export type { Exclusion } from './non-quantity-rules.ts';

/** What the rules need of the whole text, computed once per text. */
export type ClassifyContext = {
  text: string;
  units: UnitLookup;
  /** The short quotations, `[start, end)` with their quotation marks, in text order. */
  quotes: ReadonlyArray<readonly [number, number]>;
  /** Dates printed with separators: 2023-10-16, 2023/10, 2023.10.16. */
  separatedDates: ReadonlyArray<readonly [number, number]>;
};

const QUOTES: Readonly<Record<string, string>> = {
  '“': '”',
  '‘': '’',
  '《': '》',
  '「': '」',
  '『': '』',
};
const OPENING_CODES = new Set(Object.keys(QUOTES).map((ch) => ch.charCodeAt(0)));
/** A name is short and has no sentence in it; a quoted speech is neither. */
const SHORT_QUOTE = 20;
const SENTENCE_MARKS = /[。，；！？：,;!?]/;

function shortQuotes(text: string): Array<readonly [number, number]> {
  const quotes: Array<readonly [number, number]> = [];
  for (let i = 0; i < text.length; i++) {
    // By code first: looking every character up in QUOTES would cost more than the rest.
    if (!OPENING_CODES.has(text.charCodeAt(i))) continue;
    const close = QUOTES[text[i] ?? ''];
    if (!close) continue;
    const inside = text.slice(i + 1, i + 1 + SHORT_QUOTE);
    const at = inside.indexOf(close);
    if (at < 0 || SENTENCE_MARKS.test(inside.slice(0, at))) continue;
    quotes.push([i, i + at + 2]);
  }
  return quotes;
}

const SEPARATED_DATE =
  /(?<!\d)(?:19|20)\d\d(?:[-/](?:0?[1-9]|1[0-2])(?:[-/](?:0?[1-9]|[12]\d|3[01]))?|\.(?:0?[1-9]|1[0-2])\.(?:0?[1-9]|[12]\d|3[01]))(?!\d)/g;

/** What the rules need of `text`, computed once: its short quotations and separated dates. */
export function classifyContext(text: string, units: UnitLookup): ClassifyContext {
  const folded = foldDigits(text);
  const separatedDates = [...folded.matchAll(SEPARATED_DATE)].map(
    (m) => [m.index, m.index + m[0].length] as const,
  );
  return { text, units, quotes: shortQuotes(text), separatedDates };
}

type WordEntry = { word: string; reason: ExclusionReason };
const WORDS_BY_FIRST = new Map<string, WordEntry[]>();
for (const [reason, words] of Object.entries(NON_QUANTITY_WORDS) as [ExclusionReason, string[]][]) {
  for (const word of words) {
    const list = WORDS_BY_FIRST.get(word[0] ?? '') ?? [];
    list.push({ word, reason });
    WORDS_BY_FIRST.set(word[0] ?? '', list);
  }
}
const LONGEST_WORD = Math.max(
  ...Object.values(NON_QUANTITY_WORDS)
    .flat()
    .map((w) => w.length),
);

/** The longest listed word that covers the whole number, unless the unit runs past it. */
function listedWord(ctx: ClassifyContext, r: QuantityReading): Exclusion | null {
  const { text } = ctx;
  const { numberStart: ns, numberEnd: ne, unit } = r.match;
  const unitStart = unit === undefined ? -1 : text.indexOf(unit, ne);
  let best: Exclusion | null = null;
  for (let p = Math.max(0, ne - LONGEST_WORD); p <= ns; p++) {
    for (const { word, reason } of WORDS_BY_FIRST.get(text[p] ?? '') ?? []) {
      const wordEnd = p + word.length;
      if (wordEnd < ne || !text.startsWith(word, p)) continue;
      // 十分钟: the unit 分钟 starts inside 十分 and runs past it, so this is ten minutes.
      if (unit !== undefined && unitStart < wordEnd && unitStart + unit.length > wordEnd) continue;
      if (!best || wordEnd - p > best.end - best.start) best = { reason, start: p, end: wordEnd };
    }
  }
  return best;
}

/** 一老一小, 三提三敢, 一村一品: a digit repeated before two single characters is a slogan. */
function slogan(ctx: ClassifyContext, r: QuantityReading): Exclusion | null {
  const { text, units } = ctx;
  const { numberStart: ns, numberEnd: ne } = r.match;
  const n = text[ns];
  if (ne - ns !== 1 || !isChineseDigit(n)) return null;
  for (const p of [ns - 2, ns]) {
    if (p < 0 || text[p] !== n || text[p + 2] !== n) continue;
    const plain = (k: number) =>
      isHan(text[k]) && !isChineseNumeralChar(text[k]) && units.at(text, k) === undefined;
    if (plain(p + 1) && plain(p + 3)) return { reason: 'idiom', start: p, end: p + 4 };
  }
  return null;
}

/**
 * Why the reading is no quantity, or null when it is one. The rules run in order; the first that
 * fits gives the reason.
 */
export function classify(ctx: ClassifyContext, r: QuantityReading): Exclusion | null {
  const { text } = ctx;
  const m = r.match;
  const after = skipSpace(text, m.numberEnd);
  const beforeAt = skipSpaceBack(text, m.start);
  const look: Look = {
    text,
    r,
    m,
    after,
    // '\0' at the ends of the text: ''.includes('') would match every list of characters.
    next: text[after] ?? '\0',
    next2: text[after + 1] ?? '\0',
    beforeAt,
    prev: text[beforeAt - 1] ?? '\0',
    head: text.slice(Math.max(0, beforeAt - 3), beforeAt),
    plain: m.kind === 'amount' && m.unit === undefined,
    whole: Number.isInteger(m.value),
    high: m.valueMax ?? m.value,
    span: (reason, start = m.start, end = m.end) => ({
      reason,
      start: Math.min(start, m.numberStart),
      end: Math.max(end, m.numberEnd),
    }),
  };
  const inDate = ctx.separatedDates.some(([s, e]) => m.numberStart >= s && m.numberEnd <= e);
  const rules = [
    () => listedWord(ctx, r),
    () => timeSpan(look),
    () => (inDate ? look.span('date') : null),
    () => calendar(look),
    () => clock(look),
    () => code(look),
    () => ordinal(look),
    () => rate(look),
    () => quotedName(ctx, look),
    () => slogan(ctx, r),
    () => bareWord(look),
  ];
  for (const rule of rules) {
    const exclusion = rule();
    if (exclusion) return exclusion;
  }
  return null;
}

/** “五进”, “三提三敢”: a numeral in a short quotation with no unit after it names something. */
function quotedName(ctx: ClassifyContext, { m, plain, span }: Look): Exclusion | null {
  const quote = ctx.quotes.find(([s, e]) => m.numberStart > s && m.numberEnd < e);
  return quote && plain && m.qualifier === 'exact' ? span('name', quote[0], quote[1]) : null;
}

/** 百姓, 千万, 百日: 百, 千, 万 or 亿 with no digit, unit or 余 is part of a word. */
function bareWord({ r, m, plain, span }: Look): Exclusion | null {
  const [first] = r.core.tokens;
  const bareTen = first?.kind === 'place' && first.size === 10;
  return r.core.bare && !bareTen && plain && m.qualifier === 'exact' ? span('idiom') : null;
}
