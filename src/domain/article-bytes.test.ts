import { decodeArticleBytes, MAX_ARTICLE_BYTES } from './article-bytes.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
// 你好，聊城 in GB18030 (GBK range): the bytes an office PC saves.
const GB = new Uint8Array([0xc4, 0xe3, 0xba, 0xc3, 0xa3, 0xac, 0xc1, 0xc4, 0xb3, 0xc7]);

describe('decodeArticleBytes', () => {
  it('reads UTF-8, with or without a byte order mark', () => {
    expect(decodeArticleBytes(utf8('全市共有5525个村居'))).toEqual({
      ok: true,
      text: '全市共有5525个村居',
      encoding: 'utf-8',
    });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('七八个')]);
    expect(decodeArticleBytes(withBom)).toEqual({ ok: true, text: '七八个', encoding: 'utf-8' });
  });

  it('reads GB18030, which is not valid UTF-8', () => {
    expect(decodeArticleBytes(GB)).toEqual({ ok: true, text: '你好，聊城', encoding: 'gb18030' });
  });

  it.each([
    ['an empty file', new Uint8Array(), 'empty'],
    ['white space only', utf8(' \n\t '), 'empty'],
    ['a binary file', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'binary'],
    ['a file past 5 MB', new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x41), 'too-large'],
    [
      'bytes of no known encoding',
      new Uint8Array([0xff, 0xfe, 0xff, 0x80, 0x81]),
      'unknown-encoding',
    ],
  ])('refuses %s with the reason', (_name, bytes, reason) => {
    expect(decodeArticleBytes(bytes)).toEqual(expect.objectContaining({ ok: false, reason }));
  });
});
