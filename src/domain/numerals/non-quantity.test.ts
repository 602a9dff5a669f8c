import { EXCLUSION_EXPLANATIONS, NON_QUANTITY_WORDS } from './non-quantity-words.ts';
import type { ExclusionReason } from './numeral-types.ts';
import { readNumerals } from './read-numerals.ts';

/** The text, reason and (where there is one) read value of each excluded numeral. */
const excludedIn = (text: string) =>
  readNumerals(text).excluded.map((e) => [e.text, e.reason] as const);
const quantitiesIn = (text: string) =>
  readNumerals(text).quantities.map((m) => [m.text, m.value] as const);

describe('numerals that are no quantity', () => {
  it.each<[string, string, ExclusionReason]>([
    // years
    ['2023年，全市', '2023年', 'year'],
    ['2023 年，全市', '2023 年', 'year'],
    ['二〇二三年十月', '二〇二三年', 'year'],
    ['2023年度考核', '2023年', 'year'],
    ['2021—2025年规划', '2021—2025年', 'year'],
    // dates
    ['10月16日上午', '10月', 'date'],
    ['10月16日上午', '16日', 'date'],
    ['11月底前完成', '11月', 'date'],
    ['5月上旬', '5月', 'date'],
    ['今年5月以来', '5月', 'date'],
    ['十月一日', '十月', 'date'],
    ['10月12号', '12号', 'date'],
    ['一季度', '一季度', 'date'],
    ['正月初一', '初一', 'date'],
    ['2023-10-16发布', '2023', 'date'],
    ['五一假期', '五一', 'date'],
    ['十一黄金周', '十一黄金周', 'date'],
    // times
    ['8时30分', '8时', 'time'],
    ['8时30分', '30分', 'time'],
    ['上午9点', '9点', 'time'],
    ['九点半', '九点', 'time'],
    ['9:30开始', '9', 'time'],
    // spans looking back
    ['近5年来', '近5年', 'timeSpan'],
    ['近三年', '近三年', 'timeSpan'],
    ['近3个月', '近3个月', 'timeSpan'],
    ['最近3年', '最近3年', 'timeSpan'],
    ['近10天', '近10天', 'timeSpan'],
    // ordinals
    ['第一书记', '第一', 'ordinal'],
    ['第三届', '第三届', 'ordinal'],
    ['荣获一等奖', '一等奖', 'ordinal'],
    ['党的二十大精神', '二十大', 'ordinal'],
    ['学习二十大报告', '二十大', 'ordinal'],
    ['二十届三中全会', '二十届', 'ordinal'],
    ['二十届三中全会', '三中全会', 'ordinal'],
    ['市十七届人大三次会议', '十七届', 'ordinal'],
    ['市十七届人大三次会议', '三次', 'ordinal'],
    ['建党100周年', '100周年', 'ordinal'],
    ['三级医院', '三级', 'ordinal'],
    ['全国十强', '十强', 'ordinal'],
    ['。一是加强领导', '一是', 'ordinal'],
    ['（一）总体要求', '（一）', 'ordinal'],
    ['位列前三', '前三', 'ordinal'],
    ['三四线城市', '三四线', 'ordinal'],
    // names in quotation marks
    ['开展“五进”活动', '“五进”', 'name'],
    ['“五送五进五提升”行动', '“五送五进五提升”', 'name'],
    ['落实“三提三敢”要求', '“三提三敢”', 'name'],
    ['《十四五规划》', '十四五', 'name'],
    ['“十佳”', '十佳', 'name'],
    ['“三级联动”试点', '三级联动', 'name'],
    // codes
    ['5G基站', '5', 'code'],
    ['4A级景区', '4', 'code'],
    ['“1+N”矩阵', '1', 'code'],
    ['12345热线', '12345', 'code'],
    ['拨打12345', '12345', 'code'],
    ['G20峰会', '20', 'code'],
    ['PM2.5浓度', '2.5', 'code'],
    ['中央一号文件', '一号', 'code'],
    ['数字乡村2.0版', '2.0版', 'code'],
    ['电话0635-8888888', '0635', 'code'],
    // words and set phrases
    ['集历史、文化于一体', '于一体', 'idiom'],
    ['一起', '一起', 'idiom'],
    ['统一部署', '统一', 'idiom'],
    ['由单一向综合', '单一', 'idiom'],
    ['唯一', '唯一', 'idiom'],
    ['一些问题', '一些', 'idiom'],
    ['过去一段时间', '一段时间', 'idiom'],
    ['一个个党建联合体', '一个个', 'idiom'],
    ['一方面', '一方面', 'idiom'],
    ['进一步提升', '进一步', 'idiom'],
    ['第一时间得到救治', '第一时间', 'idiom'],
    ['实现一老一小服务', '一老一小', 'idiom'],
    ['零售企业', '零售', 'idiom'],
    ['零距离服务', '零距离', 'idiom'],
    ['万人义诊', '万人义诊', 'idiom'],
    ['千村万家', '千村万家', 'idiom'],
    ['走进千家万户', '千家万户', 'idiom'],
    ['三次产业', '三次产业', 'idiom'],
    ['一线工作', '一线', 'idiom'],
    ['一站式服务', '一站式', 'idiom'],
    ['一把手', '一把手', 'idiom'],
    ['十分重要', '十分', 'idiom'],
    ['一村一品', '一村一品', 'name'],
    ['老百姓', '老百姓', 'idiom'],
    ['百日攻坚行动', '百', 'idiom'],
    ['千万不能', '千万', 'idiom'],
    ['以防万一', '万一', 'idiom'],
    ['一二三产融合', '一二三产', 'idiom'],
    // vague amounts
    ['上千人', '上千', 'vague'],
    ['数十家企业', '数十', 'vague'],
    ['数百名', '数百', 'vague'],
    ['十几个村', '十几', 'vague'],
    ['几百人', '几百', 'vague'],
    ['几十万元', '几十万', 'vague'],
    ['十几万人', '十几万', 'vague'],
    ['成千上万', '成千上万', 'vague'],
    ['数以万计', '数以万计', 'vague'],
    // rates and fractions
    ['每万人拥有', '每万人', 'rate'],
    ['每100户', '每100户', 'rate'],
    ['占三分之一', '三分之一', 'fraction'],
  ])('in %s excludes %s as %s', (text, numeral, reason) => {
    expect(excludedIn(text)).toContainEqual([numeral, reason]);
  });

  it('turns no vague word into a number, not even as a reading', () => {
    for (const text of ['上千人', '十几万人', '成千上万', '数以万计']) {
      expect(readNumerals(text).excluded.every((e) => e.reading === undefined)).toBe(true);
    }
  });

  it('keeps the quantity reading of other exclusions, for an editor who claims one', () => {
    expect(readNumerals('近5年').excluded[0]?.reading).toMatchObject({ value: 5, unit: '年' });
  });

  it('explains every reason', () => {
    expect(readNumerals('2023年').excluded[0]?.explanation).toBe(EXCLUSION_EXPLANATIONS.year);
  });
});

