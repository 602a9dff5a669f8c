import type { Judgement, judgeText } from './judgement.ts';

// Stands in for judge-in-worker.ts where no worker can start: the single-file build (file://)
// and the unit tests (jsdom). The schema and zod still load as a chunk of their own.

type Validator = { judgeText: typeof judgeText };

let judgement: Promise<Validator> | null = null;

function load() {
  judgement ??= import('./judgement.ts');
  return judgement;
}

/** Starts loading the validator now, so it arrives while the dataset is still on its way. */
export function prepareJudge(): void {
  // Awaited later; until then a failed load must not count as an unhandled rejection.
  load().catch(() => undefined);
}

/** Decodes and validates a dataset's text in the page. */
export async function judgeDatasetText(text: string, file: string): Promise<Judgement> {
  let module: Validator;
  try {
    module = await load();
  } catch (error) {
    judgement = null; // try the chunk again next time
    throw error;
  }
  return module.judgeText(text, file);
}
