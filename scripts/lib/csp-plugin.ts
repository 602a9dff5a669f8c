import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the production build (docs/decisions/007-content-security-policy.md).
 * Only the page's own origin; inline scripts only by the hash of their exact text.
 */
export function buildCsp(scriptHashes: readonly string[]): string {
  const directives: Array<[string, ...string[]]> = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...scriptHashes.map((hash) => `'${hash}'`)],
    // 'unsafe-inline' for styles only. ECharts writes its tooltip markup, style="" attributes
    // included, through innerHTML; under style-src 'self' Chromium 156 refused them thousands of
    // times per view on hover (style-src-attr, from the ECharts chunk; measured with
    // e2e/csp.spec.ts). The single-file build also inlines the stylesheet. React's style prop and
    // ECharts' element styles go through the CSSOM, which CSP does not restrict. Styles cannot
    // run code; scripts stay hash-only.
    ['style-src', "'self'", "'unsafe-inline'"],
    // PNG export (chart-panel.tsx) and the single-file build's icon are data: URLs; the CSV
    // export is a blob: URL.
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ];
  return directives.map((parts) => parts.join(' ')).join('; ');
}

/** Types a browser runs as script; `application/json` and other data blocks are not executed. */
const EXECUTABLE_TYPES = new Set([
  '',
  'module',
  'text/javascript',
  'application/javascript',
  'text/ecmascript',
  'application/ecmascript',
]);

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/**
 * `sha256-…` sources for every inline script the browser would execute in `html`: a `<script>`
 * without `src` whose type is empty, a JavaScript MIME type or `module`.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = '', body = ''] of html.matchAll(SCRIPT)) {
    if (/\ssrc\s*=/i.test(` ${attributes}`)) continue;
    const type = /\btype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
    const value = (type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim().toLowerCase();
    if (!EXECUTABLE_TYPES.has(value)) continue;
    // The browser hashes the element's text as parsed: the HTML parser turns CR LF into LF.
    const text = body.replace(/\r\n?/g, '\n');
    hashes.add(`sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`);
  }
  return [...hashes].sort();
}

const META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>\s*/i;

/** The page with its policy meta tag (re)written from the inline scripts it holds now. */
export function withCspMeta(html: string): string {
  const withoutOld = html.replace(META, '');
  const policy = buildCsp(inlineScriptHashes(withoutOld));
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  // First in <head> after the charset, so it governs every element the parser meets after it.
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(withoutOld);
  if (charset) {
    const end = charset.index + charset[0].length;
    return `${withoutOld.slice(0, end)}\n    ${meta}${withoutOld.slice(end)}`;
  }
  return withoutOld.replace(/<head>/i, `<head>\n    ${meta}`);
}

/** The policy a built page declares, or null when it has none. */
export function cspOfPage(html: string): string | null {
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(html);
  return match?.[1] ?? null;
}

/**
 * Puts the policy into every HTML page of a build, and sends it as a header from `vite preview`
 * (`npm start`), where `frame-ancestors` works too (a meta tag cannot carry it).
 *
 * The hashes are computed in `generateBundle` with `order: 'post'`, placed after every other
 * plugin: `transformIndexHtml` (even `order: 'post'`) runs before vite-plugin-singlefile inlines
 * the code into the page in its own post `generateBundle`, so only this hook sees the final HTML
 * of both builds, including inline scripts other plugins or index.html add.
 */
export function cspPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'newspaper-content-security-policy',
    enforce: 'post',
    apply: (_config, env) => env.command === 'build' || env.isPreview === true,
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html =
            typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
          file.source = withCspMeta(html);
        }
      },
    },
    configurePreviewServer(server) {
      const index = resolve(outDir, 'index.html');
      server.middlewares.use((_req, res, next) => {
        // Read per request: a rebuild while the server runs brings new hashes.
        const policy = existsSync(index) ? cspOfPage(readFileSync(index, 'utf8')) : null;
        if (policy) {
          res.setHeader('Content-Security-Policy', `${policy}; frame-ancestors 'self'`);
        }
        next();
      });
    },
  };
}
