import { en, MESSAGES, translate, zh } from './messages.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message tables', () => {
  it('have the same keys in Chinese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it.each(Object.keys(zh))('%s is filled in both languages with the same placeholders', (key) => {
    const k = key as keyof typeof zh;
    expect(zh[k].trim()).not.toBe('');
    expect(en[k].trim()).not.toBe('');
    expect(placeholders(en[k])).toEqual(placeholders(zh[k]));
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('zh', 'department.figureCount', { count: 13 })).toBe('13 个数字');
    expect(translate('en', 'department.figureCount', {})).toBe('{count} figures');
    expect(MESSAGES.en['nav.overview']).toBe('Overview');
  });
});
