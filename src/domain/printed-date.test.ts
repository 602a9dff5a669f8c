import { checkRecordDate, findPrintedDates, printedIso } from './printed-date.ts';

describe('findPrintedDates', () => {
  it.each([
    ['2020年7月，市审计局统筹建设了', '2020-07', '2020年7月'],
    ['10月16日，莘县大王寨镇', '????-10-16', '10月16日'],
    ['今年5月以来，全市', '????-05', '今年5月'],
    ['在5月28日被央视', '????-05-28', '5月28日'],
    ['2023年，全市卫生健康系统', '2023', '2023年'],
    ['2023年10月16日上午', '2023-10-16', '2023年10月16日'],
  ])('reads the date in %j as %s', (text, iso, printed) => {
    const [date] = findPrintedDates(text);
    expect(date && printedIso(date)).toBe(iso);
    expect(date?.text).toBe(printed);
  });

  it.each(['开展活动7559次', '13月5日', '共计12个村庄', '1179次'])(
    'finds no date in %j',
    (text) => {
      expect(findPrintedDates(text)).toEqual([]);
    },
  );
});

describe('checkRecordDate', () => {
  const [october16] = findPrintedDates('10月16日');
  const [july2020] = findPrintedDates('2020年7月');

  it.each([
    ['a printed date that agrees', { date: '2020-07', dateBasis: 'printed' }, july2020, []],
    [
      'an inferred year with its note',
      { date: '2023-10-16', dateBasis: 'inferred', dateNote: '2023 is the year of the page' },
      october16,
      [],
    ],
    [
      'no printed date, inferred with a note',
      { date: '2023', dateBasis: 'inferred', dateNote: '截至目前: the article says 2023年' },
      null,
      [],
    ],
  ] as const)('accepts %s', (_name, record, printed, problems) => {
    expect(checkRecordDate(record, printed ?? null)).toEqual(problems);
  });

  it.each([
    [
      'a different day',
      { date: '2023-10-15', dateBasis: 'inferred', dateNote: 'page of 2023' },
      october16,
      [
        {
          field: 'date',
          message:
            'date 2023-10-15 disagrees with the quote: the quote prints 10月16日 (????-10-16)',
        },
      ],
    ],
    [
      'a date less precise than printed',
      { date: '2020', dateBasis: 'printed' },
      july2020,
      [
        {
          field: 'date',
          message: 'date 2020 is less precise than the quote: the quote prints 2020年7月 (2020-07)',
        },
      ],
    ],
    [
      'an unprinted year called printed',
      { date: '2023-10-16', dateBasis: 'printed' },
      october16,
      [
        {
          field: 'dateBasis',
          message:
            "the quote prints 10月16日 (????-10-16), not the whole date 2023-10-16: dateBasis must be 'inferred', with a dateNote saying where the rest comes from",
        },
      ],
    ],
    [
      'a printed date called inferred',
      { date: '2020-07', dateBasis: 'inferred', dateNote: 'n' },
      july2020,
      [
        {
          field: 'dateBasis',
          message:
            "the quote prints 2020年7月 (2020-07), the whole date: dateBasis should be 'printed'",
        },
      ],
    ],
    [
      'no date in the quote but called printed',
      { date: '2023', dateBasis: 'printed' },
      null,
      [
        {
          field: 'dateBasis',
          message:
            "the quote prints no date (such as 2020年7月 or 10月16日): dateBasis must be 'inferred', with a dateNote saying where the date comes from",
        },
      ],
    ],
    [
      'an inferred year its note does not name',
      { date: '2022-10-16', dateBasis: 'inferred', dateNote: '2023 is the year of the page' },
      october16,
      [
        {
          field: 'dateNote',
          message: 'the year 2022 is not printed: say in dateNote where 2022 comes from',
        },
      ],
    ],
    [
      'an inferred date without its note',
      { date: '2023', dateBasis: 'inferred' },
      null,
      [
        {
          field: 'dateNote',
          message:
            "dateBasis is 'inferred': say in dateNote where the unprinted part of the date comes from",
        },
      ],
    ],
  ] as const)('reports %s', (_name, record, printed, problems) => {
    expect(checkRecordDate(record, printed ?? null)).toEqual(problems);
  });
});
