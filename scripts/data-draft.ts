import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { decodeArticleBytes, MAX_ARTICLE_BYTES } from '../src/domain/drafting/decode-text.ts';
import { draftArticleFile, draftJson } from '../src/domain/drafting/draft-article.ts';
import { readDraft } from '../src/domain/drafting/read-draft.ts';

/**
 * `npm run data:draft -- <article.txt> [--json] [--out <file>] [--year <YYYY>] [--force]`: reads
 * an article's text and drafts it. With --json, prints one JSON object (the candidates and the
 * excluded numerals); otherwise writes a draft data/articles/<id>.json for the editor to finish.
 * The logic is in src/domain/drafting/; this file reads and writes files.
 */

export type DraftIo = {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (line: string) => void;
};

const USAGE =
  'usage: npm run data:draft -- <article.txt> [--json] [--out <file>] [--year <YYYY>] [--force]';

class DraftError extends Error {}

function readArticle(path: string, shown: string, io: DraftIo): string {
  if (!existsSync(path)) throw new DraftError(`${shown} does not exist`);
  const stat = statSync(path);
  if (stat.isDirectory()) throw new DraftError(`${shown} is a directory, not a text file`);
  // Refused before reading: the size alone says it is no article.
  if (stat.size > MAX_ARTICLE_BYTES) {
    const mb = (stat.size / 1024 / 1024).toFixed(1);
    throw new DraftError(`${shown} is ${mb} MB, over the 5 MB an article's text may have`);
  }
  const decoded = decodeArticleBytes(new Uint8Array(readFileSync(path)));
  if (!decoded.ok) throw new DraftError(`${shown} ${decoded.message}`);
  if (decoded.encoding === 'gb18030') {
    io.stderr(
      `data:draft: ${shown} is not UTF-8 but decodes as GB18030; read as GB18030 (save the text as UTF-8 in data/sources/)`,
    );
  }
  return decoded.text;
}

/** The units data/vocabulary.json adds to the reader's, when the project has one. */
function vocabularyUnits(cwd: string): string[] {
  const path = join(cwd, 'data', 'vocabulary.json');
  if (!existsSync(path)) return [];
  try {
    const { units } = JSON.parse(readFileSync(path, 'utf8')) as {
      units?: Array<{ unit?: unknown }>;
    };
    return (units ?? []).flatMap((u) => (typeof u.unit === 'string' ? [u.unit] : []));
  } catch {
    return [];
  }
}

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        out: { type: 'string' },
        year: { type: 'string' },
        force: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new DraftError(`${(error as Error).message}; ${USAGE}`);
  }
}

async function draft(args: string[], io: DraftIo) {
  const { values, positionals } = parse(args);
  const [input, ...extra] = positionals;
  if (!input || extra.length > 0) throw new DraftError(USAGE);
  let year: number | undefined;
  if (values.year !== undefined) {
    if (!/^(19|20)\d\d$/.test(values.year)) {
      throw new DraftError(`--year ${values.year} is not a year: give the page's year, e.g. 2023`);
    }
    year = Number(values.year);
  }
  const path = resolve(io.cwd, input);
  const rel = (p: string) => relative(io.cwd, p).split('\\').join('/');
  const text = readArticle(path, rel(path), io);
  const reading = readDraft(text, { ...(year ? { year } : {}), units: vocabularyUnits(io.cwd) });
  if (values.json) {
    io.stdout(`${JSON.stringify(draftJson(reading))}\n`);
    return;
  }
  const id = basename(path).replace(/\.txt$/i, '');
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
    throw new DraftError(
      `${rel(path)}: its name is the article id and must be kebab-case, e.g. data/sources/health-insurance.txt`,
    );
  }
  const out = resolve(io.cwd, values.out ?? join('data', 'articles', `${id}.json`));
  if (existsSync(out) && !values.force) {
    throw new DraftError(`${rel(out)} exists: pass --out <file> to write elsewhere, or --force`);
  }
  const file = draftArticleFile(id, reading);
  const options = (await resolveConfig(out)) ?? {};
  writeFileSync(out, await format(JSON.stringify(file), { ...options, filepath: out }));
  const left = file.figures.filter((f) => f.unit === null).length;
  io.stdout(
    `data:draft: wrote ${rel(out)} (a draft): ${file.figures.length} figures, ` +
      `${file.ignoredNumerals.length} ignore entries for numerals the reader excludes (for review)\n`,
  );
  const source = join(io.cwd, 'data', 'sources', `${id}.txt`);
  if (resolve(source) !== path) {
    io.stdout(`data:draft: copy the text to data/sources/${id}.txt: the draft's source is there\n`);
  }
  io.stdout(
    `data:draft: next: name each figure's department, metric and category${left > 0 ? ` (and ${left} unit${left === 1 ? '' : 's'} the page does not print)` : ''}, list the article's departments, then run npm run data:check\n`,
  );
}

/** Runs the command; returns the exit code (1 with a one-line reason on stderr). */
export async function runDataDraft(args: string[], io: DraftIo): Promise<number> {
  try {
    await draft(args, io);
    return 0;
  } catch (error) {
    if (!(error instanceof DraftError)) throw error;
    io.stderr(`data:draft: ${error.message}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await runDataDraft(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (line) => process.stderr.write(`${line}\n`),
  });
}
