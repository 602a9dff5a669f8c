/**
 * The units a number may carry, as news prints them. A superset of the data's unit vocabulary:
 * the reader must know more units than the data uses, or it would read 3公里 as a bare 3.
 *
 * Left out on purpose: 分 (十分重要 is "very important"), 点 (三点建议 or 9点), 日 and 号
 * (dates), 级 (一级响应 is a grade), 村 (“一村一品” is a slogan), 成 (read as tenths: 6成 = 60%),
 * 面, 道, 门 (一方面, 一道, 一门式 are words far more often than counts).
 * 年, 天, 个月, 周 after a number are durations (3至5年); a year such as 2023年 is told apart by
 * the classifier.
 */
export const KNOWN_UNITS: readonly string[] = `
  人 人次 户次 场次 架次 车次 班次 批次 次 场 名 位 岁 周岁
  个 项 家 户 所 座 条 种 类 批 件 处 套 台 辆 张 本 册 篇 部 块 栋 间 棵 株 头 只 份 期 组 支
  轮 届 型 倍 艘 盏 根 幅 笔 宗
  元 美元 港元 欧元 块钱
  平方米 平方公里 平方千米 公顷 亩 公里 千米 米 厘米 毫米 吨 千克 公斤 斤 克 立方米 升 毫升 标准箱
  千伏 千瓦 千瓦时 兆瓦 度 摄氏度 ℃
  年 天 小时 分钟 秒 个月 周 星期 个工作日 个季度
  % 百分点
`
  .trim()
  .split(/\s+/)
  // Longest first, as the matcher tries them (and as callers of the old export expect).
  .sort((a, b) => b.length - a.length);

export type UnitLookup = {
  /** The longest unit that starts at `i`, if any. */
  at(text: string, i: number): string | undefined;
};

const lookups = new WeakMap<readonly string[], UnitLookup>();

/** A lookup by first character, longest unit first, built once per unit list. */
export function unitLookup(units: readonly string[]): UnitLookup {
  const cached = lookups.get(units);
  if (cached) return cached;
  const byFirst = new Map<string, string[]>();
  for (const unit of units) {
    const first = unit[0];
    if (first === undefined) continue;
    const list = byFirst.get(first) ?? [];
    list.push(unit);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  const lookup: UnitLookup = {
    at: (text, i) => byFirst.get(text[i] ?? '')?.find((unit) => text.startsWith(unit, i)),
  };
  lookups.set(units, lookup);
  return lookup;
}
