/**
 * An article's text from the bytes of a file: UTF-8 (with or without a byte-order mark), or
 * GB18030 where the bytes are not UTF-8 but decode as Chinese text in it, as pages saved by
 * older Chinese software often are. Anything else is refused with a reason an editor can act on.
 */

/** Larger than any article: the seed page's four articles are 10 kB together. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export type DecodedText =
  { ok: true; text: string; encoding: 'utf-8' | 'gb18030' } | { ok: false; message: string };

const CJK = /[\u3400-\u9fff]/;

/** Control characters other than tab, line feed, form feed and carriage return. */
function firstControl(bytes: Uint8Array): number {
  const limit = Math.min(bytes.length, 64 * 1024);
  for (let i = 0; i < limit; i++) {
    const b = bytes[i] ?? 0;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) return i;
  }
  return -1;
}

function decode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Decodes an article's text, or says in one sentence why it cannot. */
export function decodeArticleBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    return { ok: false, message: `is ${mb} MB, over the 5 MB an article's text may have` };
  }
  if (bytes.length === 0) return { ok: false, message: 'is empty: paste the article text into it' };
  const [b0, b1] = bytes;
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    return { ok: false, message: 'is UTF-16: save it as UTF-8' };
  }
  const control = firstControl(bytes);
  if (control >= 0) {
    const code = (bytes[control] ?? 0).toString(16).padStart(2, '0');
    return {
      ok: false,
      message: `is not text (control byte 0x${code} at byte ${control}): give the article's plain text`,
    };
  }
  const utf8 = decode('utf-8', bytes);
  const gb = utf8 === null ? decode('gb18030', bytes) : null;
  const text = utf8 ?? (gb !== null && CJK.test(gb) ? gb : null);
  if (text === null) {
    return { ok: false, message: 'is neither UTF-8 nor GB18030 text: save it as UTF-8' };
  }
  // TextDecoder drops a UTF-8 byte-order mark itself; a blank file is as good as an empty one.
  if (text.trim() === '')
    return { ok: false, message: 'holds only whitespace: paste the article text into it' };
  return { ok: true, text, encoding: utf8 === null ? 'gb18030' : 'utf-8' };
}
