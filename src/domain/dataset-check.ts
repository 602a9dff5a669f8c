import type { DepartmentsFile, EditorArticle } from './dataset-schema.ts';
import {
  checkArticleMeta,
  checkDraft,
  unknownDepartment,
  type KnownDepartments,
} from './article-check.ts';
import {
  checkDateAt,
  checkFigure,
  locateQuote,
  report,
  type ArticleContext,
} from './figure-check.ts';
import { checkCoverage } from './numeral-coverage.ts';
import { readNumerals } from './numerals/read-numerals.ts';
import { KNOWN_UNITS } from './numerals/units.ts';
import type { DataIssue } from './result.ts';
import { findAll, normalizeText } from './source-text.ts';
import { unknownNameMessage } from './vocabulary.ts';
import type { Vocabulary } from './vocabulary-schema.ts';

/**
 * The checks that prove the data against itself and against the article texts, beyond what the
 * schema can say. Pure: the caller reads the files (scripts/lib/assemble-dataset.ts).
 */

export type ArticleInput = {
  /** The article file relative to the project root, e.g. `data/articles/x.json`. */
  file: string;
  /** Its text file relative to the project root, e.g. `data/sources/x.txt`. */
  sourceFile: string;
  /** A finished article, or a draft (`draft: true`), which is checked and then refused. */
  content: EditorArticle;
  text: string;
};

export type CheckInput = {
  /** Null when departments.json itself is broken: references to departments are then not checked. */
  departments: { file: string; content: DepartmentsFile } | null;
  /** Null when vocabulary.json is broken: units and categories are then not checked. */
  vocabulary: { file: string; content: Vocabulary } | null;
  articles: readonly ArticleInput[];
};

/** The units and categories data/vocabulary.json defines, or null when it could not be read. */
type KnownNames = { units: string[]; categories: string[]; file: string } | null;

type IdOwner = { kind: string; file: string; path: string };

function checkUniqueIds(input: CheckInput, issues: DataIssue[]) {
  const seen = new Map<string, IdOwner>();
  const claim = (id: string, owner: IdOwner) => {
    const earlier = seen.get(id);
    if (earlier) {
      issues.push({
        file: owner.file,
        path: owner.path,
        recordId: id,
        message: `id ${id} is already used by the ${earlier.kind} at ${earlier.file} ${earlier.path}: ids are unique across the dataset`,
      });
    } else seen.set(id, owner);
  };
  input.departments?.content.departments.forEach((d, i) =>
    claim(d.id, {
      kind: 'department',
      file: input.departments?.file ?? '',
      path: `$.departments[${i}].id`,
    }),
  );
  for (const { file, content } of input.articles) {
    claim(content.id, { kind: 'article', file, path: '$.id' });
    const records = [
      ['group', 'groups', content.groups],
      ['figure', 'figures', content.figures],
      ['event', 'events', content.events],
      ['list', 'lists', content.lists],
    ] as const;
    for (const [kind, key, list] of records) {
      list.forEach((r: { id: string }, i: number) =>
        claim(r.id, { kind, file, path: `$.${key}[${i}].id` }),
      );
    }
  }
}

/** A department leads with one figure: a second mark would leave the overview to guess. */
function checkOneHeadline(input: CheckInput, issues: DataIssue[]) {
  const marked = new Map<string, { id: string; file: string }>();
  for (const { file, content } of input.articles) {
    content.figures.forEach((figure, i) => {
      if (!figure.headline || figure.department === null) return;
      const earlier = marked.get(figure.department);
      if (!earlier) {
        marked.set(figure.department, { id: figure.id, file });
        return;
      }
      const where = earlier.file === file ? '' : ` in ${earlier.file}`;
      issues.push({
        file,
        path: `$.figures[${i}].headline`,
        recordId: figure.id,
        message: `department ${figure.department} already has its headline figure ${earlier.id}${where}: mark one only`,
      });
    });
  }
}

function checkDepartment(
  ctx: ArticleContext,
  id: string,
  path: string,
  recordId: string,
  known: KnownDepartments,
) {
  if (known && !known.ids.has(id)) {
    report(ctx, path, recordId, unknownDepartment(id, known));
  } else if (!ctx.article.departments.includes(id)) {
    report(
      ctx,
      path,
      recordId,
      `department ${id} is not one of the article's departments (${ctx.article.departments.join(', ')}): add it to $.departments`,
    );
  }
}

/** A figure's unit and category must be in the vocabulary, or the app cannot name them. */
function checkNames(
  ctx: ArticleContext,
  figure: { id: string; unit: string | null; category: string | null },
  i: number,
  names: KnownNames,
) {
  if (!names) return;
  if (figure.unit !== null && !names.units.includes(figure.unit)) {
    const message = unknownNameMessage('unit', figure.unit, names.units, names.file);
    report(ctx, `$.figures[${i}].unit`, figure.id, message);
  }
  if (figure.category !== null && !names.categories.includes(figure.category)) {
    const message = unknownNameMessage('category', figure.category, names.categories, names.file);
    report(ctx, `$.figures[${i}].category`, figure.id, message);
  }
}

