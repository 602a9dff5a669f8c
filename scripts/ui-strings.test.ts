// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Interface text belongs in the catalogues (src/ui/i18n/). These layers render UI; domain/
// holds parsers whose Chinese characters are data (万, 余), and tests and mocks are not shown.
const UI_DIRS = ['app', 'features', 'charts', 'ui'];
const SRC = fileURLToPath(new URL('../src', import.meta.url));
const CATALOGUES = join(SRC, 'ui', 'i18n');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path === CATALOGUES ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const files = UI_DIRS.flatMap((dir) => sourceFiles(join(SRC, dir)));

describe('components', () => {
  it('exist to be checked', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((file) => [relative(SRC, file), file]))(
    '%s carries no hard-coded Chinese or full-width punctuation',
    (_name, file) => {
      const code = withoutComments(readFileSync(file, 'utf8'));
      expect(code.match(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+/g) ?? []).toEqual([]);
    },
  );

  it.each(files.filter((f) => f.endsWith('.tsx')).map((file) => [relative(SRC, file), file]))(
    '%s has no literal text in JSX or in labelling attributes',
    (_name, file) => {
      const code = withoutComments(readFileSync(file, 'utf8'));
      const jsxText = [...code.matchAll(/>([^<>{}()=;]*[A-Za-z][^<>{}()=;]*)<\//g)].map((m) =>
        m[1]!.trim(),
      );
      const attributes = [
        ...code.matchAll(/\b(?:aria-label|title|alt|placeholder)="([^"]*[A-Za-z][^"]*)"/g),
      ].map((m) => m[1]);
      expect([...jsxText, ...attributes]).toEqual([]);
    },
  );
});
