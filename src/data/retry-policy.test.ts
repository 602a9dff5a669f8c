import { DatasetError, type DatasetErrorKind } from './dataset-error.ts';
import { datasetRetryDelay, MAX_RETRIES, shouldRetryDataset } from './retry-policy.ts';

const error = (kind: DatasetErrorKind, details: Partial<DatasetError> = {}) =>
  new DatasetError(kind, kind, { file: 'data/dataset.json', ...details });

describe('shouldRetryDataset', () => {
  it.each<[string, DatasetError, boolean]>([
    ['a server error', error('http', { status: 500 }), true],
    ['a bad gateway', error('http', { status: 502 }), true],
    ['too many requests', error('http', { status: 429 }), true],
    ['a missing file', error('http', { status: 404 }), false],
    ['a timeout', error('timeout'), true],
    ['a failed request', error('network'), true],
    ['a truncated body', error('malformed', { jsonFailure: 'truncated' }), true],
    ['a web page instead of JSON', error('malformed', { jsonFailure: 'html' }), false],
    ['invalid data', error('invalid'), false],
    ['a refused address', error('refused'), false],
    ['being offline', error('offline'), false],
  ])('retries %s: %s', (_name, failure, expected) => {
    expect(shouldRetryDataset(1, failure)).toBe(expected);
  });

  it(`gives up after ${MAX_RETRIES} retries`, () => {
    expect(shouldRetryDataset(MAX_RETRIES - 1, error('timeout'))).toBe(true);
    expect(shouldRetryDataset(MAX_RETRIES, error('timeout'))).toBe(false);
  });
});

describe('datasetRetryDelay', () => {
  it.each([
    [1, 1000],
    [2, 2000],
    [3, 4000],
    [4, 8000],
    [10, 30_000],
  ])('waits after failure %i for %i ms', (failureCount, ms) => {
    expect(datasetRetryDelay(failureCount)).toBe(ms);
  });
});
