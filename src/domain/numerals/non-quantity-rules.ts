import {
  foldDigits,
  isArabicDigit,
  isChineseDigit,
  isChineseNumeralChar,
  isHan,
  isLatinLetter,
} from './digits.ts';
import { CONGRESS_AFTER, SESSION_BODIES, TIME_OF_DAY } from './non-quantity-words.ts';
import type { ExclusionReason, NumeralMatch } from './numeral-types.ts';
import type { QuantityReading } from './quantity-reader.ts';

/**
 * The marker rules of the classifier: each looks at the characters around one reading and
 * names a reason only when a marker says so (年, 月, 时, 第, 等奖, a letter, 每).
 */

export type Exclusion = { reason: ExclusionReason; start: number; end: number };

/** The neighbourhood of a reading, computed once for all rules. */
export type Look = {
  text: string;
  r: QuantityReading;
  m: NumeralMatch;
  /** The first character after the number (spaces skipped), and the one after it. */
  after: number;
  next: string;
  next2: string;
  /** Where the words before the match end (spaces skipped), the character there, the last 3. */
  beforeAt: number;
  prev: string;
  head: string;
  /** An amount with no unit, percent sign or 百分点 after it. */
  plain: boolean;
  whole: boolean;
  /** The upper end of a range, or the value. */
  high: number;
  /** An exclusion over `[start, end)`, widened to cover the number. */
  span: (reason: ExclusionReason, start?: number, end?: number) => Exclusion;
};

const isYearCore = (c: QuantityReading['core'] | undefined) =>
  c !== undefined &&
  ((c.script === 'arabic' && c.tokens.length === 1 && /^(19|20)\d\d$/.test(c.arabicDigits ?? '')) ||
    (c.digitByDigit && c.tokens.length === 4 && c.value >= 1900 && c.value <= 2099));

const TIME_UNITS = ['年', '天', '周', '星期', '个月', '小时', '个季度', '个工作日'];

/** 近5年, 最近三个月: a period looking back from now, not an approximate count. */
export function timeSpan({ m, head, next, beforeAt, span }: Look): Exclusion | null {
  const lastest = head.endsWith('最近');
  if (m.qualifierWord !== '近' && !lastest) return null;
  if (!TIME_UNITS.includes(m.unit ?? '') && !'年月日天周'.includes(next)) return null;
  return span('timeSpan', lastest ? beforeAt - 2 : m.start);
}

/** 2023年, 二〇二三年, 10月, 16日, 10月12号, 一季度, 初一. */
export function calendar(look: Look): Exclusion | null {
  const { text, r, m, after, next, prev, head, beforeAt, plain, whole, high, span } = look;
  if (isYearCore(r.core) && (r.second === undefined || isYearCore(r.second))) {
    if (m.unit === '年' || next === '年') return span('year', m.start, Math.max(m.end, after + 1));
  }
  if (!plain || !whole || m.value < 1) return null;
  if (next === '月' && high <= 12) return span('date', m.start, after + 1);
  const day = next === '日' || (next === '号' && head.endsWith('月'));
  if (day && high <= 31) return span('date', m.start, after + 1);
  if (text.startsWith('季度', after) && high <= 4) return span('date', m.start, after + 2);
  if (prev === '初' && r.core.script === 'chinese' && high <= 10) return span('date', beforeAt - 1);
  return null;
}

/** 时 starts these words, so 一时间 or 三时段 is no clock time. */
const NOT_CLOCK_AFTER_SHI = '间代期候节刻段尚效任光空常';

/** 8时30分, 上午9点, 九点半, 9:30. 三点建议 (three suggestions) is no time. */
export function clock(look: Look): Exclusion | null {
  const { text, m, after, next, next2, prev, head, beforeAt, plain, whole, high, span } = look;
  if (!plain || !whole) return null;
  if (high <= 24) {
    const dayWord = TIME_OF_DAY.some((w) => head.endsWith(w));
    const digitAfter = isArabicDigit(next2) || isChineseDigit(next2);
    if (next === '时' && !NOT_CLOCK_AFTER_SHI.includes(next2))
      return span('time', m.start, after + 1);
    if (next === '点' && (dayWord || digitAfter || '半整钟许'.includes(next2))) {
      return span('time', m.start, after + 1);
    }
    const colon = next === ':' || next === '：';
    if (colon && isArabicDigit(next2) && isArabicDigit(text[after + 2])) return span('time');
  }
  const hourBefore = isArabicDigit(text[beforeAt - 2]) || isChineseNumeralChar(text[beforeAt - 2]);
  if (m.value < 60 && hourBefore) {
    if ((prev === '时' || prev === '点') && next === '分') return span('time', m.start, after + 1);
    if (prev === ':' || prev === '：') return span('time');
  }
  return null;
}

