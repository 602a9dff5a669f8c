import { formatMessage, placeholdersOf } from './message-format.ts';

const FIGURES = '{count, plural, =0 {no figures} one {# figure} other {# figures}}';

describe('formatMessage', () => {
  it.each([
    [0, 'no figures'],
    [1, '1 figure'],
    [2, '2 figures'],
    [21, '21 figures'],
    [1000, '1,000 figures'],
  ])('writes %d in English as %j', (count, text) => {
    expect(formatMessage(FIGURES, { count }, 'en')).toBe(text);
  });

  it('takes the plural rules of the language: Chinese has one form', () => {
    const zh = '{count, plural, other {# 个数字}}';
    expect([0, 1, 2, 21].map((count) => formatMessage(zh, { count }, 'zh'))).toEqual([
      '0 个数字',
      '1 个数字',
      '2 个数字',
      '21 个数字',
    ]);
  });

  it('fills names inside a plural branch', () => {
    const text = 'Showing the {shown} largest of {total, plural, one {# figure} other {# figures}}';
    expect(formatMessage(text, { shown: 1, total: 1 }, 'en')).toBe(
      'Showing the 1 largest of 1 figure',
    );
    expect(formatMessage(text, { shown: 20, total: 31 }, 'en')).toBe(
      'Showing the 20 largest of 31 figures',
    );
  });

  it('puts the count only where the branch writes #, not into a name that holds one', () => {
    const text = '{count, plural, one {# item in {name}} other {# items in {name}}}';
    expect(formatMessage(text, { count: 2, name: 'list #3' }, 'en')).toBe('2 items in list #3');
  });

  it('fills names and leaves a name without a value visible', () => {
    expect(formatMessage('{a} and {b}', { a: 'x' }, 'en')).toBe('x and {b}');
    expect(formatMessage(FIGURES, {}, 'en')).toBe(FIGURES);
  });

  it('refuses a message whose braces do not close, or a plural without other', () => {
    expect(() => formatMessage('{count', {}, 'en')).toThrow(/unclosed/);
    expect(() => formatMessage('{n, plural, one {x}}', { n: 1 }, 'en')).toThrow(/other/);
  });
});

describe('placeholdersOf', () => {
  it.each([
    ['{a} and {b}', ['a', 'b']],
    [FIGURES, ['count']],
    ['{total, plural, one {{name}: # item} other {{name}: # items}}', ['name', 'total']],
    ['no placeholder', []],
  ])('finds the names in %j', (text, names) => {
    expect(placeholdersOf(text)).toEqual(names);
  });
});
