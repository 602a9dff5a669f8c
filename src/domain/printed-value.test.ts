import { quotedFigure } from '../test/make-figure.ts';
import { printedValue } from './printed-value.ts';

const figure = quotedFigure;

describe('printedValue', () => {
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
    expect(printedValue(input)).toBe(expected);
  });

  it.each([
    ['Chinese numerals', figure('“七型机关”', 7, '型', 'exact')],
    ['a range in Chinese numerals', figure('新建卫生室七八个', 7, '个', 'range', 8)],
    ['a unit the quote does not print', figure('四大功能区', 4, '个', 'exact')],
    ['a value the quote does not state', figure('签约 343.76 万人', 3437000, '人', 'exact')],
    ['another upper end', figure('每村10—20人', 10, '人', 'range', 30)],
  ])('gives up on %s', (_case, input) => {
    expect(printedValue(input)).toBeNull();
  });
});
