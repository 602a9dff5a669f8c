import type { Figure } from './dataset-schema.ts';
import { derivePerSession } from './derived.ts';

const base = {
  article: 'health',
  department: 'health-commission',
  metric: { zh: '指标', en: 'metric' },
  date: '2023',
  dateBasis: 'inferred',
} as const;

function figure(
  id: string,
  group: string | undefined,
  category: Figure['category'],
  value: number,
  unit: Figure['unit'],
  qualifier: Figure['qualifier'],
  valueMax?: number,
): Figure {
  return {
    ...base,
    id,
    category,
    value,
    unit,
    qualifier,
    quote: id,
    ...(group ? { group } : {}),
    ...(valueMax === undefined ? {} : { valueMax }),
  };
}

describe('derivePerSession', () => {
  it.each<[Figure['qualifier'], Figure['qualifier'], string]>([
    ['exact', 'exact', 'exact'],
    ['atLeast', 'exact', 'atLeast'],
    ['exact', 'atLeast', 'atMost'],
    ['atLeast', 'atLeast', 'indeterminate'],
    ['approx', 'exact', 'approx'],
  ])('divides %s person-times by %s sessions into a %s figure', (reachQ, sessionsQ, expected) => {
    const [derived] = derivePerSession([
      figure('sessions', 'campaign', 'outreach-sessions', 7559, '次', sessionsQ),
      figure('reach', 'campaign', 'outreach-reach', 400000, '人次', reachQ),
    ]);
    expect(derived).toEqual(
      expect.objectContaining({ id: 'campaign-per-session', qualifier: expected }),
    );
    expect(derived?.value).toBeCloseTo(400000 / 7559, 10);
  });

  // 400000 person-times (or the bound/range given) over 8000 sessions (or the bound/range given).
  it.each<
    [
      string,
      Figure['qualifier'],
      number | undefined,
      Figure['qualifier'],
      number | undefined,
      object,
    ]
  >([
    [
      'an upper bound by an exact count',
      'atMost',
      undefined,
      'exact',
      undefined,
      { qualifier: 'atMost', value: 50 },
    ],
    [
      'an exact count by an upper bound',
      'exact',
      undefined,
      'atMost',
      undefined,
      { qualifier: 'atLeast', value: 50 },
    ],
    [
      'an upper bound by a lower bound',
      'atMost',
      undefined,
      'atLeast',
      undefined,
      { qualifier: 'atMost', value: 50 },
    ],
    [
      'a lower bound by an upper bound',
      'atLeast',
      undefined,
      'atMost',
      undefined,
      { qualifier: 'atLeast', value: 50 },
    ],
    ['two upper bounds', 'atMost', undefined, 'atMost', undefined, { qualifier: 'indeterminate' }],
    [
      'a range by an exact count',
      'range',
      480000,
      'exact',
      undefined,
      { qualifier: 'range', value: 50, valueMax: 60 },
    ],
    [
      'an exact count by a range',
      'exact',
      undefined,
      'range',
      10000,
      { qualifier: 'range', value: 40, valueMax: 50 },
    ],
    [
      'a range by a range',
      'range',
      480000,
      'range',
      10000,
      { qualifier: 'range', value: 40, valueMax: 60 },
    ],
    [
      'a range by a lower bound',
      'range',
      480000,
      'atLeast',
      undefined,
      { qualifier: 'atMost', value: 60 },
    ],
    [
      'a range by an upper bound',
      'range',
      480000,
      'atMost',
      undefined,
      { qualifier: 'atLeast', value: 50 },
    ],
    [
      'a lower bound by a range',
      'atLeast',
      undefined,
      'range',
      10000,
      { qualifier: 'atLeast', value: 40 },
    ],
    [
      'an upper bound by a range',
      'atMost',
      undefined,
      'range',
      10000,
      { qualifier: 'atMost', value: 50 },
    ],
    [
      'a range by an estimate',
      'range',
      480000,
      'approx',
      undefined,
      { qualifier: 'approx', value: 50 },
    ],
  ])('divides %s', (_case, reachQ, reachMax, sessionsQ, sessionsMax, expected) => {
    const [derived] = derivePerSession([
      figure('sessions', 'campaign', 'outreach-sessions', 8000, '次', sessionsQ, sessionsMax),
      figure('reach', 'campaign', 'outreach-reach', 400000, '人次', reachQ, reachMax),
    ]);
    expect(derived).toEqual(expect.objectContaining(expected));
    if (!('valueMax' in expected)) expect(derived).not.toHaveProperty('valueMax');
  });

  it.each([
    ['%', '次'],
    ['人次', '百分点'],
  ])('never divides a share (%s by %s)', (reachUnit, sessionsUnit) => {
    expect(
      derivePerSession([
        figure('sessions', 'campaign', 'outreach-sessions', 80, sessionsUnit, 'exact'),
        figure('reach', 'campaign', 'outreach-reach', 98.6, reachUnit, 'exact'),
      ]),
    ).toEqual([]);
  });

  it('skips groups without both a session count and a reach', () => {
    expect(
      derivePerSession([
        figure('sessions', 'occupational', 'outreach-sessions', 2050, '次', 'exact'),
        figure('loose', undefined, 'outreach-reach', 10, '人次', 'exact'),
      ]),
    ).toEqual([]);
  });

  it('does not count training person-times as reach', () => {
    const derived = derivePerSession([
      figure('sessions', 'tcm', 'outreach-sessions', 1179, '次', 'exact'),
      figure('reach', 'tcm', 'outreach-reach', 112000, '人次', 'atLeast'),
      figure('training', 'tcm', 'training', 9773, '人次', 'exact'),
    ]);
    expect(derived.map((d) => d.numerator.id)).toEqual(['reach']);
  });
});
