import fc from 'fast-check';
import { classifyJsonFailure, endsUnfinished, parseJsonText } from './json-text.ts';

describe('classifyJsonFailure', () => {
  it.each([
    ['', 'empty'],
    ['  \n', 'empty'],
    ['<!doctype html><html>', 'html'],
    ['{"schemaVersion": 1, "title": {"zh": "看', 'truncated'],
    ['{"figures": [1, 2', 'truncated'],
    ['{"a": "x\\"', 'truncated'],
    ['{"a": 1}}', 'syntax'],
    ["{'a': 1}", 'syntax'],
  ])('calls %j %s', (text, failure) => {
    expect(classifyJsonFailure(text)).toBe(failure);
  });
});

describe('endsUnfinished', () => {
  it('finds every proper prefix of a JSON object unfinished', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.nat(), (value, cut) => {
        const text = JSON.stringify(value);
        const at = 1 + (cut % (text.length - 1 || 1));
        if (at < text.length) expect(endsUnfinished(text.slice(0, at))).toBe(true);
        expect(endsUnfinished(text)).toBe(false);
      }),
    );
  });
});

describe('parseJsonText', () => {
  it('gives the value of valid JSON', () => {
    expect(parseJsonText('{"a":[1]}')).toEqual({ ok: true, value: { a: [1] } });
  });

  it('says why a text is not JSON, with the parser’s words', () => {
    const parsed = parseJsonText('{"a": [1,');
    expect(parsed).toEqual({ ok: false, failure: 'truncated', detail: expect.any(String) });
  });
});
