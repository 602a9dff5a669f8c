import { buildYearSeriesOption, type YearSeriesRow } from './year-series.ts';

const row = (id: string, label: string, extra: Partial<YearSeriesRow>): YearSeriesRow => ({
  id,
  label,
  value: 1,
  qualifier: 'exact',
  valueText: '1处',
  tooltipLines: [id],
  colour: '#civil',
  ...extra,
});

const rows: YearSeriesRow[] = [
  row('s2022', '2022', { value: 45, valueText: '45处' }),
  row('s2023', '2023', { value: 50, valueMax: 60, qualifier: 'range', valueText: '50至60处' }),
  row('s2024', '2024', {
    value: 80,
    qualifier: 'atMost',
    valueText: '不足80处',
    tooltipLines: ['2024', '≤ 80', '<img src=x onerror=alert(1)>'],
  }),
];

const context = {
  axisName: '处',
  seriesNames: {
    exact: '确数',
    atLeast: '下限（余）',
    atMost: '上限（不足）',
    approx: '约数',
    range: '区间',
  },
  markColour: '#ink',
  formatAxisValue: (value: number) => `${value}`,
  renderTooltip: (lines: readonly string[]) => `[${lines.join('|')}]`,
};

type Series = {
  type: string;
  name: string;
  stack?: string;
  symbolRotate?: number;
  data: Array<{ value: number | '-'; id?: string; itemStyle?: Record<string, unknown> }>;
  itemStyle: Record<string, unknown>;
  label?: { formatter: (p: unknown) => string; distance?: number };
};

describe('buildYearSeriesOption', () => {
  const option = buildYearSeriesOption(rows, context);
  const series = option.series as Series[];
  const named = (name: string, type = 'bar') =>
    series.find((s) => s.name === name && s.type === type);

  it('puts the years on the x axis in order and the unit on the value axis', () => {
    expect(option.xAxis).toEqual(
      expect.objectContaining({ type: 'category', data: ['2022', '2023', '2024'] }),
    );
    expect(option.yAxis).toEqual(expect.objectContaining({ type: 'value', name: '处' }));
  });

  it('draws each kind of number as its own series, named in the legend', () => {
    expect(series.filter((s) => s.type === 'bar').map((s) => s.name)).toEqual([
      '',
      '确数',
      '上限（不足）',
      '区间',
    ]);
    expect(option.legend).toEqual(
      expect.objectContaining({ data: ['确数', '上限（不足）', '区间'] }),
    );
  });

  it('draws a range as the span from its lower to its upper end', () => {
    const base = series[0];
    const span = named('区间');
    expect(base?.stack).toBe('range');
    expect(base?.itemStyle).toEqual({ color: 'transparent' });
    expect(base?.data.map((d) => d.value)).toEqual(['-', 50, '-']);
    expect(span?.stack).toBe('range');
    expect(span?.data.map((d) => d.value)).toEqual(['-', 10, '-']);
  });

  it('marks an upper bound as a bound: hatched, dashed, with a hollow downward triangle', () => {
    const bar = named('上限（不足）');
    expect(bar?.itemStyle).toEqual(
      expect.objectContaining({ borderType: 'dashed', decal: expect.any(Object) }),
    );
    const marker = named('上限（不足）', 'scatter');
    expect(marker?.symbolRotate).toBe(180);
    expect(marker?.data[2]).toEqual(
      expect.objectContaining({
        value: 80,
        itemStyle: expect.objectContaining({ color: 'transparent', borderColor: '#civil' }),
      }),
    );
    expect(marker?.data.slice(0, 2).map((d) => d.value)).toEqual(['-', '-']);
  });

  it('colours every bar by its department and the legend swatches in the mark ink', () => {
    expect(named('确数')?.data[0]).toEqual({
      value: 45,
      id: 's2022',
      itemStyle: { color: '#civil' },
    });
    expect(named('确数')?.itemStyle.color).toBe('#ink');
  });

  it('labels each bar with its value as printed, the bound in words', () => {
    const formatter = named('上限（不足）')?.label?.formatter;
    expect(formatter?.({ dataIndex: 2 })).toBe('不足80处');
    expect(named('区间')?.label?.formatter({ dataIndex: 1 })).toBe('50至60处');
  });

  it('writes the tooltip through the renderer', () => {
    const tooltip = option.tooltip as { formatter: (p: unknown) => string };
    expect(tooltip.formatter({ dataIndex: 2 })).toBe('[2024|≤ 80|<img src=x onerror=alert(1)>]');
  });

  it('hides the legend when every figure is exact', () => {
    const exact = buildYearSeriesOption([rows[0] as YearSeriesRow], context);
    expect(exact.legend).toEqual({ show: false });
    expect((exact.series as Series[]).map((s) => s.type)).toEqual(['bar']);
  });

  it('scales its measures with the slide’s font size', () => {
    const slide = buildYearSeriesOption(rows, { ...context, fontSize: 28, variant: 'slide' });
    expect(slide.grid).toEqual(expect.objectContaining({ top: 112 }));
  });
});
