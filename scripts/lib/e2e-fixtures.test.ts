// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/domain/parse-dataset.ts';
import { formatDataIssue } from '../../src/domain/result.ts';
import { runDataCheck } from '../data-check.ts';
import {
  E2E_FIXTURES,
  fixtureDataset,
  fixtureDatasetPath,
  fixtureDir,
  root,
  type E2eFixture,
} from './e2e-fixtures.ts';

const NAMES = Object.keys(E2E_FIXTURES) as E2eFixture[];
const served = (name: E2eFixture) => JSON.parse(readFileSync(fixtureDatasetPath(name), 'utf8'));

describe.each(NAMES)('the %s fixture of e2e/fixtures', (name) => {
  it('passes the data check, as data/ must', async () => {
    const { issues } = await runDataCheck(fixtureDir(name), root, { checkJsonSchemas: false });
    expect(issues.map(formatDataIssue)).toEqual([]);
  });

  it('is served as written (run npm run fixtures:write after an edit)', () => {
    const assembled = fixtureDataset(name);
    expect(assembled.ok && assembled.data).toEqual(served(name));
    const vocabulary = JSON.parse(readFileSync(join(fixtureDir(name), 'vocabulary.json'), 'utf8'));
    const published = JSON.parse(readFileSync(join(root, 'data', 'vocabulary.json'), 'utf8'));
    expect({ ...vocabulary, $schema: null }).toEqual({ ...published, $schema: null });
  });

  it('passes the app’s validation with nothing quarantined', () => {
    const parsed = parseDataset(served(name), `${name}-dataset.json`);
    expect(parsed.ok && parsed.quarantined).toEqual([]);
  });
});

describe('the quantities fixture', () => {
  const { figures, departments } = served('quantities') as {
    figures: Array<{ unit: string; qualifier: string; department: string; valueMax?: number }>;
    departments: unknown[];
  };

  it.each([
    ['a percentage', (f: (typeof figures)[number]) => f.unit === '%'],
    ['percentage points', (f: (typeof figures)[number]) => f.unit === '百分点'],
    [
      'a range',
      (f: (typeof figures)[number]) => f.qualifier === 'range' && f.valueMax !== undefined,
    ],
    ['an upper bound', (f: (typeof figures)[number]) => f.qualifier === 'atMost'],
    ['a lower bound', (f: (typeof figures)[number]) => f.qualifier === 'atLeast'],
    ['an estimate', (f: (typeof figures)[number]) => f.qualifier === 'approx'],
  ])('holds %s', (_kind, test) => {
    expect(figures.some(test)).toBe(true);
  });

  it('spreads them over three departments', () => {
    expect(departments).toHaveLength(3);
    expect(new Set(figures.map((f) => f.department)).size).toBe(3);
  });
});

describe('the long-names fixture', () => {
  const { figures } = served('long-names') as {
    figures: Array<{ department: string; metric: { zh: string; en: string } }>;
  };

  it('holds 20 figures of one department with long names in both languages', () => {
    expect(figures).toHaveLength(20);
    expect(new Set(figures.map((f) => f.department)).size).toBe(1);
    for (const { metric } of figures) {
      expect(metric.zh.length).toBeGreaterThanOrEqual(15);
      expect(metric.en.length).toBeGreaterThanOrEqual(60);
    }
  });
});