describe('quantities that look like exclusions', () => {
  it.each([
    ['一个村', '一个', 1],
    ['十一个社区', '十一个', 11],
    ['3年', '3年', 3],
    ['1000年', '1000年', 1000],
    ['近10万人', '近10万人', 100000],
    ['近百名', '近百名', 100],
    ['3个月', '3个月', 3],
    ['10个月', '10个月', 10],
    ['先后召开10次全体会议', '10次', 10],
    ['连续三届', '三届', 3],
    ['四大功能区', '四', 4],
    ['十大工程', '十', 10],
    ['“七型机关”', '七型', 7],
    ['“帮助100户”', '100户', 100],
    ['“我们的中心为50余家企业服务，', '50余家', 50],
    ['一批重点项目', '一批', 1],
    ['建设一所一流大学', '一所', 1],
    ['十分钟', '十分钟', 10],
    ['人数十万', '十万', 100000],
    ['3点建议', '3', 3],
    ['逾千人', '逾千人', 1000],
    ['百余人', '百余人', 100],
    ['千万元', '千万元', 10000000],
    ['百日', '百', 100],
  ])('in %s reads %s as %d', (text, printed, value) => {
    if (text === '百日') {
      // 百 with no digit and no unit is a word; only a unit or 余 makes it a count.
      expect(quantitiesIn('百日')).toEqual([]);
      return;
    }
    expect(quantitiesIn(text)).toContainEqual([printed, value]);
  });
});

describe('NON_QUANTITY_WORDS', () => {
  it('holds only words with a numeral in them, each once', () => {
    const all = Object.values(NON_QUANTITY_WORDS).flat();
    expect(all.filter((w) => !/[〇零一二两三四五六七八九十百千万亿]/.test(w))).toEqual([]);
    expect(new Set(all).size).toBe(all.length);
  });
});
