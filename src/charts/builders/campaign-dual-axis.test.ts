import { buildCampaignOption, type CampaignRow } from './campaign-dual-axis.ts';

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
  sessionsName: '活动次数',
  reachName: '服务人次',
  sessionsAxisName: '场次 / 次',
  reachAxisName: '人次',
  formatAxisValue: String,
  renderTooltip: (lines) => lines.join('\n'),
});
type Series = {
  type: string;
  yAxisIndex: number;
  data: Array<Record<string, unknown>>;
  label: { formatter: (p: unknown) => string };
};
const [bars, points] = option.series as [Series, Series];

describe('buildCampaignOption', () => {
  it('puts sessions on the left axis as bars and person-times on the right as points', () => {
    expect([bars.type, bars.yAxisIndex, points.type, points.yAxisIndex]).toEqual([
      'bar',
      0,
      'scatter',
      1,
    ]);
    expect(option.yAxis).toEqual([
      expect.objectContaining({ name: '场次 / 次' }),
      expect.objectContaining({ name: '人次' }),
    ]);
  });

  it('leaves a gap where a campaign printed no person-times', () => {
    expect(points.data[1]).toEqual({ value: '-' });
  });

  it('hatches lower-bound bars and draws lower-bound points hollow', () => {
    expect(bars.data[0]?.itemStyle).toEqual(expect.objectContaining({ borderType: 'dashed' }));
    expect(bars.data[1]?.itemStyle).toEqual({});
    expect(points.data[0]).toEqual({ value: 490000, symbol: 'emptyCircle' });
  });

  it('labels with the printed text', () => {
    expect(bars.label.formatter({ dataIndex: 0 })).toBe('3500余场次');
    expect(points.label.formatter({ dataIndex: 0 })).toBe('49万余人次');
    expect(points.label.formatter({ dataIndex: 1 })).toBe('');
  });

  it('hands the hovered campaign’s lines to the text renderer', () => {
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter([{ dataIndex: 1 }])).toBe('送职业健康知识 "五进"');
  });
});
