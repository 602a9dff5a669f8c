// The dataset worker: decodes and validates a dataset file off the main thread, so a large file
// does not freeze the page (docs/PERFORMANCE.md, ADR 009). The dataset goes back in parts, each
// a message the page receives in a task of its own (read-in-worker.ts, read-replies.ts).
import type { ReadReply, ReadRequest } from './read-in-worker.ts';
import { readReplies } from './read-replies.ts';

const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<ReadRequest>) => void): void;
  postMessage(reply: ReadReply): void;
};

scope.addEventListener('message', ({ data }) => {
  for (const reply of readReplies(data)) scope.postMessage(reply);
});
