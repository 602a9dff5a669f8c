// The dataset worker: decodes and validates a dataset's text off the main thread, so a large file
// does not freeze the page (docs/PERFORMANCE.md, ADR 009). It answers with a verdict, not the
// data: indices of the records to keep are cheap to send back, the records themselves are not.
import { judgeText } from './judgement.ts';
import type { JudgeReply, JudgeRequest } from './judge-in-worker.ts';

const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<JudgeRequest>) => void): void;
  postMessage(reply: JudgeReply): void;
};

scope.addEventListener('message', ({ data: { id, text, file } }) => {
  try {
    scope.postMessage({ id, judgement: judgeText(text, file) });
  } catch (error) {
    // A bug, not bad data (bad data is a verdict): say so rather than leave the page waiting.
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
