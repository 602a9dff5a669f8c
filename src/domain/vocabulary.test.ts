import vocabularyFile from '../../data/vocabulary.json';
import { vocabularySchema, type Vocabulary } from './vocabulary-schema.ts';
import {
  closestNames,
  unknownNameMessage,
  vocabularyNames,
  vocabularyProblems,
} from './vocabulary.ts';

const { $schema: _schema, ...published } = vocabularyFile;
const names = vocabularyNames(published);

describe('the published vocabulary (data/vocabulary.json)', () => {
  it('passes its schema and its checks', () => {
    expect(vocabularySchema.safeParse(published).success).toBe(true);
    expect(vocabularyProblems(published)).toEqual([]);
  });

  // The labels src/domain/labels.ts held before units and categories became data.
  it.each([
    ['人', 'people', 'person'],
    ['人次', 'person-times', 'person-time'],
    ['场次', 'sessions', 'session'],
    ['次', 'times', 'time'],
    ['个', 'units', 'unit'],
    ['项', 'items', 'item'],
    ['名', 'people', 'person'],
    ['家', 'establishments', 'establishment'],
    ['户', 'households', 'household'],
    ['元', 'yuan', 'yuan'],
    ['平方米', 'm²', 'm²'],
    ['亩', 'mu', 'mu'],
    ['型', 'types', 'type'],
  ])('keeps the unit %s as %j (one: %j)', (unit, other, one) => {
    expect(names.unitName(unit, 'zh')).toBe(unit);
    expect(names.unitName(unit, 'en')).toBe(other);
    expect(names.unitName(unit, 'en', 2)).toBe(other);
    expect(names.unitName(unit, 'en', 1)).toBe(one);
  });

  it.each([
    ['meetings', '会议', 'Meetings'],
    ['rules', '制度', 'Rules'],
    ['honours', '荣誉', 'Honours'],
    ['organisation', '组织建设', 'Organisation'],
    ['enterprises', '企业与经营户', 'Enterprises'],
    ['services', '便民服务', 'Public services'],
    ['facilities', '阵地设施', 'Facilities'],
    ['money', '资金', 'Money'],
    ['coverage', '覆盖范围', 'Coverage'],
    ['party-members', '党员', 'Party members'],
    ['brands', '党建品牌', 'Party brands'],
    ['outreach-sessions', '活动场次', 'Outreach sessions'],
    ['outreach-reach', '服务人次', 'People reached'],
    ['training', '培训', 'Training'],
  ])('keeps the category %s as %s / %s', (category, zh, en) => {
    expect(names.categoryName(category, 'zh')).toBe(zh);
    expect(names.categoryName(category, 'en')).toBe(en);
  });

  it.each([
    ['%', 'percent'],
    ['百分点', 'percentage-points'],
    ['人', 'people'],
    ['亩', 'area'],
  ])('gives %s the dimension %s', (unit, dimension) => {
    expect(names.unitDimension(unit)).toBe(dimension);
  });
});

describe('vocabularyNames', () => {
  it.each([
    [0, 'people'],
    [1, 'person'],
    [2, 'people'],
    [21, 'people'],
    [1.5, 'people'],
  ])('writes 人 after %d in English as %j (plural rules)', (count, en) => {
    expect(names.unitName('人', 'en', count)).toBe(en);
    expect(names.unitName('人', 'zh', count)).toBe('人');
  });

  it('returns an unknown unit or category as it is', () => {
    expect(names.unitName('公裏', 'en')).toBe('公裏');
    expect(names.categoryName('no-such-category', 'zh')).toBe('no-such-category');
    expect(names.unitDimension('公裏')).toBeUndefined();
  });
});

describe('closestNames', () => {
  const units = published.units.map((u) => u.unit);
  const categories = published.categories.map((c) => c.category);

  it.each([
    ['公裏', units, '公里'],
    ['平米', units, '平方米'],
    ['outreach-sesions', categories, 'outreach-sessions'],
    ['meeting', categories, 'meetings'],
  ])('suggests %s → %s first', (name, known, best) => {
    expect(closestNames(name, known)[0]).toBe(best);
  });

  it('suggests at most three names, and none for a name like no other', () => {
    expect(closestNames('人口', units).length).toBeLessThanOrEqual(3);
    expect(closestNames('widgets', categories)).toEqual([]);
    // Every one-character unit is one edit from every other: spelling alone says nothing.
    expect(closestNames('仵', units)).toEqual([]);
  });
});

describe('unknownNameMessage', () => {
  it('names the closest known names and the file to add to', () => {
    expect(unknownNameMessage('unit', '公裏', ['公里', '人'], 'data/vocabulary.json')).toBe(
      'unknown unit "公裏": did you mean 公里? (add it to data/vocabulary.json)',
    );
    expect(unknownNameMessage('category', 'widgets', ['money'], 'data/vocabulary.json')).toBe(
      'unknown category "widgets": add it to data/vocabulary.json, or use one it lists',
    );
  });
});

describe('vocabularyProblems', () => {
  const unit = (name: string, dimension: string) => ({
    unit: name,
    name: { zh: name, en: name },
    words: { one: name, other: name },
    dimension,
  });
  const category = (id: string) => ({ category: id, name: { zh: id, en: id } });

  it.each<[string, Vocabulary, string]>([
    [
      'a unit defined twice',
      { units: [unit('人', 'people'), unit('人', 'people')], categories: [] },
      'unit 人 is already defined at units[0]',
    ],
    [
      'a scale word in a unit',
      { units: [unit('万元', 'money')], categories: [] },
      'unit 万元 starts with the scale word 万: the value holds the scale (7000万元 is 70000000 元)',
    ],
    [
      '% outside the percent dimension',
      { units: [unit('%', 'count')], categories: [] },
      'dimension percent belongs to unit % alone (and % to it): they never share an axis with anything else',
    ],
    [
      'another unit in the percentage-points dimension',
      { units: [unit('点', 'percentage-points')], categories: [] },
      'dimension percentage-points belongs to unit 百分点 alone (and 百分点 to it): they never share an axis with anything else',
    ],
    [
      'a category defined twice',
      { units: [], categories: [category('money'), category('money')] },
      'category money is already defined at categories[0]',
    ],
  ])('reports %s', (_case, vocabulary, message) => {
    expect(vocabularyProblems(vocabulary).map((p) => p.message)).toEqual([message]);
  });
});
