import { buildTimelineOption, isoDateToUtc, type TimelinePoint } from './timeline';

describe('isoDateToUtc', () => {
  it.each([
    ['2020-07', Date.UTC(2020, 6, 1)],
    ['2023-10-16', Date.UTC(2023, 9, 16)],
    ['2023', Date.UTC(2023, 0, 1)],
  ])('places %s at the start of what it can mean', (date, expected) => {
    expect(isoDateToUtc(date)).toBe(expected);
  });
});

describe('buildTimelineOption', () => {
  const points: TimelinePoint[] = [
    {
      id: 'culture-centre',
      date: '2020-07',
      row: '市审计局',
      label: '审计文化中心建成',
      tooltipLines: ['2020年7月，市审计局统筹建设了审计文化中心'],
    },
  ];
  const option = buildTimelineOption(points, {
    rows: ['市审计局', '杜郎口镇'],
    formatDate: (date) => date.replace('-', '年') + '月',
  });
  const [series] = option.series as Array<{
    data: unknown[];
    label: { formatter: (p: unknown) => string };
  }>;

  it('puts each point at its date on its department row', () => {
    expect(series?.data).toEqual([
      { id: 'culture-centre', value: [Date.UTC(2020, 6, 1), '市审计局'] },
    ]);
    expect(option.yAxis).toEqual(expect.objectContaining({ data: ['市审计局', '杜郎口镇'] }));
  });

  it('labels points with their date as printed and a short title', () => {
    expect(series?.label.formatter({ dataIndex: 0 })).toBe('2020年07月 审计文化中心建成');
  });

  it('reads dates in UTC so no time zone moves a day', () => {
    expect(option.useUTC).toBe(true);
  });
});
