import { normalizeText } from '../source-text.ts';
import {
  indexClauses,
  sentenceAround,
  uniqueClause,
  uniqueWithin,
  type QuoteText,
} from './quote-clause.ts';

function quoteText(raw: string): QuoteText {
  const norm = normalizeText(raw);
  return { printed: norm.offsets.map((o) => raw[o]).join(''), folded: norm.text };
}

/** The span of the first occurrence of `part` in the text. */
const spanOf = (text: QuoteText, part: string) => {
  const start = text.printed.indexOf(part);
  return { start, end: start + part.length };
};

const cut = (text: QuoteText, span: { start: number; end: number }) =>
  text.printed.slice(span.start, span.end);

describe('uniqueClause', () => {
  it.each([
    ['全市参保率达98.6%，同比提高1.2个百分点；新建卫生室七八个。', '98.6%', '全市参保率达98.6%'],
    ['全市参保率达98.6%，同比提高1.2个百分点；新建卫生室七八个。', '七八个', '新建卫生室七八个'],
    // The page breaks lines mid-word: the quote is joined, as the data check compares it.
    [
      '开展送疾病预防控\n制知识 3500 余场次，服务 49 万余人\n次；',
      '3500',
      '开展送疾病预防控制知识3500余场次',
    ],
    ['服务 49 万余人\n次；', '49', '服务49万余人次'],
  ])('quotes the clause of %j around %s', (raw, part, quote) => {
    const text = quoteText(raw);
    expect(cut(text, uniqueClause(indexClauses(text), spanOf(text, part)))).toBe(quote);
  });

  it('grows a clause that occurs twice by the shorter neighbour that makes it unique', () => {
    const text = quoteText('甲村，服务10人。乙村，服务10人，另有5人。丙村，服务10人，另有5人。');
    const at = (n: number) => {
      let i = -1;
      for (let k = 0; k < n; k++) i = text.printed.indexOf('10', i + 1);
      return { start: i, end: i + 3 };
    };
    expect(cut(text, uniqueClause(indexClauses(text), at(2)))).toBe('乙村，服务10人');
    expect(cut(text, uniqueClause(indexClauses(text), at(3)))).toBe('丙村，服务10人');
  });

  it('compares full-width forms as the check does', () => {
    const text = quoteText('推广５项机制。推广5项机制，确保对接。');
    expect(cut(text, uniqueClause(indexClauses(text), spanOf(text, '５项')))).toBe(
      '推广５项机制。推广5项机制',
    );
  });
});

describe('sentenceAround', () => {
  it('runs from one full stop to the next', () => {
    const text = quoteText('2020年7月，建成中心。目前，服务10人；培训5人！');
    expect(cut(text, sentenceAround(indexClauses(text), spanOf(text, '5人')))).toBe(
      '目前，服务10人；培训5人',
    );
  });
});

describe('uniqueWithin', () => {
  it('gives the shortest words that point at one number of the quote', () => {
    const text = quoteText('设置5个窗口、15个事项');
    const quote = { start: 0, end: text.printed.length };
    const five = spanOf(text, '5个窗口');
    expect(uniqueWithin(text, quote, [{ start: five.start, end: five.start + 1 }])).toBeNull();
    const tries = [1, 2, 3].map((n) => ({ start: five.start, end: five.start + n }));
    expect(uniqueWithin(text, quote, tries)).toBe('5个窗');
  });
});
