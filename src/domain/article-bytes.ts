/**
 * An article file as an editor brings it: UTF-8 (with or without a BOM), or GB18030, which
 * Chinese offices still save by default. Anything else is refused with the reason, never
 * guessed at: a misread byte would put a wrong character into a quote that must be verbatim.
 */

/** Larger than any newspaper page: a file this big is not an article. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export type ArticleEncoding = 'utf-8' | 'gb18030';

export type DecodedArticle =
  | { ok: true; text: string; encoding: ArticleEncoding }
  | { ok: false; reason: 'empty' | 'too-large' | 'binary' | 'unknown-encoding'; detail: string };

/** Control characters no text file holds (tab, line feed and carriage return excepted). */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) control++;
  }
  return control > sample.length / 100;
}

function decodeStrict(bytes: Uint8Array, encoding: ArticleEncoding): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** The text of an article file, with the encoding it was in, or why it cannot be read. */
export function decodeArticleBytes(bytes: Uint8Array): DecodedArticle {
  if (bytes.length === 0) return { ok: false, reason: 'empty', detail: '0 bytes' };
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return { ok: false, reason: 'too-large', detail: `${bytes.length} bytes` };
  }
  if (looksBinary(bytes)) {
    return { ok: false, reason: 'binary', detail: 'control characters a text file does not hold' };
  }
  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== null) return checkText(utf8, 'utf-8');
  const gb = decodeStrict(bytes, 'gb18030');
  if (gb !== null) return checkText(gb, 'gb18030');
  return { ok: false, reason: 'unknown-encoding', detail: 'neither UTF-8 nor GB18030' };
}

function checkText(text: string, encoding: ArticleEncoding): DecodedArticle {
  if (text.trim() === '') return { ok: false, reason: 'empty', detail: 'only white space' };
  return { ok: true, text, encoding };
}