function checkRecords(ctx: ArticleContext, known: KnownDepartments, names: KnownNames) {
  const { article } = ctx;
  const groupIds = new Set(article.groups.map((g) => g.id));
  const usedGroups = new Set<string>();
  checkDraft(ctx);
  article.figures.forEach((figure, i) => {
    if (figure.department !== null) {
      checkDepartment(ctx, figure.department, `$.figures[${i}].department`, figure.id, known);
    }
    checkNames(ctx, figure, i, names);
    if (figure.group !== undefined) {
      usedGroups.add(figure.group);
      if (!groupIds.has(figure.group)) {
        report(
          ctx,
          `$.figures[${i}].group`,
          figure.id,
          `unknown group ${figure.group}: define it in this article's groups`,
        );
      }
    }
    checkFigure(ctx, figure, i);
  });
  article.groups.forEach((group, i) => {
    if (!usedGroups.has(group.id)) {
      report(
        ctx,
        `$.groups[${i}]`,
        group.id,
        `group ${group.id} has no figures: remove it or set group on its figures`,
      );
    }
  });
  article.events.forEach((event, i) => {
    const path = `$.events[${i}]`;
    checkDepartment(ctx, event.department, `${path}.department`, event.id, known);
    const quote = locateQuote(ctx, event.quote, `${path}.quote`, event.id, true);
    if (quote) checkDateAt(ctx, event, quote, path, true);
  });
  article.lists.forEach((list, i) => {
    const path = `$.lists[${i}]`;
    checkDepartment(ctx, list.department, `${path}.department`, list.id, known);
    list.items.forEach((item, j) => {
      locateQuote(ctx, item.quote, `${path}.items[${j}].quote`, list.id, false);
    });
    if (list.complete === false && !list.note) {
      report(
        ctx,
        `${path}.complete`,
        list.id,
        'the list is marked incomplete: say in note what the source leaves out (……, 等)',
      );
    }
    if (list.countFigure === undefined) return;
    const count = article.figures.find((f) => f.id === list.countFigure);
    if (!count) {
      report(
        ctx,
        `${path}.countFigure`,
        list.id,
        `countFigure ${list.countFigure} is not a figure of this article`,
      );
    } else if (list.complete !== false && count.value !== list.items.length) {
      report(
        ctx,
        `${path}.countFigure`,
        list.id,
        `figure ${count.id} counts ${count.value} but the list has ${list.items.length} items: add the missing items, or set complete to false and say why in note`,
      );
    } else if (list.complete === false && list.items.length > count.value) {
      report(
        ctx,
        `${path}.countFigure`,
        list.id,
        `the list has ${list.items.length} items, more than figure ${count.id} counts (${count.value})`,
      );
    }
  });
}

/** Runs every check and returns every issue at once (an empty array means the data is proven). */
export function checkDataset(input: CheckInput): DataIssue[] {
  const issues: DataIssue[] = [];
  checkUniqueIds(input, issues);
  checkOneHeadline(input, issues);
  const known: KnownDepartments = input.departments
    ? {
        ids: new Set(input.departments.content.departments.map((d) => d.id)),
        file: input.departments.file,
      }
    : null;
  const vocabulary = input.vocabulary;
  const names: KnownNames = vocabulary
    ? {
        units: vocabulary.content.units.map((u) => u.unit),
        categories: vocabulary.content.categories.map((c) => c.category),
        file: vocabulary.file,
      }
    : null;
  // The reader knows the units of Chinese news; a unit an editor adds to the vocabulary is read
  // too, so a new page needs no code change.
  const readerUnits = names ? [...new Set([...KNOWN_UNITS, ...names.units])] : KNOWN_UNITS;
  for (const { file, sourceFile, content, text } of input.articles) {
    const norm = normalizeText(text);
    // The reader gets the text without whitespace but with full-width forms kept, index for index
    // the normalized text: a full-width comma (3，500) separates two numbers, an ASCII one groups.
    const read = readNumerals(norm.offsets.map((o) => text[o] ?? '').join(''), {
      units: readerUnits,
    });
    const numerals = [
      ...read.quantities,
      ...read.excluded.flatMap((e) => (e.reading ? [e.reading] : [])),
    ].sort((a, b) => a.numberStart - b.numberStart);
    const ctx: ArticleContext = {
      file,
      sourceFile,
      article: content,
      raw: text,
      norm,
      numerals,
      excludedAt: new Map(read.excluded.map((e) => [e.numberStart, e])),
      issues,
      figureClaims: [],
      dateClaims: [],
    };
    checkArticleMeta(ctx, known);
    checkRecords(ctx, known, names);
    for (const name of content.bylines.flatMap((b) => b.names)) {
      const needle = normalizeText(name).text;
      for (const start of findAll(norm.text, needle)) {
        ctx.dateClaims.push({
          start,
          end: start + needle.length,
          text: name,
          by: 'byline',
          kind: 'byline name',
          accounts: true,
        });
      }
    }
    issues.push(
      ...checkCoverage({
        file,
        articleId: content.id,
        sourceFile,
        raw: text,
        norm,
        numerals: ctx.numerals,
        excluded: read.excluded,
        figureClaims: ctx.figureClaims,
        dateClaims: ctx.dateClaims,
        ignored: content.ignoredNumerals,
        draft: 'draft' in content,
      }),
    );
  }
  return issues;
}
