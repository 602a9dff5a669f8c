import fc from 'fast-check';
import {
  formatDwell,
  formatPresentParams,
  MAX_DWELL_SECONDS,
  MIN_DWELL_SECONDS,
  parseDwell,
  parsePresentParams,
  type PresentParams,
} from './present-params.ts';

describe('parseDwell', () => {
  it.each<[string | null, number | undefined]>([
    ['15', 15],
    ['7.5', 7.5],
    ['.5', 0.5],
    ['20s', 20],
    ['20 S', 20],
    ['500ms', 0.5],
    ['2m', 120],
    ['1min', 60],
    ['0.01', MIN_DWELL_SECONDS],
    ['999999', MAX_DWELL_SECONDS],
    ['0', undefined],
    ['-3', undefined],
    ['abc', undefined],
    ['15px', undefined],
    ['1e3', undefined],
    ['', undefined],
    [null, undefined],
  ])('reads %j as %j seconds', (text, expected) => {
    expect(parseDwell(text)).toBe(expected);
  });

  it('reads back every dwell it writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 50, max: MAX_DWELL_SECONDS * 1000 }), (ms) => {
        const seconds = ms / 1000;
        expect(parseDwell(formatDwell(seconds))).toBe(seconds);
      }),
    );
  });
});

describe('parsePresentParams', () => {
  it.each<[string, PresentParams]>([
    ['', {}],
    [
      'dwell=20&cycle=dept&slide=3&stretch=1&space=next',
      {
        dwell: 20,
        cycle: 'dept',
        slide: 3,
        stretch: true,
        space: 'next',
      },
    ],
    ['cycle=year', { cycle: 'year' }],
    ['cycle=weekday&slide=0&stretch=yes&space=pause', {}],
    ['slide=abc', {}],
    ['slide=12', { slide: 12 }],
  ])('reads %j', (query, expected) => {
    expect(parsePresentParams(new URLSearchParams(query))).toEqual(expected);
  });
});

describe('formatPresentParams', () => {
  it('leaves the defaults out', () => {
    const params = new URLSearchParams();
    formatPresentParams({}, params);
    expect(params.toString()).toBe('');
  });

  it('writes every parameter that is set', () => {
    const params = new URLSearchParams();
    formatPresentParams(
      { dwell: 0.2, cycle: 'dept', slide: 4, stretch: true, space: 'next' },
      params,
    );
    expect(params.toString()).toBe('dwell=0.2&cycle=dept&slide=4&stretch=1&space=next');
  });
});
