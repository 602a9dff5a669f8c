import { sampleDataset } from '../test/sample-dataset.ts';
import { parseDataset } from '../domain/parse-dataset.ts';
import type * as ErrorsModule from './dataset-error.ts';
import type * as ClientModule from './read-in-worker.ts';
import type { ReadRequest } from './read-in-worker.ts';
import { PART_SIZE, readReplies } from './read-replies.ts';

// The page's side of the dataset worker, with a stand-in Worker that answers with the real
// worker's replies (read-replies.ts), one message per task. The module is imported by its
// root-relative path: the Vitest alias swaps relative imports of it for the in-page reader.
type Client = typeof ClientModule;
/** Root-relative, so the alias (which matches relative imports) leaves it alone. */
const CLIENT_PATH = '/src/data/read-in-worker.ts';
type Errors = typeof ErrorsModule;

class FakeWorker extends EventTarget {
  static started: FakeWorker[] = [];
  terminated = false;
  requests: ReadRequest[] = [];
  /** Replies sent to the page. */
  sent = 0;
  /** Off: the worker keeps its replies (a slow validation) until `release`. */
  answering = true;
  private held: Array<() => void> = [];

  constructor() {
    super();
    FakeWorker.started.push(this);
  }

  postMessage(request: ReadRequest) {
    this.requests.push(request);
    for (const reply of readReplies(request)) {
      const send = () => {
        if (this.terminated) return;
        this.sent += 1;
        this.dispatchEvent(new MessageEvent('message', { data: reply }));
      };
      if (this.answering) setTimeout(send, 0);
      else this.held.push(send);
    }
  }

  release() {
    for (const send of this.held.splice(0)) setTimeout(send, 0);
  }

  terminate() {
    this.terminated = true;
  }
}

let client: Client;
/** The error class of the freshly imported client (each test imports the modules anew). */
let DatasetError: Errors['DatasetError'];

beforeEach(async () => {
  FakeWorker.started = [];
  vi.stubGlobal('Worker', FakeWorker);
  vi.resetModules();
  client = (await import(/* @vite-ignore */ CLIENT_PATH)) as Client;
  ({ DatasetError } = await import('./dataset-error.ts'));
});
afterEach(() => vi.unstubAllGlobals());

const [villages] = sampleDataset.figures;
/** More figures than one part holds, each with its own id. */
const large = {
  ...sampleDataset,
  figures: [
    ...sampleDataset.figures,
    ...Array.from({ length: PART_SIZE * 2 + 7 }, (_, i) => ({ ...villages!, id: `copy-${i}` })),
  ],
};
const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).buffer;

/** Starts the worker and makes it keep its replies, so a test can act while reads wait. */
function heldWorker(): FakeWorker {
  client.prepareValidator();
  const [worker] = FakeWorker.started;
  if (worker === undefined) throw new Error('no worker was started');
  worker.answering = false;
  return worker;
}

describe('reading a dataset in the worker', () => {
  it('puts a dataset sent in parts back together, as parseDataset reads it', async () => {
    const reading = await client.decodeAndValidate(bytes(large), 'big.json');
    const expected = parseDataset(large, 'big.json');
    expect(reading).toEqual({ json: 'ok', parse: expected });
    // The head, the department, the article, three parts of figures (no events, no lists), the end.
    expect(FakeWorker.started.map((worker) => worker.sent)).toEqual([7]);
  });

  it('keeps two reads at the same time apart', async () => {
    const [first, second] = await Promise.all([
      client.decodeAndValidate(bytes(large), 'big.json'),
      client.decodeAndValidate(JSON.stringify(sampleDataset), 'small.json'),
    ]);
    expect(first).toMatchObject({ parse: { data: { figures: large.figures } } });
    expect(second).toMatchObject({ parse: { data: { figures: sampleDataset.figures } } });
  });

  it('passes a malformed file on as a reading, not an error', async () => {
    await expect(client.decodeAndValidate('{"schemaVersion": 1, ', 'cut.json')).resolves.toEqual(
      expect.objectContaining({ json: 'malformed', failure: 'truncated' }),
    );
  });

  it('fails every waiting read with a network error when the script does not load, then starts anew', async () => {
    const worker = heldWorker();
    const first = client.decodeAndValidate('{}', 'a.json').catch((error: unknown) => error);
    const second = client.decodeAndValidate('{}', 'b.json').catch((error: unknown) => error);
    worker.dispatchEvent(new Event('error'));
    expect(await first).toBeInstanceOf(DatasetError);
    expect(await first).toMatchObject({ kind: 'network', file: 'a.json' });
    expect(await second).toMatchObject({ kind: 'network', file: 'b.json' });
    expect(worker.terminated).toBe(true);

    await expect(client.decodeAndValidate(bytes(sampleDataset), 'c.json')).resolves.toMatchObject({
      parse: { ok: true },
    });
    expect(FakeWorker.started).toHaveLength(2);
  });

  it('reports a worker that throws as a failure of the validator, not of the network', async () => {
    const worker = heldWorker();
    const read = client.decodeAndValidate('{}', 'a.json');
    worker.dispatchEvent(new ErrorEvent('error', { message: 'Uncaught TypeError: boom' }));
    const error = await read.catch((caught: unknown) => caught);
    expect(error).not.toBeInstanceOf(DatasetError);
    expect((error as Error).message).toBe('the dataset validator failed: Uncaught TypeError: boom');
  });

  it('drops an abandoned read and stops the worker that nobody waits on any more', async () => {
    const worker = heldWorker();
    const controller = new AbortController();
    const read = client.decodeAndValidate(bytes(large), 'big.json', controller.signal);
    controller.abort(new DOMException('no longer needed', 'AbortError'));
    await expect(read).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker.terminated).toBe(true);
  });

  it('keeps the worker for the reads that still wait when one is abandoned', async () => {
    const worker = heldWorker();
    const controller = new AbortController();
    const abandoned = client.decodeAndValidate(bytes(large), 'big.json', controller.signal);
    const kept = client.decodeAndValidate(bytes(sampleDataset), 'small.json');
    controller.abort(new DOMException('no longer needed', 'AbortError'));
    await expect(abandoned).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker.terminated).toBe(false);
    worker.release(); // the replies for the abandoned read arrive too, and are ignored
    await expect(kept).resolves.toMatchObject({ parse: { data: { title: sampleDataset.title } } });
  });
});
