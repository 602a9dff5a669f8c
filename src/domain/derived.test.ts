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
): Figure {
  return { ...base, id, category, value, unit, qualifier, quote: id, ...(group ? { group } : {}) };
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
