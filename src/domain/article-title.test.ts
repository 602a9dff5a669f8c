import { articleOpening } from './article-title.ts';

describe('articleOpening', () => {
  it.each([
    [
      '■ 本报记者 苑莘\n\n“我们的党群服务中心能够为全镇党员群众、50余家\n木材加工企业',
      [{ role: '本报记者', names: ['苑莘'] }],
      '我们的党群服务中心能够为全镇…',
    ],
    [
      '10月16日，茌平区杜郎口镇机关党员干部100余人在茌平区党员廉政教育\n基地',
      [],
      '10月16日，茌平区杜郎口镇…',
    ],
    ['短文。', [], '短文。'],
  ])('opens %j with its first words', (text, bylines, opening) => {
    expect(articleOpening({ text, bylines })).toBe(opening);
  });
});
