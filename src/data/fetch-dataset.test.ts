import { http, HttpResponse } from 'msw';
import { DATASET_URL_PATTERN } from '../mocks/dataset-handlers.ts';
import { server } from '../mocks/server.ts';
import { sampleDataset } from '../test/sample-dataset.ts';
import { DatasetError, fetchDataset, INLINE_DATASET_ID } from './fetch-dataset.ts';

function inlineDataset(text: string, type = 'application/json') {
  const script = document.createElement('script');
  script.id = INLINE_DATASET_ID;
  script.type = type;
  script.textContent = text;
  document.head.append(script);
  return script;
}

describe('fetchDataset', () => {
  afterEach(() => document.getElementById(INLINE_DATASET_ID)?.remove());

  it('fetches the dataset when the page carries none', async () => {
    await expect(fetchDataset()).resolves.toEqual(sampleDataset);
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
    await expect(fetchDataset()).resolves.toEqual(sampleDataset);
    expect(requests).toEqual([]);
  });

  it.each([
    ['not JSON', '{', 'malformed'],
    ['not a dataset', '{"schemaVersion": 2}', 'invalid'],
  ])('explains an inline dataset that is %s', async (_name, text, kind) => {
    inlineDataset(text);
    const error = await fetchDataset().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).kind).toBe(kind);
  });
});
