import { chartFontSize, stageGeometry, type StageGeometry } from './present-stage.ts';

describe('stageGeometry', () => {
  it.each<[string, number, number, boolean, StageGeometry]>([
    ['1080p exactly', 1920, 1080, false, { scale: 1, width: 1920, height: 1080, left: 0, top: 0 }],
    [
      '4K at twice the size',
      3840,
      2160,
      false,
      { scale: 2, width: 3840, height: 2160, left: 0, top: 0 },
    ],
    [
      'a 1366×768 laptop, a hair wider than 16:9',
      1366,
      768,
      false,
      { scale: 768 / 1080, width: 1365, height: 768, left: 0, top: 0 },
    ],
    [
      'an ultra-wide screen with bars left and right',
      3440,
      1440,
      false,
      { scale: 1440 / 1080, width: 2560, height: 1440, left: 440, top: 0 },
    ],
    [
      'a 4:3 projector with bars above and below',
      1024,
      768,
      false,
      { scale: 1024 / 1920, width: 1024, height: 576, left: 0, top: 96 },
    ],
    [
      'an ultra-wide screen stretched',
      3440,
      1440,
      true,
      { scale: 1440 / 1080, width: 3440, height: 1440, left: 0, top: 0 },
    ],
  ])('fits %s', (_name, width, height, stretch, expected) => {
    expect(stageGeometry(width, height, stretch)).toEqual(expected);
  });

  it('never makes the stage larger than the window', () => {
    for (let width = 300; width <= 4000; width += 37) {
      for (let height = 200; height <= 2400; height += 53) {
        const stage = stageGeometry(width, height);
        expect(stage.left + stage.width).toBeLessThanOrEqual(width);
        expect(stage.top + stage.height).toBeLessThanOrEqual(height);
        expect(Math.abs(stage.width / stage.height - 16 / 9)).toBeLessThan(0.01);
      }
    }
  });
});

describe('chartFontSize', () => {
  it.each([
    [1, 24],
    [2, 48],
    [768 / 1080, 18],
    [0.1, 10],
  ])('gives labels at scale %f %i px', (scale, expected) => {
    expect(chartFontSize(scale)).toBe(expected);
  });
});
