import { chunk } from './chunk.ts';

describe('chunk', () => {
  it.each([
    [[1, 2, 3, 4, 5], 2, [[1, 2], [3, 4], [5]]],
    [[1, 2], 2, [[1, 2]]],
    [[], 3, []],
  ])('splits %j into runs of %d', (items, size, expected) => {
    expect(chunk(items, size)).toEqual(expected);
  });
});
