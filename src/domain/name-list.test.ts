import { formatNameList, nameListParts } from './name-list.ts';

describe('formatNameList', () => {
  it.each([
    [['大王寨镇'], 'zh', '大王寨镇'],
    [['大王寨镇', '古城镇'], 'zh', '大王寨镇和古城镇'],
    [['市审计局', '大王寨镇', '古城镇'], 'zh', '市审计局、大王寨镇和古城镇'],
    [['Dawangzhai', 'Gucheng'], 'en', 'Dawangzhai and Gucheng'],
    [[], 'zh', ''],
  ] as const)('joins %j in %s as %s', (names, locale, expected) => {
    expect(formatNameList(names, locale)).toBe(expected);
  });
});

describe('nameListParts', () => {
  it.each([
    [1, 'zh', [{ index: 0 }]],
    [2, 'zh', [{ index: 0 }, '和', { index: 1 }]],
    [3, 'en', [{ index: 0 }, ', ', { index: 1 }, ', and ', { index: 2 }]],
  ] as const)(
    'splits a list of %d names in %s into names and separators',
    (count, locale, parts) => {
      expect(nameListParts(count, locale)).toEqual(parts);
    },
  );
});
