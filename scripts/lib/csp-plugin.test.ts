import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildCsp, cspOfPage, inlineScriptHashes, withCspMeta } from './csp-plugin.ts';

const sha = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe('inlineScriptHashes', () => {
  it.each([
    ['a classic inline script', '<script>boot()</script>', [sha('boot()')]],
    ['an inline module script', '<script type="module" crossorigin>go()</script>', [sha('go()')]],
    ['a JavaScript MIME type', "<script type='text/javascript'>x</script>", [sha('x')]],
    ['a script with src', '<script type="module" src="./a.js"></script>', []],
    ['a JSON data block', '<script type="application/json" id="dataset">{"a":1}</script>', []],
    ['CR LF, as the parser gives it: LF', '<script>a\r\nb</script>', [sha('a\nb')]],
  ])('handles %s', (_name, html, hashes) => {
    expect(inlineScriptHashes(html)).toEqual(hashes);
  });
});

describe('withCspMeta', () => {
  const page = '<html><head>\n<meta charset="UTF-8" />\n<script>one()</script></head></html>';

  it('puts the policy right after the charset, with the hash of the inline script', () => {
    const html = withCspMeta(page);
    expect(html.indexOf('Content-Security-Policy')).toBeGreaterThan(html.indexOf('charset'));
    expect(cspOfPage(html)).toBe(buildCsp([sha('one()')]));
    expect(cspOfPage(html)).toContain(`script-src 'self' '${sha('one()')}';`);
  });

  it('rewrites the policy when the page changed, instead of adding a second one', () => {
    const twice = withCspMeta(withCspMeta(page).replace('one()', 'two()'));
    expect(twice.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(cspOfPage(twice)).toContain(sha('two()'));
  });
});

describe('buildCsp', () => {
  it('allows the own origin only, and no inline or eval for scripts', () => {
    const policy = buildCsp([]);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(policy).toMatch(/script-src 'self';/);
    expect(policy).not.toMatch(/https?:|\*|'unsafe-eval'/);
  });
});
