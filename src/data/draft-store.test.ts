import { deleteDraft, listDrafts, loadDraft, saveDraft } from './draft-store.ts';

describe('the draft store', () => {
  it('keeps a draft and lists it, the newest first', () => {
    expect(saveDraft('a', '第一篇', { text: '甲' })).toEqual({ ok: true });
    vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 1000);
    expect(saveDraft('b', '第二篇', { text: '乙' })).toEqual({ ok: true });
    expect(listDrafts().map((d) => [d.id, d.title])).toEqual([
      ['b', '第二篇'],
      ['a', '第一篇'],
    ]);
    expect(loadDraft('a')).toEqual({ text: '甲' });
  });

  it('replaces a draft saved again, keeping one line for it', () => {
    saveDraft('a', '旧', { n: 1 });
    saveDraft('a', '新', { n: 2 });
    expect(listDrafts()).toHaveLength(1);
    expect(loadDraft('a')).toEqual({ n: 2 });
  });

  it('says so when the browser storage is full, instead of dropping the draft silently', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    expect(saveDraft('a', '满', { big: 'x' })).toEqual({
      ok: false,
      reason: 'full',
      detail: 'quota',
    });
  });

  it('forgets a deleted draft', () => {
    saveDraft('a', '甲', {});
    deleteDraft('a');
    expect(listDrafts()).toEqual([]);
    expect(loadDraft('a')).toBeNull();
  });

  it('reads nothing from a damaged entry', () => {
    localStorage.setItem('editor:draft:x', '{not json');
    expect(loadDraft('x')).toBeNull();
  });
});
