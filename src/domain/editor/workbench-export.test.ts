import curated from '../../../data/articles/health-party-brands.json';
import departmentsFile from '../../../data/departments.json';
import health from '../../../data/sources/health-party-brands.txt?raw';
import vocabularyFile from '../../../data/vocabulary.json';
import type { ArticleFile } from '../dataset-schema.ts';
import { readDraft } from '../drafting/read-draft.ts';
import { normalizeText } from '../source-text.ts';
import { applyAction, emptyDraft, proposeFigure, type WorkbenchDraft } from './workbench-draft.ts';
import { articleFromDraft, checkWorkbench } from './workbench-export.ts';

const context = {
  departments: departmentsFile.departments,
  vocabulary: { units: vocabularyFile.units, categories: vocabularyFile.categories },
};
const figures = (curated as unknown as ArticleFile).figures;
const reading = readDraft(health, { year: 2023 });

/**
 * The health article decided as the curated file says (its metrics, categories, quotes and date
 * notes): what the export then holds, and what data:check makes of it.
 */
function decidedAsCurated(): WorkbenchDraft {
  let draft = applyAction(emptyDraft(), {
    type: 'set-text',
    text: health,
    id: 'health-party-brands',
    year: 2023,
  });
  for (const candidate of reading.candidates) {
    const match = figures.find((f) => f.value === candidate.value && f.unit === candidate.unit);
    if (!match) {
      draft = applyAction(draft, {
        type: 'decide',
        at: candidate.start,
        decision: { kind: 'excluded', reason: 'A name: the "four-element" action.' },
      });
      continue;
    }
    const proposed = proposeFigure(candidate, draft, 'liaocheng-health-commission');
    draft = applyAction(draft, {
      type: 'decide',
      at: candidate.start,
      decision: {
        ...proposed,
        metric: match.metric,
        category: match.category,
        quote: match.quote,
        dateNote: match.dateNote ?? '',
      },
    });
  }
  return draft;
}

describe('the workbench export', () => {
  it('rebuilds the curated health article, and data:check finds nothing wrong with it', () => {
    const check = checkWorkbench(decidedAsCurated(), reading, context);
    expect(check.issues).toEqual([]);
    expect(check.article.figures.map((f) => [f.value, f.unit, f.qualifier, f.date])).toEqual(
      figures.map((f) => [f.value, f.unit, f.qualifier, f.date]),
    );
    expect(check.article.ignoredNumerals).toEqual([
      { text: '四元', reason: 'A name: the "four-element" action.' },
    ]);
    expect(check.article.departments).toEqual(['liaocheng-health-commission']);
  });

  it('puts each figure issue beside its candidate', () => {
    const draft = decidedAsCurated();
    const first = reading.candidates[1]!;
    const decision = draft.decisions[first.start];
    if (decision?.kind !== 'figure') throw new Error('expected a figure');
    const broken = applyAction(draft, {
      type: 'decide',
      at: first.start,
      decision: { ...decision, quote: '不在原文里的9个', metric: { zh: '品牌', en: '' } },
    });
    const check = checkWorkbench(broken, reading, context);
    expect(check.byCandidate[first.start]?.join(' ')).toMatch(/English name must not be empty/);
    const fixedName = applyAction(broken, {
      type: 'decide',
      at: first.start,
      decision: { ...decision, quote: '不在原文里的9个' },
    });
    const quoteCheck = checkWorkbench(fixedName, reading, context);
    expect(quoteCheck.byCandidate[first.start]?.join(' ')).toMatch(/not in/);
  });

  it('lists every numeral still undecided as data:check does', () => {
    const mechanisms = reading.candidates.find((c) => c.text === '５项')!;
    const draft = applyAction(decidedAsCurated(), { type: 'undecide', at: mechanisms.start });
    const check = checkWorkbench(draft, reading, context);
    expect(check.issues).toHaveLength(1);
    expect(check.issues[0]?.message).toMatch(/numeral “５”/);
  });

  it('groups figures by the name the editor gives, with ids from the article', () => {
    let draft = decidedAsCurated();
    for (const candidate of reading.candidates.slice(4, 6)) {
      const decision = draft.decisions[candidate.start];
      if (decision?.kind !== 'figure') continue;
      draft = applyAction(draft, {
        type: 'decide',
        at: candidate.start,
        decision: { ...decision, group: '家庭医生签约' },
        groupEn: 'Family doctors',
      });
    }
    const article = articleFromDraft(draft, reading);
    expect(article.groups).toEqual([
      { id: 'health-party-brands-group-1', name: { zh: '家庭医生签约', en: 'Family doctors' } },
    ]);
    expect(article.figures.filter((f) => f.group).map((f) => f.value)).toEqual([5525, 3437600]);
    expect(checkWorkbench(draft, reading, context).issues).toEqual([]);
  });

  it('keeps one 要闻 per department: marking a second unmarks the first', () => {
    let draft = decidedAsCurated();
    const [, a, b] = reading.candidates;
    for (const candidate of [a!, b!]) {
      const decision = draft.decisions[candidate.start];
      if (decision?.kind !== 'figure') continue;
      draft = applyAction(draft, {
        type: 'decide',
        at: candidate.start,
        decision: { ...decision, headline: true },
      });
    }
    const marked = articleFromDraft(draft, reading).figures.filter((f) => f.headline);
    expect(marked.map((f) => f.value)).toEqual([91]);
  });

  it('refuses a 要闻 for a department whose published article marks one already', () => {
    const draft = decidedAsCurated();
    const nine = reading.candidates[1]!;
    const decision = draft.decisions[nine.start];
    if (decision?.kind !== 'figure') throw new Error('expected a figure');
    const marked = applyAction(draft, {
      type: 'decide',
      at: nine.start,
      decision: { ...decision, headline: true },
    });
    expect(checkWorkbench(marked, reading, context).issues).toEqual([]);
    const published = { 'liaocheng-health-commission': 'health-family-doctor-people' };
    const check = checkWorkbench(marked, reading, { ...context, publishedHeadlines: published });
    expect(check.byCandidate[nine.start]?.join(' ')).toMatch(
      /already has its headline figure health-family-doctor-people/,
    );
  });

  it('quotes as the checks compare them: a quote with the page line breaks is still verbatim', () => {
    const candidate = reading.candidates.find((c) => c.value === 112000)!;
    expect(normalizeText(candidate.text).text).toBe('11.2万余人次');
  });
});
