import { http, HttpResponse } from 'msw';
import { DATASET_URL_PATTERN, faults } from '../mocks/dataset-handlers.ts';
import { server } from '../mocks/server.ts';
import { sampleDataset } from '../test/sample-dataset.ts';
import { DatasetError } from './dataset-error.ts';
import { fetchDataset, INLINE_DATASET_ID } from './fetch-dataset.ts';
import { publishedSource } from './page-source.ts';

function inlineDataset(text: string, type = 'application/json') {
  const script = document.createElement('script');
  script.id = INLINE_DATASET_ID;
  script.type = type;
  script.textContent = text;
  document.head.append(script);
  return script;
}

async function failure(promise: Promise<unknown>): Promise<DatasetError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DatasetError);
  return error as DatasetError;
}

describe('fetchDataset', () => {
  afterEach(() => document.getElementById(INLINE_DATASET_ID)?.remove());

  it('fetches the dataset when the page carries none', async () => {
    await expect(fetchDataset()).resolves.toEqual({
      dataset: sampleDataset,
      quarantined: [],
      file: 'data/dataset.json',
    });
  });

  it('reads the dataset the single-file build put in the page, without a request', async () => {
    const requests: string[] = [];
    server.use(
      http.get(DATASET_URL_PATTERN, ({ request }) => {
        requests.push(request.url);
        return HttpResponse.json({}, { status: 500 });
      }),
    );
    inlineDataset(JSON.stringify(sampleDataset));
    await expect(fetchDataset()).resolves.toMatchObject({ dataset: sampleDataset });
    expect(requests).toEqual([]);
  });

  it.each([
    ['not JSON', '{', 'malformed'],
    ['not a dataset', '{"schemaVersion": 2}', 'invalid'],
  ])('explains an inline dataset that is %s', async (_name, text, kind) => {
    inlineDataset(text);
    expect((await failure(fetchDataset())).kind).toBe(kind);
  });

  it.each<[string, () => Response | Promise<Response>, Partial<DatasetError>]>([
    ['a missing file', faults.notFound, { kind: 'http', status: 404 }],
    ['a server error', faults.serverError, { kind: 'http', status: 500 }],
    ['a failed request', faults.networkError, { kind: 'network' }],
    ['a truncated body', faults.truncated, { kind: 'malformed', jsonFailure: 'truncated' }],
    ['a web page', faults.htmlPage, { kind: 'malformed', jsonFailure: 'html' }],
    ['a list instead of a dataset', faults.wrongShape, { kind: 'invalid' }],
  ])('turns %s into its own error', async (_name, fault, expected) => {
    server.use(http.get(DATASET_URL_PATTERN, fault));
    expect(await failure(fetchDataset())).toMatchObject(expected);
  });

  it('calls a failed request offline when the browser says so', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    server.use(http.get(DATASET_URL_PATTERN, faults.networkError));
    expect((await failure(fetchDataset())).kind).toBe('offline');
  });

  it('gives up on a body that never ends after the timeout', async () => {
    server.use(http.get(DATASET_URL_PATTERN, faults.neverEnds));
    const started = Date.now();
    const error = await failure(fetchDataset({ timeoutMs: 200 }));
    expect(error).toMatchObject({ kind: 'timeout', timeoutMs: 200 });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('passes an abort by the caller on as an abort, not as a dataset error', async () => {
    server.use(http.get(DATASET_URL_PATTERN, faults.neverEnds));
    const controller = new AbortController();
    const pending = fetchDataset({ signal: controller.signal });
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(DatasetError);
    expect((error as Error).name).toBe('AbortError');
  });

  it('refuses a source without a URL without making a request', async () => {
    const error = await failure(
      fetchDataset({
        source: {
          url: null,
          file: '//evil.example/x.json',
          published: false,
          refusal: 'protocol-relative',
        },
      }),
    );
    expect(error).toMatchObject({ kind: 'refused', refusal: 'protocol-relative' });
  });

  it('keeps the valid records of a partly invalid dataset and lists the rest', async () => {
    server.use(http.get(DATASET_URL_PATTERN, faults.partlyInvalid));
    const loaded = await fetchDataset({ source: publishedSource() });
    expect(loaded.dataset.figures.map((f) => f.id)).toEqual([sampleDataset.figures[0]!.id]);
    expect(loaded.quarantined.map((r) => r.recordId)).toEqual(['broken-value', 'orphan-figure']);
  });
});
