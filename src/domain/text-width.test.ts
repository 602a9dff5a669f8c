import { textWidthEm } from './text-width.ts';

describe('textWidthEm', () => {
  it.each([
    ['49万余人次', 2 * 0.6 + 4],
    ['7000余万元', 4 * 0.6 + 3],
    ['343.76', 5 * 0.6 + 0.32],
    ['', 0],
  ])('measures %j as %d em', (text, width) => {
    expect(textWidthEm(text)).toBeCloseTo(width);
  });

  it('measures Chinese wider than the same number of digits', () => {
    expect(textWidthEm('万人次')).toBeGreaterThan(textWidthEm('123'));
  });
});
