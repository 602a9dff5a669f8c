// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runDataDraft } from './data-draft.ts';
import { checkDataFiles, assembleDataset } from './lib/assemble-dataset.ts';

const root = resolve(import.meta.dirname, '..');
const TEXT = '2024年，全市城乡居民医保参保率达98.6%，同比提高1.2个百分点；新建村级卫生室七八个。\n';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'data-draft-'));
  mkdirSync(join(dir, 'data', 'articles'), { recursive: true });
  mkdirSync(join(dir, 'data', 'sources'), { recursive: true });
  cpSync(join(root, 'data', 'vocabulary.json'), join(dir, 'data', 'vocabulary.json'));
  cpSync(join(root, 'data', 'departments.json'), join(dir, 'data', 'departments.json'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]) {
  let stdout = '';
  const stderr: string[] = [];
  const code = await runDataDraft(args, {
    cwd: dir,
    stdout: (text) => (stdout += text),
    stderr: (line) => stderr.push(line),
  });
  return { code, stdout, stderr };
}

const source = (name: string, content: string | Uint8Array) => {
  const path = join(dir, 'data', 'sources', name);
  writeFileSync(path, content);
  return `data/sources/${name}`;
};

describe('npm run data:draft -- --json', () => {
  it('prints exactly one JSON object: the candidates and the excluded numerals', async () => {
    const { code, stdout, stderr } = await run(source('insurance.txt', TEXT), '--json');
    expect(code).toBe(0);
    expect(stderr).toEqual([]);
    const printed = JSON.parse(stdout) as { candidates: unknown[]; excluded: unknown[] };
    expect(Object.keys(printed)).toEqual(['candidates', 'excluded']);
    expect(printed.candidates).toEqual([
      expect.objectContaining({ text: '98.6%', value: 98.6, unit: '%', kind: 'percent' }),
      expect.objectContaining({ text: '1.2个百分点', unit: '百分点', kind: 'percentagePoints' }),
      expect.objectContaining({ text: '七八个', value: 7, valueMax: 8, qualifier: 'range' }),
    ]);
    expect(printed.excluded).toEqual([{ text: '2024年', start: 0, end: 5, reason: 'year' }]);
  });

  it('reads GB18030 and says so on stderr, keeping stdout pure JSON', async () => {
    const gb = new Uint8Array([0xbd, 0xa8, 0xb3, 0xc9, 0x38, 0xb8, 0xf6]); // 建成8个
    const { code, stdout, stderr } = await run(source('gb.txt', gb), '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).candidates).toEqual([expect.objectContaining({ text: '8个' })]);
    expect(stderr).toEqual([
      'data:draft: data/sources/gb.txt is not UTF-8 but decodes as GB18030; read as GB18030 (save the text as UTF-8 in data/sources/)',
    ]);
  });
});

describe('npm run data:draft', () => {
  it('writes a draft article that data:check explains and the build refuses', async () => {
    const { code, stdout } = await run(source('health-insurance.txt', TEXT), '--year', '2024');
    expect(code).toBe(0);
    expect(stdout).toContain(
      'data:draft: wrote data/articles/health-insurance.json (a draft): 3 figures',
    );
    const file = JSON.parse(readFileSync(join(dir, 'data/articles/health-insurance.json'), 'utf8'));
    expect(file).toMatchObject({ draft: true, id: 'health-insurance', departments: [] });
    const { issues } = checkDataFiles(join(dir, 'data'), dir);
    expect(issues.map((i) => i.path)).toEqual([
      '$.draft',
      '$.departments',
      '$.figures[0]',
      '$.figures[1]',
      '$.figures[2]',
      '$.ignoredNumerals',
    ]);
    expect(issues[2]?.message).toBe(
      'left to fill: department, metric (zh and en: what is counted), category',
    );
    const built = assembleDataset(join(dir, 'data'), dir);
    expect(built.ok).toBe(false);
  });

  it('never overwrites an article file unless told to', async () => {
    const text = source('health-insurance.txt', TEXT);
    writeFileSync(join(dir, 'data/articles/health-insurance.json'), '{"half": "done"}');
    expect((await run(text)).stderr).toEqual([
      'data:draft: data/articles/health-insurance.json exists: pass --out <file> to write elsewhere, or --force',
    ]);
    expect(readFileSync(join(dir, 'data/articles/health-insurance.json'), 'utf8')).toBe(
      '{"half": "done"}',
    );
    expect((await run(text, '--out', 'draft.json')).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'draft.json'), 'utf8')).draft).toBe(true);
    expect((await run(text, '--force')).code).toBe(0);
  });

  it.each([
    ['a missing file', () => 'data/sources/none.txt', 'data/sources/none.txt does not exist'],
    ['a directory', () => 'data/sources', 'data/sources is a directory, not a text file'],
    [
      'an empty file',
      () => source('empty.txt', ''),
      'data/sources/empty.txt is empty: paste the article text into it',
    ],
    [
      'a binary file',
      () => source('photo.txt', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10])),
      "data/sources/photo.txt is not text (control byte 0x00 at byte 4): give the article's plain text",
    ],
    [
      'a file in neither UTF-8 nor GB18030',
      () => source('latin.txt', new Uint8Array([0x41, 0xff, 0x42])),
      'data/sources/latin.txt is neither UTF-8 nor GB18030 text: save it as UTF-8',
    ],
    [
      'a file over 5 MB',
      () => source('huge.txt', 'a'.repeat(5 * 1024 * 1024 + 1)),
      "data/sources/huge.txt is 5.0 MB, over the 5 MB an article's text may have",
    ],
  ])('refuses %s with one line on stderr and exit code 1', async (_case, file, line) => {
    const { code, stdout, stderr } = await run(file(), '--json');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toEqual([`data:draft: ${line}`]);
  });

  it.each([
    [
      [],
      'usage: npm run data:draft -- <article.txt> [--json] [--out <file>] [--year <YYYY>] [--force]',
    ],
    [['a.txt', '--year', '23'], "--year 23 is not a year: give the page's year, e.g. 2023"],
    [['a.txt', '--colour'], expect.stringContaining("Unknown option '--colour'")],
  ])('refuses the arguments %j', async (args, line) => {
    const { code, stderr } = await run(...args);
    expect(code).toBe(1);
    expect(stderr).toEqual([typeof line === 'string' ? `data:draft: ${line}` : line]);
  });

  it('asks for a kebab-case file name, the article id', async () => {
    const { code, stderr } = await run(source('Health Insurance.txt', TEXT));
    expect(code).toBe(1);
    expect(stderr[0]).toMatch(/its name is the article id and must be kebab-case/);
  });
});

describe('the data:draft command', () => {
  const tsx = join(root, 'node_modules', '.bin', 'tsx');
  const spawn = (...args: string[]) =>
    spawnSync(tsx, [join(root, 'scripts', 'data-draft.ts'), ...args], {
      cwd: dir,
      encoding: 'utf8',
    });

  it('prints one JSON object on stdout and exits 0', () => {
    const result = spawn(source('insurance.txt', TEXT), '--json');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(result.stdout).candidates).toHaveLength(3);
  }, 30_000);

  it('exits 1 with one line on stderr for a bad file', () => {
    const result = spawn(source('empty.txt', ''));
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'data:draft: data/sources/empty.txt is empty: paste the article text into it\n',
    );
  }, 30_000);
});
