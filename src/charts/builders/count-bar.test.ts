import { buildCountBarOption } from './count-bar.ts';

describe('buildCountBarOption', () => {
  const option = buildCountBarOption(
    [
      { id: 'meetings', label: '会议' },
      { id: 'money', label: '资金' },
    ],
    [
      { id: 'audit', name: '市审计局', counts: [1, 0], colour: '#a' },
      { id: 'gucheng', name: '古城镇', counts: [0, 1], colour: '#b' },
    ],
    { axisName: '数字个数' },
  );
  type Series = { id: string; name: string; stack: string; data: unknown[] };
  const series = option.series as Series[];

  it('lists the categories on the category axis in order', () => {
    expect(option.yAxis).toEqual(
      expect.objectContaining({ type: 'category', data: ['会议', '资金'] }),
    );
  });

  it('stacks one series per department, all counting figures, with the department id', () => {
    expect(series.map((s) => [s.id, s.name, s.stack])).toEqual([
      ['audit', '市审计局', 'count'],
      ['gucheng', '古城镇', 'count'],
    ]);
  });

  it('paints each department in its own colour, whatever its place in the chart', () => {
    expect(option.series).toEqual([
      expect.objectContaining({ id: 'audit', itemStyle: { color: '#a' } }),
      expect.objectContaining({ id: 'gucheng', itemStyle: { color: '#b' } }),
    ]);
  });

  it('leaves empty segments out', () => {
    expect(series[0]?.data).toEqual([1, '-']);
  });

  it('cuts long legend names to one line and names them in full on hover', () => {
    expect(option.legend).toEqual(
      expect.objectContaining({
        tooltip: { show: true },
        textStyle: expect.objectContaining({ overflow: 'truncate' }),
      }),
    );
  });

  it.each([
    [2, 'horizontal'],
    [6, 'vertical'],
  ])('with %i departments lays the legend out %s', (count, orient) => {
    const many = buildCountBarOption(
      [{ id: 'meetings', label: '会议' }],
      Array.from({ length: count }, (_, i) => ({
        id: `d${i}`,
        name: `单位${i}`,
        counts: [1],
        colour: '#c',
      })),
      { axisName: '数字个数' },
    );
    const legend = many.legend as { orient?: string };
    expect(legend.orient ?? 'horizontal').toBe(orient);
    // A column of names gets narrower on a narrow chart.
    expect(many.media !== undefined).toBe(orient === 'vertical');
  });

  describe('on a slide, where nobody can hover', () => {
    const long = '合成简称也很长的一个类别名称';
    const slide = (departments: number) =>
      buildCountBarOption(
        [{ id: 'long', label: long }],
        Array.from({ length: departments }, (_, i) => ({
          id: `d${i}`,
          name: `Urban Management Bureau ${i}`,
          counts: [1],
          colour: '#c',
        })),
        { axisName: 'Figures', fontSize: 24, variant: 'slide' },
      );

    it('wraps a long category name instead of cutting it (on the desk too)', () => {
      expect((slide(1).yAxis as { axisLabel: object }).axisLabel).toEqual(
        expect.objectContaining({ overflow: 'break', width: expect.any(Number) }),
      );
    });

    it('names one department in a row in full, and two or more in a column that wraps', () => {
      const one = slide(1).legend as { orient?: string; textStyle: object };
      expect(one.orient).toBeUndefined();
      expect(one.textStyle).toEqual({ fontSize: 24 });
      const two = slide(2).legend as { orient?: string; textStyle: object };
      expect(two.orient).toBe('vertical');
      expect(two.textStyle).toEqual(expect.objectContaining({ overflow: 'break' }));
    });
  });
});
