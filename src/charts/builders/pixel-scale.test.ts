import { buildCampaignOption } from './campaign-bars.ts';
import { buildCountBarOption } from './count-bar.ts';
import { buildFigureBarOption } from './figure-bar.ts';
import { pixelScale } from './pixel-scale.ts';

describe('pixelScale', () => {
  it.each([
    [14, 180, 180],
    [10, 180, 180],
    [24, 180, 309],
    [48, 32, 110],
  ])('at %i px labels makes %i px into %i px', (fontSize, px, expected) => {
    expect(pixelScale(fontSize)(px)).toBe(expected);
  });
});

describe('builders at presentation sizes', () => {
  const tooltip = (lines: readonly string[]) => lines.join('\n');

  it('gives figure-bar labels and bars room in step with 48 px text', () => {
    const option = buildFigureBarOption(
      [
        {
          id: 'a',
          label: '获评“山东好人”的干部',
          value: 5,
          qualifier: 'exact',
          valueText: '5名',
          tooltipLines: [],
          colour: '#d',
        },
      ],
      {
        axisName: '名',
        logScale: false,
        seriesNames: {
          exact: '确数',
          atLeast: '下限',
          atMost: '上限',
          approx: '约数',
          range: '区间',
        },
        markColour: '#m',
        formatAxisValue: String,
        renderTooltip: tooltip,
        fontSize: 48,
      },
    );
    // The label's own width at 48 px (10.16 em), within the limit that scales with the text.
    expect(option.yAxis).toEqual(
      expect.objectContaining({ axisLabel: expect.objectContaining({ width: 492 }) }),
    );
    expect((option.series as Array<{ barMaxWidth: number }>)[0]?.barMaxWidth).toBe(110);
  });

  it('keeps the desk count chart as it was', () => {
    const option = buildCountBarOption(
      [{ id: 'c', label: '会议' }],
      [{ id: 'd', name: '审计局', counts: [1], colour: '#d' }],
      {
        axisName: '个数',
      },
    );
    expect(option.grid).toEqual({
      outerBoundsMode: 'same',
      left: 8,
      right: 24,
      top: 40,
      bottom: 32,
    });
    expect(option.legend).toEqual(
      expect.objectContaining({ itemWidth: 25, itemHeight: 14, itemGap: 10 }),
    );
  });

  it('widens the campaign labels with the text', () => {
    const option = buildCampaignOption(
      [
        {
          id: 'a',
          label: '送卫生应急急救知识活动',
          sessions: { value: 1, qualifier: 'exact', text: '1次' },
          reach: { value: 2, qualifier: 'exact', text: '2人次' },
          tooltipLines: [],
        },
      ],
      {
        sessionsTitle: '活动次数',
        reachTitle: '服务人次',
        colour: '#d',
        missingText: '—',
        renderTooltip: tooltip,
        fontSize: 28,
      },
    );
    // 11 characters at 28 px: 312 px, within the limit (170 px scaled to 28 px text: 340).
    expect(option.yAxis).toEqual([
      expect.objectContaining({ axisLabel: expect.objectContaining({ width: 312 }) }),
      expect.objectContaining({ axisLabel: expect.objectContaining({ width: 312 }) }),
    ]);
  });
});
