import { buildFigureBarOption, type FigureBarRow } from './figure-bar.ts';

const rows: FigureBarRow[] = [
  {
    id: 'health-signed',
    label: '市卫生健康委',
    value: 3437600,
    qualifier: 'exact',
    valueText: '343.76万人',
    tooltipLines: ['家庭医生签约人数', '签约 343.76 万人'],
    colour: '#health',
  },
  {
    id: 'gucheng-served',
    label: '古城镇',
    value: 12900,
    qualifier: 'atLeast',
    valueText: '12900余人',
    tooltipLines: ['<img src=x onerror=alert(1)>'],
    colour: '#gucheng',
  },
];

const context = {
  axisName: '人',
  logScale: false,
  seriesNames: {
    exact: '确数',
    atLeast: '下限（余）',
    atMost: '上限（不足）',
    approx: '约数',
    range: '区间',
  },
  markColour: '#ink',
  formatAxisValue: (value: number) => `${value / 10000}万`,
  renderTooltip: (lines: readonly string[]) => lines.join('\n'),
};

type Series = {
  name: string;
  data: unknown[];
  itemStyle: Record<string, unknown>;
  label: { formatter: (p: unknown) => string };
};

describe('buildFigureBarOption', () => {
  const option = buildFigureBarOption(rows, context);
  const series = option.series as Series[];

  it('draws exact values and lower bounds as separate series named in the legend', () => {
    expect(series.map((s) => s.name)).toEqual(['确数', '下限（余）']);
    expect(option.legend).toEqual(expect.objectContaining({ top: 0 }));
  });

  it('places each figure in its own series only', () => {
    expect(series[0]?.data).toEqual([
      { value: 3437600, id: 'health-signed', itemStyle: { color: '#health' } },
      { value: '-' },
    ]);
    expect(series[1]?.data).toEqual([
      { value: '-' },
      { value: 12900, id: 'gucheng-served', itemStyle: { color: '#gucheng' } },
    ]);
  });

  it('paints each bar in its department colour and the legend swatches in the mark ink', () => {
    expect(series.map((s) => s.itemStyle.color)).toEqual(['#ink', '#ink']);
  });

  it('marks lower bounds with a pattern and a dashed outline', () => {
    expect(series[0]?.itemStyle).toEqual({ color: '#ink' });
    expect(series[1]?.itemStyle).toEqual(
      expect.objectContaining({ borderType: 'dashed', decal: expect.any(Object) }),
    );
  });

  it('cuts long labels on the desk (whole on hover) and wraps them on a slide', () => {
    expect(option.yAxis).toEqual(
      expect.objectContaining({
        axisLabel: expect.objectContaining({ overflow: 'truncate' }),
        tooltip: { show: true },
      }),
    );
    const slide = buildFigureBarOption(rows, { ...context, variant: 'slide' });
    expect(slide.yAxis).toEqual(
      expect.objectContaining({ axisLabel: expect.objectContaining({ overflow: 'break' }) }),
    );
  });

  it('labels bars with the qualified value text', () => {
    expect(series[1]?.label.formatter({ dataIndex: 1 })).toBe('12900余人');
  });

  it('hands the tooltip lines of the hovered bar to the text renderer', () => {
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter({ dataIndex: 1 })).toBe('<img src=x onerror=alert(1)>');
    expect(formatter({ dataIndex: 0 })).toBe('家庭医生签约人数\n签约 343.76 万人');
  });

  it('switches to a log axis when asked', () => {
    expect(buildFigureBarOption(rows, { ...context, logScale: true }).xAxis).toEqual(
      expect.objectContaining({ type: 'log' }),
    );
  });

  it('hides the legend when every figure is exact', () => {
    expect(buildFigureBarOption([rows[0]!], context).legend).toEqual({ show: false });
  });
});

describe('upper bounds, estimates and ranges', () => {
  const row = (
    id: string,
    qualifier: FigureBarRow['qualifier'],
    value: number,
    valueMax?: number,
  ) =>
    ({
      id,
      label: id,
      value,
      valueMax,
      qualifier,
      valueText: id,
      tooltipLines: [],
      colour: `#${id}`,
    }) satisfies FigureBarRow;
  const kinds = [
    row('exact', 'exact', 30),
    row('under', 'atMost', 500),
    row('about', 'approx', 3500),
    row('span', 'range', 7, 8),
  ];
  const option = buildFigureBarOption(kinds, context);
  type Bar = {
    name: string;
    stack?: string;
    itemStyle: Record<string, unknown> & { decal?: { rotation: number } };
    data: Array<{ value: number | string; itemStyle?: { color: string } }>;
  };
  const bars = option.series as Bar[];
  const byName = (name: string) => bars.find((bar) => bar.name === name)!;

  it('draws an upper bound hatched the other way from a lower bound, with a dashed outline', () => {
    const under = byName('上限（不足）').itemStyle;
    const over = buildFigureBarOption([row('over', 'atLeast', 1)], context).series as Bar[];
    expect(under).toEqual(expect.objectContaining({ borderType: 'dashed' }));
    expect(under.decal?.rotation).toBe(-(over[0]?.itemStyle.decal?.rotation ?? 0));
  });

  it('gives an estimate a dotted outline and no hatching', () => {
    expect(byName('约数').itemStyle).toEqual(
      expect.not.objectContaining({ decal: expect.anything() }),
    );
    expect(byName('约数').itemStyle).toEqual(expect.objectContaining({ borderType: 'dotted' }));
  });

  it('draws a range as the span between its ends, on an invisible base', () => {
    const base = bars.find((bar) => bar.name === '')!;
    const span = byName('区间');
    expect(base.stack).toBe(span.stack);
    expect(base.data[3]).toEqual({ value: 7, id: 'span' });
    expect(span.data[3]).toEqual({ value: 1, id: 'span', itemStyle: { color: '#span' } });
  });

  it('names every kind in the legend but not the base', () => {
    expect((option.legend as { data: string[] }).data).toEqual([
      '确数',
      '上限（不足）',
      '约数',
      '区间',
    ]);
  });

  it('draws a range to its upper end on a log axis, where a bar cannot float', () => {
    const log = buildFigureBarOption(kinds, { ...context, logScale: true }).series as Bar[];
    expect(log.some((bar) => bar.name === '')).toBe(false);
    expect(log.find((bar) => bar.name === '区间')?.data[3]?.value).toBe(8);
  });

  it('shows the legend even for one kind when it is a bound, so the mark is explained', () => {
    expect(buildFigureBarOption([row('under', 'atMost', 5)], context).legend).toEqual(
      expect.objectContaining({ data: ['上限（不足）'] }),
    );
  });
});
