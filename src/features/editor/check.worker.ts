/// <reference lib="webworker" />
import { runCheck, type CheckRequest } from './run-check.ts';

/**
 * The workbench's reader and checks, off the page's thread: a long article is read and checked
 * on every decision without the editor's typing waiting for it.
 */
self.addEventListener('message', (event: MessageEvent<CheckRequest>) => {
  self.postMessage(runCheck(event.data));
});
