import {
  excerpt,
  findAll,
  lineColumn,
  longestFoundPrefix,
  normalizeText,
  sourcePosition,
} from './source-text.ts';

describe('normalizeText', () => {
  it.each([
    ['签约 343.76 万人', '签约343.76万人'],
    ['服务 11.2\n万余人次', '服务11.2万余人次'],
    ['推广５项机制', '推广5项机制'],
    ['医心向党\u3000务行于民', '医心向党务行于民'],
    ['“1+N”，', '“1+N”,'],
  ])('compares %j as %j', (raw, text) => {
    expect(normalizeText(raw).text).toBe(text);
  });

  it('maps each character back to where it stands in the original', () => {
    const raw = 'ab \ncd';
    const norm = normalizeText(raw);
    expect(norm.offsets).toEqual([0, 1, 4, 5]);
    expect(lineColumn(raw, norm.offsets[2] ?? -1)).toEqual({ line: 2, column: 1 });
    expect(sourcePosition('x.txt', raw, norm, 3)).toBe('x.txt:2:2');
  });
});

describe('findAll', () => {
  it.each([
    ['一体推进一体发展', '一体', [0, 4]],
    ['aaa', 'aa', [0, 1]],
    ['abc', 'x', []],
    ['abc', '', []],
  ])('finds %j in %j', (haystack, needle, found) => {
    expect(findAll(haystack, needle)).toEqual(found);
  });
});

describe('excerpt', () => {
  it('marks the span and cuts the context', () => {
    const raw = '市委审计委员会先后召开10次全\n体会议，制定并完善５项';
    const norm = normalizeText(raw);
    expect(excerpt(raw, norm, 11, 13, 4)).toBe('…先后召开【10】次全体会…');
    expect(excerpt(raw, norm, 24, 25, 4)).toBe('…定并完善【５】项');
  });
});

describe('longestFoundPrefix', () => {
  it('tells how far a wrong quote matches', () => {
    expect(longestFoundPrefix('占地3500平方米', '占地3600平方米')).toBe('占地3');
    expect(longestFoundPrefix('abc', 'xyz')).toBe('');
    expect(longestFoundPrefix('abc', 'abc')).toBe('abc');
  });
});
