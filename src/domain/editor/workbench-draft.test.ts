import health from '../../../data/sources/health-party-brands.txt?raw';
import { readDraft } from '../drafting/read-draft.ts';
import {
  applyAction,
  emptyDraft,
  nextUndecided,
  proposeFigure,
  undecidedCount,
} from './workbench-draft.ts';

const reading = readDraft(health, { year: 2023 });
const [first, second, third] = reading.candidates;
const started = applyAction(emptyDraft(), { type: 'set-text', text: health, id: 'h', year: 2023 });

describe('the workbench draft', () => {
  it('proposes what the reader read, with the last department and category the editor gave', () => {
    const proposed = proposeFigure(second!, started, 'a-department');
    expect(proposed).toMatchObject({
      value: 9,
      unit: '个',
      qualifier: 'exact',
      date: '2023',
      dateBasis: 'inferred',
      department: 'a-department',
      category: '',
    });
    const decided = applyAction(started, {
      type: 'decide',
      at: second!.start,
      decision: { ...proposed, department: 'health', category: 'brands' },
    });
    expect(proposeFigure(third!, decided, 'a-department')).toMatchObject({
      department: 'health',
      category: 'brands',
    });
  });

  it('proposes the category of the last figure in the same unit before that of the last figure', () => {
    const times = reading.candidates.filter((c) => c.unit === '次');
    const people = reading.candidates.find((c) => c.unit === '人次' && c.start > times[0]!.start)!;
    let draft = applyAction(started, {
      type: 'decide',
      at: times[0]!.start,
      decision: { ...proposeFigure(times[0]!, started, 'h'), category: 'outreach-sessions' },
    });
    draft = applyAction(draft, {
      type: 'decide',
      at: people.start,
      decision: { ...proposeFigure(people, draft, 'h'), category: 'outreach-reach' },
    });
    expect(proposeFigure(times[1]!, draft, 'h').category).toBe('outreach-sessions');
  });

  it('moves to the next undecided candidate, wrapping at the end', () => {
    const excluded = applyAction(started, {
      type: 'decide',
      at: second!.start,
      decision: { kind: 'excluded', reason: 'r' },
    });
    expect(nextUndecided(reading.candidates, excluded, 0)).toBe(2);
    const last = reading.candidates.length - 1;
    expect(nextUndecided(reading.candidates, excluded, last)).toBe(0);
    expect(undecidedCount(reading.candidates, excluded)).toBe(reading.candidates.length - 1);
  });

  it('returns the same draft where an action changes nothing, so undo skips it', () => {
    expect(applyAction(started, { type: 'set-id', id: 'h' })).toBe(started);
    expect(applyAction(started, { type: 'undecide', at: first!.start })).toBe(started);
  });

  it('starts afresh on a new text: decisions were offsets into the old one', () => {
    const decided = applyAction(started, {
      type: 'decide',
      at: first!.start,
      decision: { kind: 'excluded', reason: 'a name' },
    });
    const next = applyAction(decided, { type: 'set-text', text: '新的文字', id: 'x', year: null });
    expect(next.decisions).toEqual({});
    expect(next.id).toBe('x');
  });
});
