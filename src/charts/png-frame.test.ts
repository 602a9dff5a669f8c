import { FRAME_MARGIN, layoutFrame, wrapText } from './png-frame.ts';

// Every character 10 px wide at any size: enough to test the layout.
const measure = (text: string) => [...text].length * 10;

describe('wrapText', () => {
  it('breaks text where the next character would not fit', () => {
    expect(wrapText('来源：市卫生健康委党建品牌建设综述', 60, measure)).toEqual([
      '来源：市卫生',
      '健康委党建品',
      '牌建设综述',
    ]);
  });

  it('breaks English between words, and a word too long for the line where it must', () => {
    const latin = (text: string) => text.length * 10;
    expect(wrapText('Reports: Devoted to the Party', 100, latin)).toEqual([
      'Reports:',
      'Devoted to',
      'the Party',
    ]);
    expect(wrapText('Supercalifragilistic', 100, latin)).toEqual(['Supercalif', 'ragilistic']);
  });

  it('keeps short text on one line', () => {
    expect(wrapText('资金（元）', 200, measure)).toEqual(['资金（元）']);
  });
});

describe('layoutFrame', () => {
  const layout = layoutFrame(
    {
      title: '资金（元）',
      subtitle: '筛选：大王寨镇 · 2023',
      footer: '聊城新闻数据看板 · 报道：原版面未印标题 · 数据截至 2023年10月16日',
    },
    400,
    200,
    measure,
  );

  it('writes the title, the filters and the source line, in that order around the chart', () => {
    expect(layout.lines.map((line) => line.text).join('|')).toBe(
      '资金（元）|筛选：大王寨镇 · 2023|聊城新闻数据看板 · 报道：原版面未印标题 · 数据截至 2023年10月16日',
    );
    const [title, subtitle, footer] = layout.lines;
    expect(title?.y).toBeLessThan(subtitle?.y ?? 0);
    expect(subtitle?.y).toBeLessThan(layout.chart.y);
    expect(footer?.y).toBeGreaterThan(layout.chart.y + layout.chart.height);
  });

  it('leaves a margin on every side, so axis labels are not flush with the edge', () => {
    expect(layout.chart.x).toBe(FRAME_MARGIN);
    expect(layout.width).toBe(400 + 2 * FRAME_MARGIN);
    const last = layout.lines.at(-1)!;
    expect(layout.height - (last.y + last.size)).toBeGreaterThanOrEqual(FRAME_MARGIN - 4);
  });

  it('wraps a long source line instead of cutting it', () => {
    const narrow = layoutFrame(
      { title: 't', subtitle: '', footer: 'x'.repeat(100) },
      200,
      100,
      measure,
    );
    expect(narrow.lines.filter((line) => line.tone === 'muted')).toHaveLength(5);
  });
});
