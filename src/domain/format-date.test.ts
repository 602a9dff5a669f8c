import { formatIsoDate } from './format-date.ts';

describe('formatIsoDate', () => {
  it.each([
    ['2023', 'zh', '2023年'],
    ['2020-07', 'zh', '2020年7月'],
    ['2023-10-16', 'zh', '2023年10月16日'],
    ['2023', 'en', '2023'],
    ['2020-07', 'en', 'July 2020'],
    ['2023-05-28', 'en', '28 May 2023'],
  ] as const)('writes %s in %s as %s', (date, locale, expected) => {
    expect(formatIsoDate(date, locale)).toBe(expected);
  });
});
