import fc from 'fast-check';
import {
  dataParam,
  decideDataSource,
  DEFAULT_REFRESH_MS,
  hoistHashParams,
  refreshInterval,
  withoutDataParam,
} from './data-source.ts';

const PAGE = 'https://news.example/dashboard/index.html?lang=en#/compare';

describe('decideDataSource', () => {
  it.each([
    ['/data/2024.json', 'https://news.example/data/2024.json'],
    ['data/2024.json', 'https://news.example/dashboard/data/2024.json'],
    ['./data/2024.json?v=2', 'https://news.example/dashboard/data/2024.json?v=2'],
    ['../archive/2023.json', 'https://news.example/archive/2023.json'],
    ['/%2F%2Fevil.example/x.json', 'https://news.example/%2F%2Fevil.example/x.json'],
  ])('accepts the same-origin path %s', (input, url) => {
    expect(decideDataSource(input, PAGE)).toEqual({
      ok: true,
      url,
      path: new URL(url).pathname + new URL(url).search,
    });
  });

  it.each([
    ['', 'empty'],
    ['https://evil.example/data.json', 'scheme'],
    ['http://news.example/data/2024.json', 'scheme'],
    ['HTTPS://evil.example/x.json', 'scheme'],
    ['//evil.example/data.json', 'protocol-relative'],
    ['/\\evil.example/data.json', 'backslash'],
    ['\\\\evil.example\\data.json', 'backslash'],
    ['javascript:alert(1)', 'scheme'],
    ['JaVaScRiPt:alert(1)', 'scheme'],
    ['data:application/json,{}', 'scheme'],
    ['blob:https://news.example/1234', 'scheme'],
    ['file:///etc/passwd', 'scheme'],
    [' //evil.example/x.json', 'whitespace'],
    ['/\t/evil.example/x.json', 'whitespace'],
    ['/\n/evil.example/x.json', 'whitespace'],
    ['java\tscript:alert(1)', 'whitespace'],
    ['/data/2024.json\u0000', 'whitespace'],
    [`/${'a'.repeat(600)}.json`, 'too-long'],
  ])('refuses %j (%s)', (input, reason) => {
    expect(decideDataSource(input, PAGE)).toEqual({ ok: false, reason, input });
  });

  it('only ever accepts what resolves to the page’s own origin', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (input) => {
        const decision = decideDataSource(input, PAGE);
        if (decision.ok) expect(new URL(decision.url).origin).toBe('https://news.example');
      }),
    );
  });

  it('refuses every absolute URL, with or without its scheme', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true }), (url) => {
        expect(decideDataSource(url, PAGE).ok).toBe(false);
        expect(decideDataSource(url.replace(/^https?:/, ''), PAGE).ok).toBe(false);
      }),
    );
  });

  it('accepts every path made of ordinary segments', () => {
    const segment = fc.stringMatching(/^[a-z0-9_-]{1,12}$/);
    fc.assert(
      fc.property(
        fc.array(segment, { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        (parts, root) => {
          const path = `${root ? '/' : ''}${parts.join('/')}.json`;
          const decision = decideDataSource(path, PAGE);
          expect(decision.ok && decision.url.endsWith(`${parts.join('/')}.json`)).toBe(true);
        },
      ),
    );
  });
});

describe('dataParam', () => {
  it.each([
    ['', '', null],
    ['?data=/a.json', '#/', '/a.json'],
    ['', '#/compare?dept=x&data=/b.json', '/b.json'],
    ['?data=/a.json', '#/?data=/b.json', '/b.json'],
    ['?data=', '', ''],
  ])('reads search %j and hash %j as %j', (search, hash, expected) => {
    expect(dataParam(search, hash)).toBe(expected);
  });
});

describe('hoistHashParams', () => {
  it('moves data and refresh from the hash to the search, keeping the rest', () => {
    expect(
      hoistHashParams('https://a.example/?lang=en#/present?dwell=8&data=/x.json&refresh=2s', [
        'data',
        'refresh',
      ]),
    ).toBe('https://a.example/?lang=en&data=%2Fx.json&refresh=2s#/present?dwell=8');
  });

  it.each(['https://a.example/#/compare?dept=a', 'https://a.example/?data=/x.json#/'])(
    'leaves %s alone',
    (href) => expect(hoistHashParams(href, ['data'])).toBeNull(),
  );
});

describe('withoutDataParam', () => {
  it('takes ?data= out of the search and the hash', () => {
    expect(
      withoutDataParam('https://a.example/?data=/x.json&lang=en#/compare?data=/y&dept=a,b'),
    ).toBe('https://a.example/?lang=en#/compare?dept=a,b');
  });
});

describe('refreshInterval', () => {
  it.each<[string, string, number | false]>([
    ['', '', DEFAULT_REFRESH_MS],
    ['?refresh=30s', '', 30_000],
    ['', '#/present?refresh=2m', 120_000],
    ['?refresh=100ms', '', 1000],
    ['?refresh=off', '', false],
    ['?refresh=soon', '', DEFAULT_REFRESH_MS],
  ])('reads %j %j as %j', (search, hash, expected) => {
    expect(refreshInterval(search, hash)).toBe(expected);
  });
});
