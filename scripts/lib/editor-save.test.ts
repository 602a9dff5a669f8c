// @vitest-environment node
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isLoopback, saveToData } from './editor-save.ts';

const dirs: string[] = [];
function dataDir() {
  const dir = mkdtempSync(join(tmpdir(), 'editor-save-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const request = { id: 'new-article', article: { id: 'new-article' }, text: '全文' };

describe('saveToData', () => {
  it('writes the article and its text into data/', () => {
    const dir = dataDir();
    expect(saveToData(dir, request)).toEqual({
      status: 200,
      written: ['data/articles/new-article.json', 'data/sources/new-article.txt'],
    });
    expect(JSON.parse(readFileSync(join(dir, 'articles/new-article.json'), 'utf8'))).toEqual({
      id: 'new-article',
    });
    expect(readFileSync(join(dir, 'sources/new-article.txt'), 'utf8')).toBe('全文');
  });

  it('asks before replacing the shared lists too', () => {
    const dir = dataDir();
    saveToData(dir, { ...request, vocabulary: { units: [] } });
    expect(saveToData(dir, { ...request, id: 'other', vocabulary: { units: [1] } })).toEqual(
      expect.objectContaining({ status: 409, existing: ['vocabulary.json'] }),
    );
  });

  it('never overwrites without the editor saying so', () => {
    const dir = dataDir();
    saveToData(dir, request);
    const again = saveToData(dir, { ...request, text: '改过的全文' });
    expect(again).toEqual(expect.objectContaining({ status: 409 }));
    expect(readFileSync(join(dir, 'sources/new-article.txt'), 'utf8')).toBe('全文');
    expect(saveToData(dir, { ...request, text: '改过的全文', overwrite: true }).status).toBe(200);
    expect(readFileSync(join(dir, 'sources/new-article.txt'), 'utf8')).toBe('改过的全文');
  });

  it.each([
    ['a path', '../../etc/passwd'],
    ['capitals', 'New-Article'],
    ['spaces', 'new article'],
    ['an empty id', ''],
  ])('refuses an id with %s', (_name, id) => {
    const dir = dataDir();
    expect(saveToData(dir, { ...request, id })).toEqual(expect.objectContaining({ status: 400 }));
    expect(existsSync(join(dir, 'articles'))).toBe(false);
  });

  it('refuses a body that is not an article', () => {
    expect(saveToData(dataDir(), { id: 'x' })).toEqual(expect.objectContaining({ status: 400 }));
  });
});

describe('isLoopback', () => {
  it.each([
    ['127.0.0.1', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['192.168.1.20', false],
    [undefined, false],
  ])('%s is this machine: %s', (address, expected) => {
    expect(isLoopback(address)).toBe(expected);
  });
});
