import type { ExclusionReason } from './numeral-types.ts';

/** What each reason means, for the editor who sees a numeral excused without an ignore entry. */
export const EXCLUSION_EXPLANATIONS: Readonly<Record<ExclusionReason, string>> = {
  year: 'a year (2023年, 二〇二三年): it dates the figures, it counts nothing',
  date: 'a date, month, day, quarter or holiday (10月16日, 11月底, 五一): it dates, it counts nothing',
  time: 'a clock time (8时30分, 上午9点)',
  timeSpan:
    'a span looking back from now (近5年, 近三个月): it says over what period, not how many',
  ordinal:
    'an ordinal, rank or grade (第一, 一等奖, 二十大, 三级医院, 一是): it says which one, not how many',
  name: 'part of a name or slogan in quotation marks (“五进”, “三提三敢”) with no unit after it: it names, it does not count',
  code: 'a code, model or number that names a thing (5G, 4A级, 1+N, 12345热线, G20, 1号文件)',
  idiom: 'part of a word or set phrase (一体, 统一, 进一步, 千家万户, 百姓, 千万): not a count',
  vague:
    'a vague amount (上千, 数十, 十几, 几百, 成千上万): no honest number can be drawn from it; say it in a note if it matters',
  rate: 'a denominator after 每 (每万人, 每100户): it says per how many, not how many',
  fraction:
    'a fraction (三分之一): the data has no unit for a share written this way; say it in a note if it matters',
};

/** Splits a space-separated word list (kept as text so a long list stays readable). */
const words = (list: string): readonly string[] => list.trim().split(/\s+/);

/**
 * Words whose numerals are no quantity. A word excuses a numeral only when it covers the whole
 * number, and not when the reading's unit runs past it (十分 is an idiom, 十分钟 ten minutes).
 * Kept to words that are almost never a count in news prose: 一批 or 一个村 are counts and stay
 * out, so the editor decides.
 */
export const NON_QUANTITY_WORDS: Readonly<Partial<Record<ExclusionReason, readonly string[]>>> = {
  idiom: words(`
    一体 于一体 一起 统一 单一 唯一 同一 逐一 一一 不一 合一 专一 划一 万一 之一 一些 一段时间
    一个个 一批批 一件件 一次次 一步步 一方面 另一方面 进一步 第一时间 一线 一站式 一把手 一定
    一直 一切 一般 一致 一样 一同 一并 一旦 一再 一贯 一向 一流 一律 一度 一举 一味 一心 一边
    一旁 一带 一系列 一揽子 一盘棋 一张网 一张图 一张蓝图 一件事 一次性 一次办好 一网通办 一窗受理
    一门式 一条龙 一条心 一股劲 一口气 一下 一点点 一番 一阵 一时间 一早 一身 一生 一辈子 一路
    一员 一分子 一份子 一部分 一大批 一家人 一体化 一对一 一手抓 两手抓 两手都要硬 一分为二 一环
    一成不变 一人一档 一户一档 一户一策 一人一策 一年一度 一个一个
    一如既往 一以贯之 一丝不苟 一目了然 一应俱全 一席之地 一臂之力 一往无前 一脉相承 一视同仁
    一针见血 一马当先 一鼓作气 独一无二 一清二楚 举一反三 接二连三 三番五次 三令五申 七上八下
    乱七八糟 五花八门 五颜六色 四通八达 四面八方 五湖四海 九牛一毛 十全十美 十字路口 十万八千里
    八九不离十 十万火急 千方百计 千家万户 千村万家 万众一心 万无一失 千丝万缕 千差万别 千辛万苦
    千军万马 千变万化 千姿百态 万紫千红 万千 百花齐放 百尺竿头 百年大计 百舸争流 百折不挠 百姓
    老百姓 三心二意 一心一意 三位一体 一点一滴 三点一线 十分 万分 一年四季 三五成群
    三次产业 一二三产 二三产 一产 二产 三产 二次创业 万人义诊
    零售 零距离 零星 零散 零碎 零部件 零件 零容忍 零钱 零工 零食 零花
  `),
  // Holidays and festival dates.
  date: words(`
    五一 七一 八一 六一 五四 三八 九一八 七夕 双十一 九九重阳
    十一假期 十一期间 十一黄金周 十一长假 十一小长假 十一前后
  `),
  // Five-year plans and political set phrases: each numeral names an item of a slogan.
  name: words(`
    十一五 十二五 十三五 十四五 十五五 两学一做 三会一课 两个确立 两个维护 四个意识 四个自信
    四个全面 五位一体 两个务必 三个代表 八项规定 四风 三农 两委 三务 三资 两新 两癌 一岗双责
    三重一大 两山 两会 六稳 六保 四下基层 十佳 三级联动 一带一路 一村一品
  `),
  ordinal: words('一二线 二三线 三四线 一线城市 三甲 二甲'),
  vague: words('成千上万 数以万计 数以千计 数以百计 成百上千 千千万万 千百万'),
};

/** Time-of-day words: 上午9点, 下午3时. */
export const TIME_OF_DAY = words('上午 下午 中午 晚上 早上 早晨 凌晨 傍晚 清晨 夜间 晚间 当晚');

/** Words after N届 that make it the Nth session of a body (十四届全国人大, 二十届三中全会). */
export const SESSION_BODIES = words('中央 全国 人大 政协 市委 省委 县委 区委 党代会 代表大会 纪委');

/** Words after a congress number N大 (党的二十大精神, 二十大以来, 二十大报告). */
export const CONGRESS_AFTER = words(
  '精神 报告 以来 代表 召开 胜利 闭幕 开幕 提出 作出 强调 部署 重要 期间 上 后 的',
);
