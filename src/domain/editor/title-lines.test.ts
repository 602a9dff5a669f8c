import health from '../../../data/sources/health-party-brands.txt?raw';
import { titleLines } from './title-lines.ts';

describe('titleLines', () => {
  it('offers the headline, the subheadline and the section heads of the seed article', () => {
    expect(titleLines(health)).toEqual([
      '学思想强党性 凸显机关政治性',
      '抓履职办实事 发挥行业公益性',
      '创品牌促发展 提升服务普惠性',
      '医心向党 守护健康',
      '——市卫生健康委党建品牌建设综述',
    ]);
  });

  it('leaves out body text, bylines and lines that end a sentence', () => {
    const text = '■ 本报记者 苑莘\n\n标题在这里\n\n正文第一行，\n正文第二行。\n\n短句结束。\n';
    expect(titleLines(text)).toEqual(['标题在这里']);
  });

  it('offers nothing for an empty text or one long paragraph', () => {
    expect(titleLines('')).toEqual([]);
    expect(titleLines('这是一段很长的正文'.repeat(10))).toEqual([]);
  });
});
