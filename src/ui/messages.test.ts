import { placeholdersOf } from '../domain/message-format.ts';
import { en } from './i18n/en.ts';
import { zh, type MessageKey } from './i18n/zh.ts';
import { loadCatalogue, translate } from './messages.ts';

beforeAll(() => loadCatalogue('en'));

describe('the message catalogues', () => {
  it('have the same keys in Chinese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it.each(Object.keys(zh) as MessageKey[])(
    '%s is filled in both languages with the same placeholders',
    (key) => {
      expect(zh[key].trim()).not.toBe('');
      expect(en[key].trim()).not.toBe('');
      expect(placeholdersOf(en[key])).toEqual(placeholdersOf(zh[key]));
    },
  );

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('zh', 'department.figureCount', { count: 13 })).toBe('13 个数字');
    expect(translate('en', 'department.figureCount', {})).toContain('{count, plural');
    expect(translate('en', 'nav.overview')).toBe('Overview');
  });
});

// Every message that writes a count, at 0, 1, 2 and 21: English singular only at 1, Chinese
// unchanged whatever the count.
describe('counts in English and Chinese', () => {
  it.each([
    ['department.figureCount', { count: 0 }, '0 figures', '0 个数字'],
    ['department.figureCount', { count: 1 }, '1 figure', '1 个数字'],
    ['department.figureCount', { count: 2 }, '2 figures', '2 个数字'],
    ['department.figureCount', { count: 21 }, '21 figures', '21 个数字'],
    ['compare.selected', { count: 1 }, '1 figure selected', '已选 1 个数字'],
    ['compare.selected', { count: 21 }, '21 figures selected', '已选 21 个数字'],
    ['export.csvCount', { count: 1 }, 'Export CSV (1 row)', '导出 CSV（1 条）'],
    ['export.csvCount', { count: 0 }, 'Export CSV (0 rows)', '导出 CSV（0 条）'],
    ['present.listItems', { name: 'L', count: 1 }, 'L (1 item)', 'L（1 项）'],
    ['present.listItems', { name: 'L', count: 21 }, 'L (21 items)', 'L（21 项）'],
    [
      'sources.overlap',
      { count: 2 },
      'This passage is quoted by 2 records',
      '这段原文对应 2 条记录',
    ],
    [
      'overview.countsSummary',
      { departments: 1, figures: 0, events: 21, lists: 2 },
      '1 department · 0 figures · 21 events · 2 lists',
      '1 个单位 · 0 个数字 · 21 个事件 · 2 份名单',
    ],
    [
      'timeline.summary',
      { count: 1, events: 1, figures: 0 },
      '1 dated record: 1 event, 0 figures',
      '1 条有日期的记录：1 个事件，0 个数字',
    ],
    ['error.invalid', { count: 1 }, 'The data file has 1 problem:', '数据文件有 1 处未通过校验：'],
  ] as const)('%s with %j', (key, values, english, chinese) => {
    expect(translate('en', key, values)).toBe(english);
    expect(translate('zh', key, values)).toBe(chinese);
  });
});
