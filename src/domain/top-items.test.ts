import { sumCounts, topItems } from './top-items.ts';

describe('topItems', () => {
  const items = [
    { id: 'a', v: 3 },
    { id: 'b', v: 9 },
    { id: 'c', v: 1 },
    { id: 'd', v: 9 },
    { id: 'e', v: 5 },
  ];
  const ids = (list: ReadonlyArray<{ id: string }>) => list.map((item) => item.id);

  it.each([
    [2, ['b', 'd'], ['a', 'c', 'e']],
    [3, ['b', 'd', 'e'], ['a', 'c']],
    [5, ['a', 'b', 'c', 'd', 'e'], []],
    [9, ['a', 'b', 'c', 'd', 'e'], []],
    [0, [], ['a', 'b', 'c', 'd', 'e']],
  ])('keeps the %i largest in their order', (limit, shown, hidden) => {
    const result = topItems(items, limit, (item) => item.v);
    expect(ids(result.shown)).toEqual(shown);
    expect(ids(result.hidden)).toEqual(hidden);
  });

  it('keeps the earlier of two equal items', () => {
    expect(ids(topItems(items, 1, (item) => item.v).shown)).toEqual(['b']);
  });
});

describe('sumCounts', () => {
  it('adds rows column by column', () => {
    expect(
      sumCounts(
        [
          [1, 0, 2],
          [3, 4, 0],
        ],
        3,
      ),
    ).toEqual([4, 4, 2]);
  });

  it('gives zeros for no rows', () => {
    expect(sumCounts([], 2)).toEqual([0, 0]);
  });
});
