import type { Dataset } from '../domain/dataset-schema.ts';
import type { QuarantinedRecord, RecordArray } from '../domain/parse-dataset.ts';
import type { DatasetBody, Reading } from './reading.ts';

export type ReadRequest = { id: number; body: DatasetBody; file: string };

/**
 * The worker's answer, in several messages so that no single one takes long to receive: the page
 * decodes each message in a task of its own (structured clone), and a 36 MB dataset sent whole
 * would block it for as long as decoding the text itself. A reading that failed, or a dataset
 * with nothing to keep, comes whole; a dataset comes as its head, its records in parts, an end.
 */
export type ReadReply =
  | { id: number; whole: Reading }
  | {
      id: number;
      head: Pick<Dataset, 'schemaVersion' | 'title'> & { quarantined: QuarantinedRecord[] };
    }
  | { id: number; part: RecordArray; records: unknown[] }
  | { id: number; end: true }
  | { id: number; error: string };

type Pending = {
  resolve: (reading: Reading) => void;
  reject: (error: Error) => void;
  dataset?: Dataset;
  quarantined?: QuarantinedRecord[];
};

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, Pending>();

function failAll(error: Error) {
  for (const waiting of pending.values()) waiting.reject(error);
  pending.clear();
}

function receive(reply: ReadReply) {
  const waiting = pending.get(reply.id);
  if (waiting === undefined) return;
  if ('error' in reply) {
    pending.delete(reply.id);
    waiting.reject(new Error(reply.error));
  } else if ('whole' in reply) {
    pending.delete(reply.id);
    waiting.resolve(reply.whole);
  } else if ('head' in reply) {
    const { quarantined, ...head } = reply.head;
    waiting.quarantined = quarantined;
    waiting.dataset = {
      ...head,
      departments: [],
      articles: [],
      figures: [],
      events: [],
      lists: [],
    };
  } else if ('part' in reply) {
    (waiting.dataset![reply.part] as unknown[]).push(...reply.records);
  } else {
    pending.delete(reply.id);
    const data = waiting.dataset!;
    waiting.resolve({ json: 'ok', parse: { ok: true, data, quarantined: waiting.quarantined! } });
  }
}

function spawn(): Worker {
  if (worker !== null) return worker;
  const started = new Worker(new URL('./dataset.worker.ts', import.meta.url), {
    type: 'module',
    name: 'dataset',
  });
  started.addEventListener('message', (event: MessageEvent<ReadReply>) => receive(event.data));
  // The worker's script did not load (offline before it was cached) or died: fail what waits,
  // and start a new worker next time (a retry).
  started.addEventListener('error', (event) => {
    event.preventDefault();
    started.terminate();
    if (worker === started) worker = null;
    failAll(new Error(event.message || 'the dataset validator could not start'));
  });
  worker = started;
  return started;
}

/** Starts the worker now, so its script loads while the dataset is still on its way. */
export function prepareValidator(): void {
  spawn();
}

/**
 * Decodes and validates a dataset file in the dataset worker (ADR 009). Bytes are handed over,
 * not copied: `body` is unusable afterwards. The single-file build
 * and the unit tests swap this module for read-in-page.ts (scripts/lib/read-in-page-alias.ts): a
 * page opened from file:// cannot start a worker, and jsdom has none.
 */
export function decodeAndValidate(body: DatasetBody, file: string): Promise<Reading> {
  return new Promise((resolve, reject) => {
    const id = nextId;
    nextId += 1;
    pending.set(id, { resolve, reject });
    const transfer = typeof body === 'string' ? [] : [body];
    spawn().postMessage({ id, body, file } satisfies ReadRequest, transfer);
  });
}
