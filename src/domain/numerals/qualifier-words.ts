import type { NumeralQualifier } from './numeral-types.ts';

/** Words before a number that make it a bound or an estimate, longest first when matching. */
export const PREFIX_QUALIFIERS: ReadonlyArray<readonly [string, NumeralQualifier]> = [
  ['不超过', 'atMost'],
  ['不高于', 'atMost'],
  ['不多于', 'atMost'],
  ['不低于', 'atLeast'],
  ['不少于', 'atLeast'],
  ['超过', 'atLeast'],
  ['至少', 'atLeast'],
  ['高于', 'atLeast'],
  ['多于', 'atLeast'],
  ['不超', 'atMost'],
  ['不足', 'atMost'],
  ['不到', 'atMost'],
  ['低于', 'atMost'],
  ['少于', 'atMost'],
  ['至多', 'atMost'],
  ['最多', 'atMost'],
  ['约合', 'approx'],
  ['大约', 'approx'],
  ['大概', 'approx'],
  ['将近', 'approx'],
  ['接近', 'approx'],
  ['超', 'atLeast'],
  ['逾', 'atLeast'],
  ['约', 'approx'],
  ['近', 'approx'],
];

/**
 * 约, 近 and 超 end many words that are no qualifier: 签约 343.76 万人 is an exact count of people
 * under contract, 最近 or 附近 say when or where, 赶超 is "catch up". Those first characters
 * cancel the qualifier.
 */
export const NOT_A_QUALIFIER_AFTER: Readonly<Record<string, string>> = {
  约: '签合预条节制履违公特邀相契简隐婚毁爽践解续守誓立',
  近: '最附靠邻就亲贴走临逼拉新远',
  超: '赶高',
};

/** Words after the unit (or the number) that make it a bound or an estimate. */
export const SUFFIX_QUALIFIERS: ReadonlyArray<readonly [string, NumeralQualifier]> = [
  ['以上', 'atLeast'],
  ['以下', 'atMost'],
  ['以内', 'atMost'],
  ['之内', 'atMost'],
  ['左右', 'approx'],
  ['上下', 'approx'],
];

/**
 * A suffix followed by one of these characters is part of another word: 以上率下 (lead by
 * example), 上下联动 / 上下贯通 / 上下游 / 上下功夫, 左右为难.
 */
export const NOT_A_SUFFIX_BEFORE: Readonly<Record<string, string>> = {
  以上: '率',
  上下: '联贯游级班功工层楼车',
  左右: '为',
};

/** The words of each qualifier, for messages that tell an editor what the page must print. */
export const QUALIFIER_WORDS: Readonly<Record<Exclude<NumeralQualifier, 'exact'>, string>> = {
  atLeast: '余/多/以上/超/超过/逾/至少/不低于/不少于',
  atMost: '不足/不到/低于/少于/不超过/至多/以内/以下/之内',
  approx: '约/约合/大约/近/将近/接近/左右/上下',
  range: '七八个, 三四十万, 10—20人, 5至8万元',
};
