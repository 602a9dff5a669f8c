import { localeTag, otherLocale } from './locale.ts';

describe('locale', () => {
  it.each([
    ['zh', 'zh-CN', 'en'],
    ['en', 'en', 'zh'],
  ] as const)('%s is tagged %s and switches to %s', (locale, tag, other) => {
    expect(localeTag(locale)).toBe(tag);
    expect(otherLocale(locale)).toBe(other);
  });
});
