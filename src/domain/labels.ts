import type { DateBasis, ListKind, Qualifier } from './dataset-schema.ts';
import type { Bilingual } from './schema-basics.ts';

/**
 * Labels for the values the contract fixes (list kinds, qualifiers, date bases), in both
 * interface languages. Each table is a `Record` over its enum, so a value without a label is a
 * type error here. Units and categories are data: their names come with the dataset's vocabulary
 * (`vocabulary.ts`, through `DatasetIndex`).
 */

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
  atMost: { zh: '上限（不足、以内）', en: 'at most (upper bound)' },
  approx: { zh: '约数', en: 'approximate' },
  range: { zh: '区间', en: 'range' },
};

export const dateBasisLabels: Record<DateBasis, Bilingual> = {
  printed: { zh: '原文印出', en: 'as printed' },
  inferred: { zh: '推断', en: 'inferred' },
};
