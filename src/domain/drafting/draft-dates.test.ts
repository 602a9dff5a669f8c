import { normalizeText } from '../source-text.ts';
import { articleYear, sentenceDate } from './draft-dates.ts';

const PAGE = { year: 2023, source: "the page's year" };

describe('articleYear', () => {
  it.each([
    ['医心向党。2023年，全市卫生健康系统', undefined, 2023],
    ['2020年7月，市审计局建设了中心。2022年以来', undefined, 2022],
    ['10月16日，杜郎口镇', undefined, null],
    ['10月16日，杜郎口镇', 2023, 2023],
    ['2020年7月', 2024, 2024],
  ])('finds the year of %j (page year %s): %s', (text, page, year) => {
    expect(articleYear(normalizeText(text).text, page)?.year ?? null).toBe(year);
  });

  it('says where the year comes from', () => {
    expect(articleYear('2020年7月，市审计局')).toEqual({
      year: 2020,
      source: 'the latest year the article prints (2020年7月)',
    });
  });
});

describe('sentenceDate', () => {
  const date = (sentence: string, numeral: string, year = PAGE) =>
    sentenceDate(sentence, sentence.indexOf(numeral), year);

  it.each([
    ['2020年7月，市审计局建设了1个中心', '1个', { date: '2020-07', dateBasis: 'printed' }],
    ['2023年10月16日，100余人宣誓', '100', { date: '2023-10-16', dateBasis: 'printed' }],
    [
      '10月16日，机关党员干部100余人',
      '100',
      {
        date: '2023-10-16',
        dateBasis: 'inferred',
        dateNote: "The page prints 10月16日 without a year; the year is 2023: the page's year.",
      },
    ],
    [
      '今年5月，开展活动7场次',
      '7',
      {
        date: '2023-05',
        dateBasis: 'inferred',
        dateNote:
          "The page prints 今年5月 without a year; the year is 今年 (2023), as the year is 2023: the page's year.",
      },
    ],
    [
      '今年5月以来，建立5项机制',
      '5项',
      {
        date: '2023',
        dateBasis: 'inferred',
        dateNote: "The sentence prints no date; 2023 is the page's year.",
      },
    ],
    [
      '开展活动7559次',
      '7559',
      {
        date: '2023',
        dateBasis: 'inferred',
        dateNote: "The sentence prints no date; 2023 is the page's year.",
      },
    ],
  ])('dates the figure of %j at %s', (sentence, numeral, expected) => {
    expect(date(sentence, numeral)).toMatchObject(expected);
  });

  it('takes the date nearest before the figure, or the first after it', () => {
    expect(date('2020年7月建成，2022年3月扩建了5个', '5个')?.date).toBe('2022-03');
    expect(date('100余人于2023年10月16日宣誓', '100')?.date).toBe('2023-10-16');
  });

  it('has no date to give when neither the sentence nor the article has a year', () => {
    expect(sentenceDate('开展活动7559次', 4, null)).toBeNull();
    expect(sentenceDate('10月16日，100余人', 8, null)).toBeNull();
  });
});
