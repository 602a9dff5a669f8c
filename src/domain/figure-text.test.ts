import { quotedFigure } from '../test/make-figure.ts';
import { sampleVocabulary } from '../test/sample-dataset.ts';
import { figureValueText, printedNumbers } from './figure-text.ts';
import { printedValue } from './printed-value.ts';
import { vocabularyNames } from './vocabulary.ts';

const names = vocabularyNames(sampleVocabulary);

const figure = quotedFigure;

describe('figureValueText', () => {
  const read = (f: ReturnType<typeof figure>) => ({ ...f, printed: printedValue(f) ?? undefined });
  const reach = read(figure('服务 49 万余人次', 490000, '人次', 'atLeast'));

  it('shows the printed form in Chinese, as the build read it from the quote', () => {
    expect(figureValueText(reach, 'zh', names)).toBe('49万余人次');
  });

  it('formats where no printed form came with the figure (a preview of another file)', () => {
    expect(figureValueText({ ...reach, printed: undefined }, 'zh', names)).toBe('49余万人次');
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
    expect(figureValueText(read(input), 'zh', names)).toBe(zh);
    expect(figureValueText(input, 'en', names)).toBe(en);
  });
});

describe('printedNumbers', () => {
  it.each([
    ['343.76万人', [3437600]],
    ['7000余万元', [70000000]],
    ['49万余人次', [490000]],
    ['11.2万余人次', [112000]],
    ['10—20人', [10, 20]],
    ['1,200人', [1200]],
    ['约3500场次', [3500]],
    ['98.6%', [98.6]],
  ])('reads %s as %j', (printed, numbers) => {
    expect(printedNumbers(printed)).toEqual(numbers);
  });
});

describe('a printed form that states another number', () => {
  it('is not shown: the value is written instead', () => {
    const edited = { value: 1e15, unit: '人', qualifier: 'exact' as const, printed: '343.76万人' };
    expect(figureValueText(edited, 'zh', names)).toBe('1000万亿人');
  });
});
