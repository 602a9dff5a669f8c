// The dataset worker: decodes and validates a dataset file off the main thread, so a large file
// does not freeze the page (docs/PERFORMANCE.md, ADR 009). The dataset goes back in parts, each
// a message the page receives in a task of its own (read-in-worker.ts, read-replies.ts).
// It also runs the workbench's reader and checks, from a chunk it loads on the first check.
import { readChunkBody, readIndexBody } from './archive-reading.ts';
import type {
  CheckReply,
  IndexReply,
  ReadReply,
  ReadRequest,
  WorkerRequest,
} from './read-in-worker.ts';
import { readingReplies, readReplies } from './read-replies.ts';

const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
  postMessage(reply: ReadReply | CheckReply | IndexReply): void;
};

scope.addEventListener('message', ({ data }) => {
  if ('check' in data) {
    const { checkId, check } = data;
    import('./workbench-check.ts').then(
      ({ runCheck }) => scope.postMessage({ checkId, result: runCheck(check) }),
      (error: unknown) =>
        scope.postMessage({ checkId, result: { error: (error as Error).message } }),
    );
    return;
  }
  if ('indexId' in data) {
    const { indexId, body, file } = data;
    try {
      scope.postMessage({ indexId, index: readIndexBody(body, file) });
    } catch (error) {
      scope.postMessage({ indexId, error: (error as Error).message });
    }
    return;
  }
  if (data.chunk) {
    // A chunk of the archive: its digest first (asynchronous), then the check it calls for.
    const { id, body, file, chunk } = data;
    readChunkBody(body, file, chunk).then(
      ({ reading }) => {
        for (const reply of readingReplies(id, reading)) scope.postMessage(reply);
      },
      (error: unknown) => scope.postMessage({ id, error: (error as Error).message }),
    );
    return;
  }
  for (const reply of readReplies(data satisfies ReadRequest)) scope.postMessage(reply);
});
