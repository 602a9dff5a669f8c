import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * What the workbench's 保存到 data/ sends under `npm run dev`: the article file and its text,
 * and the vocabulary or department list when the editor added to them.
 */
export type SaveRequest = {
  id: string;
  article: unknown;
  text: string;
  vocabulary?: unknown;
  departments?: unknown;
  /** Set once the editor has agreed to replace files that are there. */
  overwrite?: boolean;
};

export type SaveResult =
  | { status: 200; written: string[] }
  | { status: 400 | 403 | 409; error: string; existing?: string[] };

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function isSaveRequest(body: unknown): body is SaveRequest {
  const b = body as Partial<SaveRequest> | null;
  return (
    typeof b === 'object' &&
    b !== null &&
    typeof b.id === 'string' &&
    typeof b.text === 'string' &&
    typeof b.article === 'object' &&
    b.article !== null
  );
}

/** Whether an address is this machine: the endpoint answers nobody else. */
export function isLoopback(address: string | undefined): boolean {
  return (
    address === '127.0.0.1' ||
    address === '::1' ||
    address === '::ffff:127.0.0.1' ||
    (address?.startsWith('127.') ?? false)
  );
}

/**
 * Writes an article and its text into `data/`, only there, only for a kebab-case id, and never
 * over an existing file unless asked. Pure of HTTP, so it is tested directly.
 */
export function saveToData(dataDir: string, body: unknown): SaveResult {
  if (!isSaveRequest(body)) {
    return { status: 400, error: 'expected { id, article, text } with the article as an object' };
  }
  if (!KEBAB.test(body.id)) {
    return { status: 400, error: `id “${body.id}” is not kebab-case (a-z, 0-9 and "-")` };
  }
  const files: Array<[string, string]> = [
    [`articles/${body.id}.json`, `${JSON.stringify(body.article, null, 2)}\n`],
    [`sources/${body.id}.txt`, body.text],
    ...(body.vocabulary !== undefined
      ? [['vocabulary.json', `${JSON.stringify(body.vocabulary, null, 2)}\n`] as [string, string]]
      : []),
    ...(body.departments !== undefined
      ? [['departments.json', `${JSON.stringify(body.departments, null, 2)}\n`] as [string, string]]
      : []),
  ];
  const root = resolve(dataDir);
  for (const [path] of files) {
    const target = resolve(root, path);
    if (relative(root, target).startsWith('..')) {
      return { status: 403, error: `refused to write outside data/: ${path}` };
    }
  }
  // Any file already there, the shared lists included, is replaced only when the editor agrees.
  const existing = files.map(([path]) => path).filter((path) => existsSync(join(root, path)));
  if (existing.length > 0 && !body.overwrite) {
    return {
      status: 409,
      error: `data/ already has ${existing.join(', ')}: confirm to replace`,
      existing,
    };
  }
  for (const [path, content] of files) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return { status: 200, written: files.map(([path]) => `data/${path}`) };
}
