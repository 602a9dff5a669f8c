import { exportFileName, filterParts } from './export-names.ts';

describe('exportFileName', () => {
  it.each([
    [['聊城新闻数据', '大王寨镇', '2023'], 'csv', '聊城新闻数据-大王寨镇-2023.csv'],
    [['聊城新闻数据'], 'csv', '聊城新闻数据.csv'],
    [
      ['Liaocheng news figures', 'Money (yuan)', ''],
      'png',
      'Liaocheng news figures-Money (yuan).png',
    ],
    [['a/b', 'c:d*?', '  e\n f '], 'csv', 'ab-cd-e f.csv'],
  ])('names %j as %s', (parts, extension, name) => {
    expect(exportFileName(parts, extension)).toBe(name);
  });
});

describe('filterParts', () => {
  const names = { department: (id: string) => `D:${id}`, category: (id: string) => `C:${id}` };
  it('writes departments, years and categories in that order', () => {
    expect(
      filterParts({ departments: ['a', 'b'], years: ['2023'], categories: ['money'] }, names),
    ).toEqual(['D:a', 'D:b', '2023', 'C:money']);
  });

  it('is empty without filters', () => {
    expect(filterParts({ departments: [], years: [], categories: [] }, names)).toEqual([]);
  });
});
