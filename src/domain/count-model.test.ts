import { countSeries, MAX_COUNT_SERIES, OTHERS_ID } from './count-model.ts';

const rows = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ department: `d${i}`, counts: [i + 1, 1] }));
const slotOf = (slots: number) => (id: string) => {
  const at = Number(id.slice(1));
  return at < slots ? at : null;
};

describe('countSeries', () => {
  it('gives every department its own series when they fit, in their order', () => {
    const { series, hidden } = countSeries(rows(3), 2, slotOf(7));
    expect(series.map((s) => [s.id, s.slot, s.counts])).toEqual([
      ['d0', 0, [1, 1]],
      ['d1', 1, [2, 1]],
      ['d2', 2, [3, 1]],
    ]);
    expect(hidden).toBe(0);
  });

  it('keeps the departments with most figures under the cap and sums the rest as others', () => {
    const { series, hidden } = countSeries(rows(6), 2, slotOf(7), 4);
    expect(series.map((s) => s.id)).toEqual(['d2', 'd3', 'd4', 'd5', OTHERS_ID]);
    expect(series.at(-1)).toEqual({
      id: OTHERS_ID,
      counts: [3, 2],
      slot: null,
      departments: ['d0', 'd1'],
    });
    expect(hidden).toBe(2);
  });

  it('gives at most one series per colour, ranked by how many figures they reported', () => {
    const counts = Array.from({ length: 9 }, (_, i) => ({ department: `d${i}`, counts: [i + 1] }));
    const { series } = countSeries(counts, 1, () => 0 as number | null);
    // Every department here has a colour slot (0, for the test): the cap is the palette's size.
    expect(series.filter((s) => s.id !== OTHERS_ID)).toHaveLength(MAX_COUNT_SERIES);
    // The two with fewest figures are summed; the rest keep the dataset's order.
    expect(series.map((s) => s.id)).toEqual(['d2', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8', OTHERS_ID]);
  });

  it('puts a department without a colour of its own into others, never a reused colour', () => {
    const { series } = countSeries(rows(10), 2, slotOf(7));
    const slots = series.map((s) => s.slot).filter((slot) => slot !== null);
    expect(new Set(slots).size).toBe(slots.length);
    expect(series.at(-1)).toEqual(
      expect.objectContaining({ id: OTHERS_ID, departments: ['d7', 'd8', 'd9'] }),
    );
    expect(series.at(-1)?.counts).toEqual([8 + 9 + 10, 3]);
  });
});
