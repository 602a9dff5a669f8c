import type {
  Bilingual,
  Category,
  DateBasis,
  ListKind,
  Qualifier,
  Unit,
} from './dataset-schema.ts';
import type { Locale } from './locale.ts';

/**
 * Labels for every value of the data's enums, in both interface languages. Each table is a
 * `Record` over its enum, so adding a unit or category to the schema without a label is a type
 * error here.
 */

/** Names of the units, for legends and axis titles (`人次 / person-times`). */
export const unitLabels: Record<Unit, Bilingual> = {
  人: { zh: '人', en: 'people' },
  人次: { zh: '人次', en: 'person-times' },
  场次: { zh: '场次', en: 'sessions' },
  次: { zh: '次', en: 'times' },
  个: { zh: '个', en: 'units' },
  项: { zh: '项', en: 'items' },
  名: { zh: '名', en: 'people' },
  家: { zh: '家', en: 'establishments' },
  户: { zh: '户', en: 'households' },
  元: { zh: '元', en: 'yuan' },
  平方米: { zh: '平方米', en: 'm²' },
  亩: { zh: '亩', en: 'mu' },
  型: { zh: '型', en: 'types' },
};

/**
 * The English word written after a number, singular and plural. 个 is a bare counter: "units"
 * keeps a label non-empty (axis titles, legends); the metric name says what is counted.
 */
const englishUnitWords: Record<Unit, { one: string; other: string }> = {
  人: { one: 'person', other: 'people' },
  人次: { one: 'person-time', other: 'person-times' },
  场次: { one: 'session', other: 'sessions' },
  次: { one: 'time', other: 'times' },
  个: { one: 'unit', other: 'units' },
  项: { one: 'item', other: 'items' },
  名: { one: 'person', other: 'people' },
  家: { one: 'establishment', other: 'establishments' },
  户: { one: 'household', other: 'households' },
  元: { one: 'yuan', other: 'yuan' },
  平方米: { one: 'm²', other: 'm²' },
  亩: { one: 'mu', other: 'mu' },
  型: { one: 'type', other: 'types' },
};

const isUnit = (unit: string): unit is Unit => Object.hasOwn(englishUnitWords, unit);

/**
 * The unit word, after a number or as an axis title: Chinese as printed (人次); English from the
 * table (person-times; the singular when `count` is 1). A unit the table does not know is
 * returned as printed.
 */
export function unitLabel(unit: string, locale: Locale, count?: number): string {
  if (locale === 'zh' || !isUnit(unit)) return unit;
  const words = englishUnitWords[unit];
  return count !== undefined && englishPlural.select(count) === 'one' ? words.one : words.other;
}

const englishPlural = new Intl.PluralRules('en');

export const categoryLabels: Record<Category, Bilingual> = {
  meetings: { zh: '会议', en: 'Meetings' },
  rules: { zh: '制度', en: 'Rules' },
  honours: { zh: '荣誉', en: 'Honours' },
  organisation: { zh: '组织建设', en: 'Organisation' },
  enterprises: { zh: '企业与经营户', en: 'Enterprises' },
  services: { zh: '便民服务', en: 'Public services' },
  facilities: { zh: '阵地设施', en: 'Facilities' },
  money: { zh: '资金', en: 'Money' },
  coverage: { zh: '覆盖范围', en: 'Coverage' },
  'party-members': { zh: '党员', en: 'Party members' },
  brands: { zh: '党建品牌', en: 'Party brands' },
  'outreach-sessions': { zh: '活动场次', en: 'Outreach sessions' },
  'outreach-reach': { zh: '服务人次', en: 'People reached' },
  training: { zh: '培训', en: 'Training' },
};

export const listKindLabels: Record<ListKind, Bilingual> = {
  honours: { zh: '荣誉', en: 'Honours' },
  'party-brands': { zh: '品牌', en: 'Brands' },
  mechanisms: { zh: '工作机制', en: 'Mechanisms' },
  'functional-zones': { zh: '功能区', en: 'Functional zones' },
  services: { zh: '服务事项', en: 'Services' },
  facilities: { zh: '设施', en: 'Facilities' },
  'organ-types': { zh: '机关类型', en: 'Organ types' },
  rules: { zh: '制度', en: 'Rules' },
  activities: { zh: '活动与方式', en: 'Activities' },
};

/** How a value is bounded: a lower bound is never presented as exact. */
export const qualifierLabels: Record<Qualifier, Bilingual> = {
  exact: { zh: '确数', en: 'exact' },
  atLeast: { zh: '下限（余、多、以上）', en: 'at least (lower bound)' },
  approx: { zh: '约数', en: 'approximate' },
};

export const dateBasisLabels: Record<DateBasis, Bilingual> = {
  printed: { zh: '原文印出', en: 'as printed' },
  inferred: { zh: '推断', en: 'inferred' },
};
