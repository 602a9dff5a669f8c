import { join, resolve } from 'node:path';
import type { Dataset } from '../../src/domain/dataset-schema.ts';
import type { Result } from '../../src/domain/result.ts';
import { assembleDataset } from './assemble-dataset.ts';

/**
 * The fixture datasets of e2e/fixtures/: each is a data folder laid out like data/ (articles,
 * sources, departments, vocabulary), checked like it, and served to the browser tests as
 * e2e/fixtures/<name>-dataset.json. Their sentences are invented for the tests, and say so.
 */
export const E2E_FIXTURES = {
  /** Every kind of printed quantity: percent, points, ranges, upper and lower bounds, estimates. */
  quantities: {
    zh: '测试数据：各类数量（虚构报道）',
    en: 'Test fixture: every kind of quantity (invented articles)',
  },
  /** Twenty figures of one department with long metric names, for layout tests. */
  'long-names': {
    zh: '测试数据：长指标名称（虚构报道）',
    en: 'Test fixture: long metric names (invented articles)',
  },
  /** Three years of two departments: series of one metric across years, with bounds and ranges. */
  years: {
    zh: '测试数据：三年档案（虚构报道）',
    en: 'Test fixture: three years of an archive (invented articles)',
  },
} as const;

export type E2eFixture = keyof typeof E2E_FIXTURES;

export const root = resolve(import.meta.dirname, '..', '..');
export const fixtureDir = (name: E2eFixture) => join(root, 'e2e', 'fixtures', name);
export const fixtureDatasetPath = (name: E2eFixture) =>
  join(root, 'e2e', 'fixtures', `${name}-dataset.json`);

/** The served dataset of a fixture folder, assembled and checked as the build does data/. */
export function fixtureDataset(name: E2eFixture): Result<Dataset> {
  const result = assembleDataset(fixtureDir(name), root);
  return result.ok ? { ok: true, data: { ...result.data, title: E2E_FIXTURES[name] } } : result;
}
