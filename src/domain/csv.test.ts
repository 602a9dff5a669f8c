import { toCsv, UTF8_BOM } from './csv.ts';

describe('toCsv', () => {
  it('starts with a BOM and ends every line with CRLF', () => {
    expect(toCsv(['单位', '数值'], [['审计局', 10]])).toBe(`${UTF8_BOM}单位,数值\r\n审计局,10\r\n`);
  });

  it.each([
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['@cmd', "'@cmd"],
    ['-5', "'-5"],
  ])('writes the cell %j as %s', (cell, expected) => {
    expect(toCsv(['h'], [[cell]])).toBe(`${UTF8_BOM}h\r\n${expected}\r\n`);
  });

  it('writes numbers as they are, negative ones too', () => {
    expect(toCsv(['n'], [[-3437600.5]])).toBe(`${UTF8_BOM}n\r\n-3437600.5\r\n`);
  });
});
