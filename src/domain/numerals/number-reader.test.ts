import { parseChineseNumber, readNumberCore } from './number-reader.ts';

const noUnits = () => false;

describe('parseChineseNumber', () => {
  it.each([
    // 零 and places skipped
    ['一千零十', 1010],
    ['一千零一十', 1010],
    ['十万零一千', 101000],
    ['一亿零一', 100000001],
    ['五十万亿零三千一百万零二十四', 50000031000024],
    // colloquial endings
    ['三万五', 35000],
    ['两千六', 2600],
    ['一百二', 120],
    ['一万二', 12000],
    ['一亿五', 150000000],
    // Arabic digits in the Chinese grammar
    ['3万5千', 35000],
    ['8千3百', 8300],
    ['8千3', 8300],
    ['1万2千', 12000],
    ['3万5000', 35000],
    ['100万三千', 1003000],
    ['8千4百万', 84000000],
    // decimals
    ['343.76万', 3437600],
    ['1.2亿', 120000000],
    ['1.2万亿', 1200000000000],
    ['三十五点五', 35.5],
    ['三点五万', 35000],
    ['零点零一', 0.01],
    // digit grouping: an ASCII comma before exactly three digits
    ['1,200', 1200],
    ['12,900', 12900],
    ['1,234,567', 1234567],
    ['1,2', null],
    ['3，500', null],
    ['1234,567', null],
    // traditional forms
    ['二萬五', 25000],
    ['一百六十八萬五千兩百四十五', 1685245],
    ['十億', 1000000000],
  ])('reads %s as %s', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it.each([
    ['十十', 'two tens'],
    ['一百零五十', 'a zero where no place is skipped'],
    ['零万', 'zero before a scale'],
    ['七八', 'a range, not one number'],
    ['10.1万零100', 'a decimal followed by more digits'],
    ['十点', 'a point with no digits after it'],
    ['九点五十', 'a time (9:50), not 9.5 and 十'],
    ['一亿亿', 'beyond the integers a double holds exactly'],
    ['壹佰', 'financial capitals are not read'],
    ['', 'nothing'],
  ])('refuses %s (%s)', (text) => {
    expect(parseChineseNumber(text)).toBeNull();
  });
});

describe('readNumberCore', () => {
  it.each([
    ['七八个', 7, 8],
    ['三四十万人', 300000, 400000],
    ['十五六岁', 15, 16],
    ['一两个', 1, 2],
    ['两三天', 2, 3],
    ['一千二三百', 1200, 1300],
    ['一百二三', 120, 130],
    ['三五个', 3, 5],
    ['三五百人', 300, 500],
    ['七八成', 7, 8],
  ])('reads neighbouring digits in %s as a range %d to %d', (text, value, valueMax) => {
    expect(readNumberCore(text, 0, noUnits)).toMatchObject({ value, valueMax });
  });

  it('reads a run of bare digits digit by digit, not as a range (二〇二三)', () => {
    const core = readNumberCore('二〇二三年', 0, noUnits);
    expect(core).toMatchObject({ value: 2023, digitByDigit: true, end: 4 });
    expect(core?.valueMax).toBeUndefined();
  });

  it('reads 余 and 多 inside the number, before the scale (七千余万, 两千多万)', () => {
    expect(readNumberCore('七千余万元', 0, noUnits)).toMatchObject({
      value: 70000000,
      moreWord: '余',
      digitsEnd: 2,
      end: 4,
    });
    expect(readNumberCore('两千多万元', 0, noUnits)).toMatchObject({
      value: 20000000,
      moreWord: '多',
    });
  });

  it('stops before a unit that starts with a place (500千伏, 120万千瓦)', () => {
    const unitAt = (text: string, i: number) =>
      text.startsWith('千伏', i) || text.startsWith('千瓦', i);
    expect(readNumberCore('500千伏', 0, unitAt)).toMatchObject({ value: 500, end: 3 });
    expect(readNumberCore('120万千瓦', 0, unitAt)).toMatchObject({ value: 1200000, end: 4 });
    expect(readNumberCore('5千万', 0, unitAt)).toMatchObject({ value: 50000000, end: 3 });
  });

  it('joins the parts across the spaces a page sets (343.76 万, 12900 余人) but not digits (3 500)', () => {
    expect(readNumberCore('343.76 万', 0, noUnits)).toMatchObject({ value: 3437600, end: 8 });
    expect(readNumberCore('5 余 万', 0, noUnits)).toMatchObject({ value: 50000, moreWord: '余' });
    expect(readNumberCore('3 500', 0, noUnits)).toMatchObject({ value: 3, end: 1 });
  });

  it.each([
    ['343.76万', 'arabic'],
    ['5千万', 'arabic'],
    ['1,200', 'arabic'],
    ['三十五', 'chinese'],
    ['3万5千', 'mixed'],
    ['100万三千', 'mixed'],
  ])('names the script of %s %s', (text, script) => {
    expect(readNumberCore(text, 0, noUnits)?.script).toBe(script);
  });
});
