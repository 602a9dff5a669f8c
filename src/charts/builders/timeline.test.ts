import {
  buildTimelineOption,
  isoDateToUtc,
  placeLabels,
  tickIsoDate,
  type TimelinePoint,
} from './timeline.ts';

describe('isoDateToUtc', () => {
  it.each([
    ['2020-07', Date.UTC(2020, 6, 1)],
    ['2023-10-16', Date.UTC(2023, 9, 16)],
    ['2023', Date.UTC(2023, 0, 1)],
  ])('places %s at the start of what it can mean', (date, expected) => {
    expect(isoDateToUtc(date)).toBe(expected);
  });
});

describe('tickIsoDate', () => {
  it.each([
    [Date.UTC(2021, 0, 1), '2021'],
    [Date.UTC(2021, 6, 1), '2021-07'],
    [Date.UTC(2023, 9, 16), '2023-10-16'],
  ])('writes the tick at %d as %s', (time, iso) => {
    expect(tickIsoDate(time)).toBe(iso);
  });
});

function point(id: string, date: string, row: string, extra: Partial<TimelinePoint> = {}) {
  return {
    id,
    date,
    row,
    label: id,
    tooltipLines: [`${date} ${id}`],
    symbol: 'diamond',
    ...extra,
  } satisfies TimelinePoint;
}

type SeriesLike = {
  name: string;
  data: Array<{ id: string; value: [number, string]; symbol: string; label: object }>;
  label: { formatter: (p: unknown) => string; overflow: string; width: number };
};

