// @vitest-environment node
import { decodeArticleBytes, MAX_ARTICLE_BYTES } from './decode-text.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** 中文数字 in GB18030 (the bytes GBK and GB2312 give too). */
const GB18030 = new Uint8Array([0xd6, 0xd0, 0xce, 0xc4, 0xca, 0xfd, 0xd7, 0xd6]);

describe('decodeArticleBytes', () => {
  it.each([
    ['UTF-8', utf8('签约 343.76 万人'), '签约 343.76 万人'],
    [
      'UTF-8 with a byte-order mark',
      new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('七八个')]),
      '七八个',
    ],
    ['Windows line ends', utf8('第一行\r\n第二行'), '第一行\r\n第二行'],
  ])('reads %s', (_case, bytes, text) => {
    expect(decodeArticleBytes(bytes)).toEqual({ ok: true, text, encoding: 'utf-8' });
  });

  it('reads GB18030 where the bytes are not UTF-8, and says so', () => {
    expect(decodeArticleBytes(GB18030)).toEqual({
      ok: true,
      text: '中文数字',
      encoding: 'gb18030',
    });
  });

  it.each([
    ['an empty file', new Uint8Array(), 'is empty: paste the article text into it'],
    ['only whitespace', utf8(' \n\t\n'), 'holds only whitespace: paste the article text into it'],
    ['UTF-16', new Uint8Array([0xff, 0xfe, 0x2d, 0x4e]), 'is UTF-16: save it as UTF-8'],
    [
      'a binary file',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]),
      "is not text (control byte 0x1a at byte 6): give the article's plain text",
    ],
    [
      'bytes that are no text in either encoding',
      new Uint8Array([0x41, 0xff, 0x42]),
      'is neither UTF-8 nor GB18030 text: save it as UTF-8',
    ],
  ])('refuses %s', (_case, bytes, message) => {
    expect(decodeArticleBytes(bytes)).toEqual({ ok: false, message });
  });

  it('refuses more than 5 MB', () => {
    const big = new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x41);
    expect(decodeArticleBytes(big)).toEqual({
      ok: false,
      message: "is 5.0 MB, over the 5 MB an article's text may have",
    });
  });
});