/** 5G, G20, 4A级, PM2.5, 1+N, 12345热线, 0635, 1号文件, 2.0版. */
export function code(look: Look): Exclusion | null {
  const { text, r, m, after, next, head, plain, span } = look;
  const { numberStart: ns, numberEnd: ne } = m;
  const letter =
    isLatinLetter(text[ns - 1]) || isLatinLetter(text[m.digitsEnd]) || isLatinLetter(text[ne]);
  if (letter || '+＋'.includes(text[ne] ?? '\0') || '+＋'.includes(text[ns - 1] ?? '\0'))
    return span('code');
  const digits = foldDigits(r.core.arabicDigits ?? '');
  if (digits.length > 1 && digits.startsWith('0') && !digits.includes('.')) return span('code');
  if (!plain) return null;
  const hotline = /^[^，。；、,;]{0,10}?(热线|专线)/.test(text.slice(ne, ne + 14));
  if (digits.length >= 3 && (head.endsWith('拨打') || hotline)) return span('code');
  if (next === '号' || next === '版') return span('code', m.start, after + 1);
  return null;
}

const LIST_OPENERS = '，。；：、！？（(“”《》';
const ORDINAL_MARKERS = ['等奖', '等功', '中全会', '周年', '星级'];

/** 第一, 一等奖, 三中全会, 二十大, 十四届全国人大, 100周年, 三级, 十强, 一是, （一）, 其一, 前三. */
export function ordinal(look: Look): Exclusion | null {
  const { text, r, m, after, next, prev, head, beforeAt, plain, whole, span } = look;
  if (prev === '第') return span('ordinal', beforeAt - 1);
  const marker = ORDINAL_MARKERS.find((w) => text.startsWith(w, after));
  if (marker) return span('ordinal', m.start, after + marker.length);
  const chinese = r.core.script === 'chinese' && whole;
  if (chinese && m.value >= 12 && m.value <= 30 && next === '大') {
    const party = head.endsWith('党的') || head.endsWith('中共');
    if (party || CONGRESS_AFTER.some((w) => text.startsWith(w, after + 1))) {
      return span('ordinal', m.start, after + 1);
    }
  }
  const session = /^[一二三四五六七八九十]+(中全会|次会议)/.test(text.slice(m.end, m.end + 6));
  if (m.unit === '届' && (session || SESSION_BODIES.some((w) => text.startsWith(w, m.end)))) {
    return span('ordinal');
  }
  const body = /(人大|政协|届|常委会|党代会)$/.test(head);
  if (m.unit === '次' && text.startsWith('会议', m.end) && body) return span('ordinal');
  if (plain && '级强甲'.includes(next)) return span('ordinal', m.start, after + 1);
  if (plain && chinese && m.value <= 20) {
    const opener = beforeAt === 0 || LIST_OPENERS.includes(prev);
    if (opener && (next === '是' || next === '、')) return span('ordinal', m.start, after + 1);
    const bracketed = (prev === '（' || prev === '(') && (next === '）' || next === ')');
    if (bracketed) return span('ordinal', beforeAt - 1, after + 1);
    if (prev === '其' && !isHan(next)) return span('ordinal', beforeAt - 1);
  }
  const rank = m.unit === '名' || m.unit === '位' || (plain && !isHan(next));
  if (prev === '前' && rank) return span('ordinal', beforeAt - 1);
  return null;
}

/** 每万人, 每100户: the denominator of a rate. */
export function rate({ prev, beforeAt, span }: Look): Exclusion | null {
  return prev === '每' ? span('rate', beforeAt - 1) : null;
}
