import type { Figure } from './dataset-schema.ts';
import { figureValueText, printedValueText } from './figure-text.ts';

function figure(
  quote: string,
  value: number,
  unit: Figure['unit'],
  qualifier: Figure['qualifier'],
) {
  return { quote, value, unit, qualifier };
}

describe('printedValueText', () => {
  it.each([
    [figure('服务 49 万余人次', 490000, '人次', 'atLeast'), '49万余人次'],
    [figure('年交易额可达7000余万元', 70000000, '元', 'atLeast'), '7000余万元'],
    [figure('签约 343.76 万人', 3437600, '人', 'exact'), '343.76万人'],
    [figure('服务 11.2\n万余人次', 112000, '人次', 'atLeast'), '11.2万余人次'],
    [figure('推广５项机制', 5, '项', 'exact'), '5项'],
    [figure('社区 5525 个，签约 343.76 万人', 3437600, '人', 'exact'), '343.76万人'],
  ])('reads %j as %s', (input, expected) => {
    expect(printedValueText(input)).toBe(expected);
  });

  it.each([
    ['Chinese numerals', figure('“七型机关”', 7, '型', 'exact')],
    ['a unit the quote does not print', figure('四大功能区', 4, '个', 'exact')],
    ['a value the quote does not state', figure('签约 343.76 万人', 3437000, '人', 'exact')],
  ])('gives up on %s', (_case, input) => {
    expect(printedValueText(input)).toBeNull();
  });
});

describe('figureValueText', () => {
  const reach = figure('服务 49 万余人次', 490000, '人次', 'atLeast');

  it('shows the printed form in Chinese', () => {
    expect(figureValueText(reach, 'zh')).toBe('49万余人次');
  });

  it('formats in English', () => {
    expect(figureValueText(reach, 'en')).toBe('490,000+ person-times');
  });

  it('formats Chinese numerals with Arabic digits', () => {
    expect(figureValueText(figure('“七型机关”', 7, '型', 'exact'), 'zh')).toBe('7型');
  });
});
