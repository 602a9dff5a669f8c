import type { Judgement } from './judgement.ts';

export type JudgeRequest = { id: number; text: string; file: string };
export type JudgeReply = { id: number; judgement: Judgement } | { id: number; error: string };

type Pending = { resolve: (judgement: Judgement) => void; reject: (error: Error) => void };

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, Pending>();

function failAll(error: Error) {
  for (const waiting of pending.values()) waiting.reject(error);
  pending.clear();
}

function spawn(): Worker {
  if (worker !== null) return worker;
  const started = new Worker(new URL('./dataset.worker.ts', import.meta.url), {
    type: 'module',
    name: 'dataset',
  });
  started.addEventListener('message', ({ data: reply }: MessageEvent<JudgeReply>) => {
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if ('error' in reply) waiting?.reject(new Error(reply.error));
    else waiting?.resolve(reply.judgement);
  });
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
export function prepareJudge(): void {
  spawn();
}

/**
 * Decodes and validates a dataset's text in the dataset worker. The single-file build and the
 * unit tests swap this module for judge-in-page.ts (vite.single.config.ts, vite.config.ts): a page
 * opened from file:// cannot start a worker, and jsdom has none.
 */
export function judgeDatasetText(text: string, file: string): Promise<Judgement> {
  return new Promise((resolve, reject) => {
    const id = nextId;
    nextId += 1;
    pending.set(id, { resolve, reject });
    spawn().postMessage({ id, text, file } satisfies JudgeRequest);
  });
}