describe('buildTimelineOption', () => {
  const points: TimelinePoint[] = [
    point('culture-centre', '2020-07', '市审计局', {
      label: '审计文化中心建成',
      tooltipLines: ['2020年7月 · 市审计局', '「2020年7月，市审计局统筹建设了审计文化中心」'],
    }),
    point('campaigns', '2023-05', '市卫生健康委'),
    point('cctv', '2023-05-28', '市卫生健康委'),
    point('oath-members', '2023-10-16', '杜郎口镇', {
      symbol: 'circle',
      label: '{x}宣誓',
      note: '同日 2 条',
    }),
  ];
  const option = buildTimelineOption(points, {
    rows: [
      { name: '市审计局', colour: '#0' },
      { name: '市卫生健康委', colour: '#1' },
      { name: '杜郎口镇', colour: '#2' },
    ],
    formatDate: (date) => date.replace('-', '年') + '月',
    renderTooltip: (lines) => lines.join('\n'),
  });
  const series = option.series as SeriesLike[];
  const tooltip = option.tooltip as { formatter: (p: unknown) => string };

  it('draws one series per department row, in row order', () => {
    expect(series.map((s) => s.name)).toEqual(['市审计局', '市卫生健康委', '杜郎口镇']);
    expect(option.yAxis).toEqual(
      expect.objectContaining({ data: ['市审计局', '市卫生健康委', '杜郎口镇'], inverse: true }),
    );
  });

  it('paints each row in its department colour', () => {
    expect(option.series).toEqual([
      expect.objectContaining({ name: '市审计局', itemStyle: { color: '#0' } }),
      expect.objectContaining({ name: '市卫生健康委', itemStyle: { color: '#1' } }),
      expect.objectContaining({ name: '杜郎口镇', itemStyle: { color: '#2' } }),
    ]);
  });

  it('puts each point at its date on its department row', () => {
    expect(series[0]?.data).toEqual([
      expect.objectContaining({ id: 'culture-centre', value: [Date.UTC(2020, 6, 1), '市审计局'] }),
    ]);
    expect(series[1]?.data.map((d) => d.id)).toEqual(['campaigns', 'cctv']);
  });

  it.each([
    ['culture-centre', 'diamond'],
    ['oath-members', 'circle'],
  ])('draws %s as a %s', (id, symbol) => {
    const datum = series.flatMap((s) => s.data).find((d) => d.id === id);
    expect(datum?.symbol).toBe(symbol);
  });

  it('grows its marks with the labels: at 28 px (a big screen) twice the desk size', () => {
    const sizes = (fontSize?: number) => {
      const built = buildTimelineOption(points, {
        rows: [
          { name: '市审计局', colour: '#0' },
          { name: '市卫生健康委', colour: '#1' },
          { name: '杜郎口镇', colour: '#2' },
        ],
        formatDate: (date) => date,
        renderTooltip: (lines) => lines.join('\n'),
        ...(fontSize ? { fontSize } : {}),
      });
      const data = (built.series as Array<{ data: Array<{ id: string; symbolSize: number }> }>)
        .flatMap((s) => s.data)
        .map((d) => [d.id, d.symbolSize]);
      return Object.fromEntries(data) as Record<string, number>;
    };
    expect(sizes()).toMatchObject({ 'culture-centre': 20, 'oath-members': 16 });
    expect(sizes(28)).toMatchObject({ 'culture-centre': 40, 'oath-members': 32 });
  });

  it('leaves room for a label above the first row and below the last, and only then', () => {
    const labelRoom = 2 * 14 + 10 + 6; // two label lines and their distance, at the desk's 14 px
    // The first row's only point has its label above it; the last row's above too.
    expect(option.grid).toMatchObject({ top: labelRoom, bottom: 16 });
    expect((option.xAxis as { axisLabel: { margin: number } }).axisLabel.margin).toBe(8);

    // Two close points on the last row: the second label goes below, over the axis labels'
    // place, so those move down.
    const close = buildTimelineOption(
      [
        point('a', '2021-01', 'row 1'),
        point('b', '2023-05', 'row 2'),
        point('c', '2023-05-28', 'row 2'),
      ],
      {
        rows: [
          { name: 'row 1', colour: '#0' },
          { name: 'row 2', colour: '#1' },
        ],
        formatDate: (date) => date,
        renderTooltip: (lines) => lines.join(''),
      },
    );
    expect((close.xAxis as { axisLabel: { margin: number } }).axisLabel.margin).toBe(labelRoom);
  });

  it('labels points with their date, its note and a short title, without rich-text braces', () => {
    const formatter = series[0]?.label.formatter;
    expect(formatter?.({ data: { id: 'culture-centre' } })).toBe(
      '{date|2020年07月}\n{title|审计文化中心建成}',
    );
    expect(formatter?.({ data: { id: 'oath-members' } })).toBe(
      '{date|2023年10-16月 · 同日 2 条}\n{title|x宣誓}',
    );
  });

  it('cuts long labels with an ellipsis instead of letting them run over each other', () => {
    expect(series[0]?.label).toEqual(expect.objectContaining({ overflow: 'truncate', width: 224 }));
  });

  it('hands the point’s lines, quote included, to the text renderer', () => {
    expect(tooltip.formatter({ data: { id: 'culture-centre' } })).toBe(
      '2020年7月 · 市审计局\n「2020年7月，市审计局统筹建设了审计文化中心」',
    );
    const hostile = buildTimelineOption(
      [point('x', '2023-05', 'r', { tooltipLines: ['<img src=x onerror=alert(1)>'] })],
      {
        rows: [{ name: 'r', colour: '#0' }],
        formatDate: String,
        renderTooltip: (lines) => lines.join('\n'),
      },
    );
    const format = (hostile.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(format({ data: { id: 'x' } })).toBe('<img src=x onerror=alert(1)>');
  });

  it('pads the axis so the first and last points are not drawn on the frame', () => {
    const xAxis = option.xAxis as { min: number; max: number };
    expect(xAxis.min).toBeLessThan(Date.UTC(2020, 6, 1));
    expect(xAxis.max).toBeGreaterThan(Date.UTC(2023, 9, 16));
  });

  it('writes axis ticks with the interface’s date formatter, not ECharts’ own locale', () => {
    const xAxis = option.xAxis as { axisLabel: { formatter: (value: number) => string } };
    expect(xAxis.axisLabel.formatter(Date.UTC(2021, 6, 1))).toBe('2021年07月');
    expect(xAxis.axisLabel.formatter(Date.UTC(2022, 0, 1))).toBe('2022月');
  });

  it('reads dates in UTC so no time zone moves a day', () => {
    expect(option.useUTC).toBe(true);
  });

  it('draws an empty axis when there are no points', () => {
    const empty = buildTimelineOption([], {
      rows: [],
      formatDate: String,
      renderTooltip: (lines) => lines.join('\n'),
    });
    expect(empty.series).toEqual([]);
    expect(empty.xAxis).not.toHaveProperty('min');
  });
});

describe('placeLabels', () => {
  const min = Date.UTC(2020, 0, 1);
  const max = Date.UTC(2024, 0, 1);

  it.each([
    ['near the left end grows to the right', '2020-03', 'left'],
    ['in the middle is centred', '2022-01', 'center'],
    ['near the right end grows to the left', '2023-10-16', 'right'],
  ])('a label %s', (_name, date, align) => {
    expect(placeLabels([{ date, row: 'a' }], min, max)).toEqual([{ position: 'top', align }]);
  });

  it.each([
    [
      'alternates sides for close points on one row',
      [
        { date: '2023-05', row: 'a' },
        { date: '2023-05-28', row: 'a' },
        { date: '2023-06', row: 'a' },
      ],
      ['top', 'bottom', 'top'],
    ],
    [
      'keeps labels on top for close points on different rows',
      [
        { date: '2023-05', row: 'a' },
        { date: '2023-05-28', row: 'b' },
      ],
      ['top', 'top'],
    ],
    [
      'keeps labels on top for distant points on one row',
      [
        { date: '2020-07', row: 'a' },
        { date: '2023-10-16', row: 'a' },
      ],
      ['top', 'top'],
    ],
    [
      'alternates by date, not by input order',
      [
        { date: '2023-05-28', row: 'a' },
        { date: '2023-05', row: 'a' },
      ],
      ['bottom', 'top'],
    ],
  ])('%s', (_name, input, positions) => {
    expect(placeLabels(input, min, max).map((p) => p.position)).toEqual(positions);
  });
});
