import { sampleDataset } from '../test/sample-dataset.ts';
import { readBody } from './reading.ts';

const bytes = (text: string, prefix: number[] = []) =>
  new Uint8Array([...prefix, ...new TextEncoder().encode(text)]).buffer;

describe('readBody', () => {
  it('reads the same dataset from its UTF-8 bytes as from its text', () => {
    const text = JSON.stringify(sampleDataset);
    const fromText = readBody(text, 'data/dataset.json');
    expect(fromText).toMatchObject({ json: 'ok', parse: { ok: true, data: sampleDataset } });
    expect(readBody(bytes(text), 'data/dataset.json')).toEqual(fromText);
  });

  it('drops a byte-order mark, as Response.text() does', () => {
    const reading = readBody(bytes(JSON.stringify(sampleDataset), [0xef, 0xbb, 0xbf]), 'f.json');
    expect(reading).toMatchObject({ json: 'ok', parse: { ok: true } });
  });

  it('says why bytes that are no JSON are not', () => {
    expect(readBody(bytes('{"schemaVersion": 1, "title": {"zh": "聊'), 'f.json')).toMatchObject({
      json: 'malformed',
      failure: 'truncated',
    });
    expect(readBody(bytes('<!doctype html><p>Not here</p>'), 'f.json')).toMatchObject({
      json: 'malformed',
      failure: 'html',
    });
  });

  it('reads broken UTF-8 as replacement characters, as Response.text() does', () => {
    const text = JSON.stringify({ ...sampleDataset, title: { zh: 'XX', en: 'Title' } });
    const [before, after] = text.split('XX') as [string, string];
    const body = new Uint8Array([
      ...new TextEncoder().encode(before),
      0xff,
      ...new TextEncoder().encode(after),
    ]).buffer;
    expect(readBody(body, 'f.json')).toMatchObject({
      json: 'ok',
      parse: { ok: true, data: { title: { zh: '\uFFFD' } } },
    });
  });
});
