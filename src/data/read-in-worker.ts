import type { Dataset } from '../domain/dataset-schema.ts';
import type { QuarantinedRecord, RecordArray } from '../domain/quarantine.ts';
import { DatasetError } from './dataset-error.ts';
import type { ChunkRequest, IndexReading } from './archive-reading.ts';
import type { DatasetBody, Reading } from './reading.ts';
import type { CheckRequest, CheckResult } from './workbench-check.ts';

/** A dataset file, or with `chunk` one chunk of the archive (ADR 015). */
export type ReadRequest = { id: number; body: DatasetBody; file: string; chunk?: ChunkRequest };

/** The archive's index, read and checked whole (it is small). */
export type IndexRequest = { indexId: number; body: DatasetBody; file: string };
export type IndexReply =
  { indexId: number; index: IndexReading } | { indexId: number; error: string };

/** The workbench's checks of a draft, in the same worker (workbench-check.ts). */
export type CheckMessage = { checkId: number; check: CheckRequest };
export type CheckReply = { checkId: number; result: CheckResult };
export type WorkerRequest = ReadRequest | CheckMessage | IndexRequest;

/**
 * The worker's answer, in several messages so that no single one takes long to receive: the page
 * decodes each message in a task of its own (structured clone), and a 36 MB dataset sent whole
 * would block it for as long as decoding the text itself. A failed reading (not JSON, not a
 * dataset) comes whole; a dataset comes as its head, its records in parts, and an end.
 */
export type ReadReply =
  | { id: number; whole: Reading }
  | {
      id: number;
      head: Pick<Dataset, 'schemaVersion' | 'title' | 'vocabulary'> & {
        quarantined: QuarantinedRecord[];
      };
    }
  | { id: number; part: RecordArray; records: unknown[] }
  | { id: number; end: true }
  | { id: number; error: string };

type Pending = {
  file: string;
  resolve: (reading: Reading) => void;
  reject: (error: Error) => void;
  dataset?: Dataset;
  quarantined?: QuarantinedRecord[];
};

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, Pending>();
const checks = new Map<number, (result: CheckResult) => void>();
const indexes = new Map<number, { file: string; settle: (reply: IndexReply | Error) => void }>();

function stop(stopped: Worker) {
  stopped.terminate();
  if (worker === stopped) worker = null;
}

/** Fails every read waiting on the worker, which is gone: the next read starts a new one. */
function failAll(reason: (file: string) => Error) {
  for (const waiting of pending.values()) waiting.reject(reason(waiting.file));
  pending.clear();
  for (const answer of checks.values()) answer({ error: reason('the workbench').message });
  checks.clear();
  for (const waiting of indexes.values()) waiting.settle(reason(waiting.file));
  indexes.clear();
}

function receive(reply: ReadReply | CheckReply | IndexReply) {
  if ('indexId' in reply) {
    indexes.get(reply.indexId)?.settle(reply);
    indexes.delete(reply.indexId);
    return;
  }
  if ('checkId' in reply) {
    checks.get(reply.checkId)?.(reply.result);
    checks.delete(reply.checkId);
    return;
  }
  const waiting = pending.get(reply.id);
  if (waiting === undefined) return; // abandoned (aborted) while the worker was busy with it
  if ('error' in reply) {
    pending.delete(reply.id);
    // A bug in the validator, not bad data (bad data is a reading) and not the network.
    waiting.reject(new Error(`the dataset validator failed: ${reply.error}`));
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
  started.addEventListener('error', (event) => {
    event.preventDefault();
    stop(started);
    // No message: the script did not load (offline before it was cached, a missing file), which
    // the user can retry. A message: the worker threw, which is a bug and says what it was.
    failAll((file) =>
      event.message
        ? new Error(`the dataset validator failed: ${event.message}`)
        : new DatasetError('network', 'the dataset validator could not be loaded', { file }),
    );
  });
  // A reply that cannot be received would leave its read waiting for ever.
  started.addEventListener('messageerror', () => {
    stop(started);
    failAll(() => new Error('the dataset validator sent a reply the page could not receive'));
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
 * not copied: `body` is unusable afterwards. When `signal` aborts, the read is dropped, and the
 * worker is stopped if nothing else waits on it, so it does not go on validating for nobody.
 * The single-file build and the unit tests swap this module for read-in-page.ts
 * (scripts/lib/read-in-page-alias.ts): a page opened from file:// cannot start a worker, and jsdom
 * has none.
 */
export function decodeAndValidate(
  body: DatasetBody,
  file: string,
  signal?: AbortSignal,
  chunk?: ChunkRequest,
): Promise<Reading> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason as Error);
      return;
    }
    const id = nextId;
    nextId += 1;
    const onAbort = () => {
      if (!pending.delete(id)) return;
      reject(signal!.reason as Error);
      if (pending.size === 0 && checks.size === 0 && indexes.size === 0 && worker !== null) {
        stop(worker);
      }
    };
    const settle = () => signal?.removeEventListener('abort', onAbort);
    pending.set(id, {
      file,
      resolve: (reading) => {
        settle();
        resolve(reading);
      },
      reject: (error) => {
        settle();
        reject(error);
      },
    });
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const transfer = typeof body === 'string' ? [] : [body];
      spawn().postMessage(
        { id, body, file, ...(chunk ? { chunk } : {}) } satisfies ReadRequest,
        transfer,
      );
    } catch (error) {
      pending.delete(id);
      settle();
      reject(error as Error);
    }
  });
}

/** Reads a workbench draft's text and runs data:check's checks on it, in the dataset worker. */
export function checkDraft(request: CheckRequest): Promise<CheckResult> {
  return new Promise((resolve) => {
    const checkId = nextId;
    nextId += 1;
    checks.set(checkId, resolve);
    try {
      spawn().postMessage({ checkId, check: request } satisfies CheckMessage);
    } catch (error) {
      checks.delete(checkId);
      resolve({ error: (error as Error).message });
    }
  });
}

/** Reads and checks the archive's index in the dataset worker. */
export function readIndex(body: DatasetBody, file: string): Promise<IndexReading> {
  return new Promise((resolve, reject) => {
    const indexId = nextId;
    nextId += 1;
    indexes.set(indexId, {
      file,
      settle: (reply) => {
        if (reply instanceof Error) reject(reply);
        else if ('error' in reply)
          reject(new Error(`the dataset validator failed: ${reply.error}`));
        else resolve(reply.index);
      },
    });
    try {
      const transfer = typeof body === 'string' ? [] : [body];
      spawn().postMessage({ indexId, body, file } satisfies IndexRequest, transfer);
    } catch (error) {
      indexes.delete(indexId);
      reject(error as Error);
    }
  });
}
