import { highlightPieces, locateQuotes, type Piece, type QuoteSpan } from './highlight-model.ts';

/** The highlighted text of each mark, and plain text in between, for readable expectations. */
function render(pieces: readonly Piece[]): string {
  return pieces.map((p) => (p.kind === 'mark' ? `[${p.text}]` : p.text)).join('');
}

describe('locateQuotes', () => {
  // Lines break mid-word, numbers are set with spaces, one digit is full-width: as on the page.
  const raw =
    '截至目前，全市家庭\n医生签约已覆盖村居、社区 5525 个，\n签约 343.76 万人；推广５项机制。';

  it.each([
    ['a quote on one line', '覆盖村居', '覆盖村居'],
    ['a quote spanning a line break', '全市家庭医生签约', '全市家庭\n医生签约'],
    ['a quote without the spaces the page sets around numbers', '社区5525个', '社区 5525 个'],
    ['a quote with the spaces the page sets', '签约 343.76 万人', '签约 343.76 万人'],
    ['a half-width quote of full-width digits', '推广5项机制', '推广５项机制'],
    ['a full-width quote of the same digits', '推广５项机制', '推广５项机制'],
    ['a quote with a line break of its own', '个，\n签约', '个，\n签约'],
  ])('finds %s and maps it back to the raw text', (_name, quote, printed) => {
    const { spans, unlocated } = locateQuotes(raw, [{ key: 'k', quote }]);
    expect(unlocated).toEqual([]);
    const [span] = spans;
    expect(span && raw.slice(span.start, span.end)).toBe(printed);
  });

  it.each([
    ['a quote that is not in the text', '签约 343.77 万人'],
    ['a quote of only whitespace', ' \n '],
    ['an empty quote', ''],
  ])('reports %s as unlocated', (_name, quote) => {
    expect(locateQuotes(raw, [{ key: 'missing', quote }])).toEqual({
      spans: [],
      unlocated: ['missing'],
    });
  });

  it('takes the first occurrence of a quote printed twice', () => {
    expect(locateQuotes('签约，签约', [{ key: 'k', quote: '签约' }]).spans).toEqual([
      { key: 'k', start: 0, end: 2 },
    ]);
  });

  it('locates each quote of several, keeping their order', () => {
    const { spans, unlocated } = locateQuotes(raw, [
      { key: 'b', quote: '343.76万人' },
      { key: 'x', quote: '不存在' },
      { key: 'a', quote: '家庭医生' },
    ]);
    expect(spans.map((s) => s.key)).toEqual(['b', 'a']);
    expect(unlocated).toEqual(['x']);
  });
});

describe('highlightPieces', () => {
  const raw = 'abcdefghij';
  const span = (key: string, start: number, end: number): QuoteSpan => ({ key, start, end });

  it.each([
    ['no quotes', [], 'abcdefghij'],
    ['one quote', [span('a', 2, 5)], 'ab[cde]fghij'],
    ['a quote at the very start and end', [span('a', 0, 10)], '[abcdefghij]'],
    ['two separate quotes', [span('a', 0, 2), span('b', 5, 7)], '[ab]cde[fg]hij'],
    ['two quotes that only touch', [span('a', 0, 3), span('b', 3, 5)], '[abc][de]fghij'],
    ['two quotes that overlap', [span('a', 1, 5), span('b', 3, 8)], 'a[bcdefgh]ij'],
    ['a quote inside another', [span('a', 1, 8), span('b', 3, 5)], 'a[bcdefgh]ij'],
    ['a chain of overlaps', [span('a', 0, 3), span('b', 2, 5), span('c', 4, 7)], '[abcdefg]hij'],
    ['quotes given out of order', [span('b', 5, 7), span('a', 0, 2)], '[ab]cde[fg]hij'],
    ['the same quote twice', [span('a', 2, 4), span('b', 2, 4)], 'ab[cd]efghij'],
    ['a span outside the text, which is dropped', [span('a', 8, 20)], 'abcdefghij'],
  ])('renders %s', (_name, spans, expected) => {
    const pieces = highlightPieces(raw, spans);
    expect(render(pieces)).toBe(expected);
    // Nothing is lost or repeated: the pieces give back the text.
    expect(pieces.map((p) => p.text).join('')).toBe(raw);
  });

  it('splits overlapping quotes into parts that say which quotes cover them', () => {
    const [, mark] = highlightPieces(raw, [span('a', 1, 5), span('b', 3, 8)]);
    expect(mark).toEqual({
      kind: 'mark',
      start: 1,
      end: 8,
      text: 'bcdefgh',
      keys: ['a', 'b'],
      parts: [
        { start: 1, end: 3, text: 'bc', keys: ['a'] },
        { start: 3, end: 5, text: 'de', keys: ['a', 'b'] },
        { start: 5, end: 8, text: 'fgh', keys: ['b'] },
      ],
    });
  });

  it('lists the longer of two quotes that start together first', () => {
    const [mark] = highlightPieces(raw, [span('short', 0, 2), span('long', 0, 6)]);
    expect(mark?.kind === 'mark' && mark.keys).toEqual(['long', 'short']);
  });

  it('keeps a line break inside a highlight, for a quote that spans lines', () => {
    const text = '全市家庭\n医生签约已覆盖';
    const { spans } = locateQuotes(text, [{ key: 'k', quote: '家庭医生' }]);
    expect(render(highlightPieces(text, spans))).toBe('全市[家庭\n医生]签约已覆盖');
  });

  it('highlights overlapping quotes located in real text as one mark', () => {
    // From the page: a list item and a figure quote overlap in 宣传推广５项机制.
    const text = '考核评价、宣传\n推广５项机制，确保';
    const { spans } = locateQuotes(text, [
      { key: 'item', quote: '宣传推广５项机制' },
      { key: 'figure', quote: '推广5项机制' },
    ]);
    const pieces = highlightPieces(text, spans);
    expect(render(pieces)).toBe('考核评价、[宣传\n推广５项机制]，确保');
    const mark = pieces.find((p) => p.kind === 'mark');
    expect(mark?.kind === 'mark' && mark.parts.map((p) => [p.text, p.keys])).toEqual([
      ['宣传\n', ['item']],
      ['推广５项机制', ['item', 'figure']],
    ]);
  });
});
