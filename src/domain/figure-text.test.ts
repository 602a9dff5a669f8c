import { sampleVocabulary } from '../test/sample-dataset.ts';
import type { Figure } from './dataset-schema.ts';
import { figureValueText, printedValueText } from './figure-text.ts';
import { vocabularyNames } from './vocabulary.ts';

const names = vocabularyNames(sampleVocabulary);

function figure(
  quote: string,
  value: number,
  unit: Figure['unit'],
  qualifier: Figure['qualifier'],
  valueMax?: number,
) {
  return { quote, value, unit, qualifier, ...(valueMax === undefined ? {} : { valueMax }) };
}

describe('printedValueText', () => {
  it.each([
    [figure('服务 49 万余人次', 490000, '人次', 'atLeast'), '49万余人次'],
    [figure('年交易额可达7000余万元', 70000000, '元', 'atLeast'), '7000余万元'],
    [figure('签约 343.76 万人', 3437600, '人', 'exact'), '343.76万人'],
    [figure('服务 11.2\n万余人次', 112000, '人次', 'atLeast'), '11.2万余人次'],
    [figure('推广５项机制', 5, '项', 'exact'), '5项'],
    [figure('社区 5525 个，签约 343.76 万人', 3437600, '人', 'exact'), '343.76万人'],
    [figure('参保率达98.6%', 98.6, '%', 'exact'), '98.6%'],
    [figure('同比提高1.2个百分点', 1.2, '百分点', 'exact'), '1.2个百分点'],
    [figure('受理投诉不足500件', 500, '件', 'atMost'), '不足500件'],
    [figure('服务群众超2万人', 20000, '人', 'atLeast'), '超2万人'],
    [figure('开展义诊约3500场次', 3500, '场次', 'approx'), '约3500场次'],
    [figure('每村10—20人', 10, '人', 'range', 20), '10—20人'],
  ])('reads %j as %s', (input, expected) => {
    expect(printedValueText(input)).toBe(expected);
  });

  it.each([
    ['Chinese numerals', figure('“七型机关”', 7, '型', 'exact')],
    ['a range in Chinese numerals', figure('新建卫生室七八个', 7, '个', 'range', 8)],
    ['a unit the quote does not print', figure('四大功能区', 4, '个', 'exact')],
    ['a value the quote does not state', figure('签约 343.76 万人', 3437000, '人', 'exact')],
    ['another upper end', figure('每村10—20人', 10, '人', 'range', 30)],
  ])('gives up on %s', (_case, input) => {
    expect(printedValueText(input)).toBeNull();
  });
});

describe('figureValueText', () => {
  const reach = figure('服务 49 万余人次', 490000, '人次', 'atLeast');

  it('shows the printed form in Chinese', () => {
    expect(figureValueText(reach, 'zh', names)).toBe('49万余人次');
  });

  it('formats in English', () => {
    expect(figureValueText(reach, 'en', names)).toBe('490,000+ person-times');
  });

  it.each([
    [figure('“七型机关”', 7, '型', 'exact'), '7型', '7 types'],
    [figure('新建卫生室七八个', 7, '个', 'range', 8), '7–8个', '7–8 units'],
    [
      figure('惠及三四十万人', 300000, '人', 'range', 400000),
      '30万–40万人',
      '300,000–400,000 people',
    ],
    [figure('达到百分之百', 100, '%', 'exact'), '100%', '100%'],
  ])('formats Chinese numerals with Arabic digits: %j', (input, zh, en) => {
    expect(figureValueText(input, 'zh', names)).toBe(zh);
    expect(figureValueText(input, 'en', names)).toBe(en);
  });
});
