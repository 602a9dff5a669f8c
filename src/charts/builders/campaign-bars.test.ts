import { buildCampaignOption, type CampaignRow } from './campaign-bars.ts';

const rows: CampaignRow[] = [
  {
    id: 'disease-prevention',
    label: '送疾病预防控制知识',
    sessions: { value: 3500, qualifier: 'atLeast', text: '3500余场次' },
    reach: { value: 490000, qualifier: 'atLeast', text: '49万余人次' },
    tooltipLines: ['送疾病预防控制知识'],
  },
  {
    id: 'occupational-health',
    label: '送职业健康知识',
    sessions: { value: 2050, qualifier: 'exact', text: '2050次' },
    reach: null,
    tooltipLines: ['送职业健康知识 "五进"'],
  },
];

const option = buildCampaignOption(rows, {
  sessionsTitle: '活动场次（场次 / 次）',
  reachTitle: '服务人次（人次）',
  colour: '#health',
  missingText: '原文未报道',
  renderTooltip: (lines) => lines.join('\n'),
});
type Series = {
  type: string;
  xAxisIndex: number;
  yAxisIndex: number;
  itemStyle: { color: string };
  data: Array<Record<string, unknown>>;
  label: { formatter: (p: unknown) => string };
};
const [sessions, reach] = option.series as [Series, Series];

describe('buildCampaignOption', () => {
  it('draws sessions and person-times as two blocks of bars with axes of their own', () => {
    expect([sessions.type, sessions.xAxisIndex, reach.type, reach.xAxisIndex]).toEqual([
      'bar',
      0,
      'bar',
      1,
    ]);
    expect(option.grid).toHaveLength(2);
    expect(option.yAxis).toEqual([
      expect.objectContaining({ gridIndex: 0, name: '活动场次（场次 / 次）' }),
      expect.objectContaining({ gridIndex: 1, name: '服务人次（人次）' }),
    ]);
  });

  it('puts the campaigns on the same rows of both blocks', () => {
    const [top, bottom] = option.yAxis as Array<{ data: string[] }>;
    expect(top?.data).toEqual(['送疾病预防控制知识', '送职业健康知识']);
    expect(bottom?.data).toEqual(top?.data);
  });

  it('paints both in the department colour', () => {
    expect([sessions.itemStyle.color, reach.itemStyle.color]).toEqual(['#health', '#health']);
  });

  it('says so where a campaign printed no person-times, instead of drawing a zero', () => {
    expect(reach.data[1]).toEqual({ value: 0, itemStyle: { color: 'transparent' }, missing: true });
    expect(reach.label.formatter({ dataIndex: 1 })).toBe('原文未报道');
  });

  it('hatches lower bounds', () => {
    expect(sessions.data[0]?.itemStyle).toEqual(expect.objectContaining({ borderType: 'dashed' }));
    expect(sessions.data[1]?.itemStyle).toEqual({});
    expect(reach.data[0]?.itemStyle).toEqual(expect.objectContaining({ borderType: 'dashed' }));
  });

  it('labels each bar with the printed text', () => {
    expect(sessions.label.formatter({ dataIndex: 0 })).toBe('3500余场次');
    expect(reach.label.formatter({ dataIndex: 0 })).toBe('49万余人次');
  });

  it('keeps room right of the bars for the longest label', () => {
    const [grid] = option.grid as Array<{ right: number }>;
    expect(grid?.right).toBeGreaterThanOrEqual(Math.ceil(14 * 0.75 * 6));
  });

  it('wraps long campaign names instead of cutting them', () => {
    expect(option.yAxis).toEqual([
      expect.objectContaining({ axisLabel: expect.objectContaining({ overflow: 'break' }) }),
      expect.objectContaining({ axisLabel: expect.objectContaining({ overflow: 'break' }) }),
    ]);
  });

  it('hands the tooltip lines of the hovered campaign to the text renderer', () => {
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter({ dataIndex: 1 })).toBe('送职业健康知识 "五进"');
  });
});

describe('a campaign chart under a filter', () => {
  it('writes what the panel says for a value the filter left out, and drops an empty block', () => {
    const filtered = buildCampaignOption(
      [
        { ...rows[0]!, reach: null, missing: { reach: '不在当前筛选内' } },
        { ...rows[1]!, reach: null, missing: { reach: '不在当前筛选内' } },
      ],
      {
        sessionsTitle: '活动场次',
        reachTitle: '服务人次',
        colour: '#c',
        missingText: '原文未报道',
        renderTooltip: (lines) => lines.join('\n'),
      },
    );
    expect(filtered.series).toHaveLength(1);
    expect(filtered.grid).toHaveLength(1);
  });

  it('says 原文未报道 only where nothing else is known', () => {
    const partly = buildCampaignOption(
      [rows[0]!, { ...rows[1]!, missing: { reach: '不在当前筛选内' } }],
      {
        sessionsTitle: '活动场次',
        reachTitle: '服务人次',
        colour: '#c',
        missingText: '原文未报道',
        renderTooltip: (lines) => lines.join('\n'),
      },
    );
    const [, reachSeries] = partly.series as Array<{
      label: { formatter: (p: unknown) => string };
    }>;
    expect(reachSeries?.label.formatter({ dataIndex: 1 })).toBe('不在当前筛选内');
  });
});
