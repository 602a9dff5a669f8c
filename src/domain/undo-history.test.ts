import { MAX_UNDO, record, redo, startHistory, undo } from './undo-history.ts';

describe('undo history', () => {
  it('walks back and forth through what was done', () => {
    let h = startHistory('a');
    h = record(h, 'b');
    h = record(h, 'c');
    expect(undo(h).present).toBe('b');
    expect(undo(undo(h)).present).toBe('a');
    expect(redo(undo(undo(h))).present).toBe('b');
    expect(redo(redo(undo(undo(h)))).present).toBe('c');
  });

  it('drops what could be redone when something new is done', () => {
    const h = record(undo(record(record(startHistory(1), 2), 3)), 4);
    expect(h.present).toBe(4);
    expect(redo(h)).toBe(h);
    expect(h.past).toEqual([1, 2]);
  });

  it('does nothing at either end, and records nothing for no change', () => {
    const h = startHistory('x');
    expect(undo(h)).toBe(h);
    expect(redo(h)).toBe(h);
    expect(record(h, 'x')).toBe(h);
  });

  it('keeps a bounded past', () => {
    let h = startHistory(0);
    for (let i = 1; i <= MAX_UNDO + 10; i++) h = record(h, i);
    expect(h.past).toHaveLength(MAX_UNDO);
    expect(h.past[0]).toBe(10);
  });
});
