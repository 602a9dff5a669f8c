import type { ArticleFile, DepartmentsFile } from './dataset-schema.ts';
import {
  checkDateAt,
  checkFigure,
  locateQuote,
  report,
  type ArticleContext,
} from './figure-check.ts';
import { checkCoverage } from './numeral-coverage.ts';
import { readNumerals } from './numerals/read-numerals.ts';
import type { DataIssue } from './result.ts';
import { findAll, normalizeText } from './source-text.ts';

/**
 * The checks that prove the data against itself and against the article texts, beyond what the
 * schema can say. Pure: the caller reads the files (scripts/lib/assemble-dataset.ts).
 */

export type ArticleInput = {
  /** The article file relative to the project root, e.g. `data/articles/x.json`. */
  file: string;
  /** Its text file relative to the project root, e.g. `data/sources/x.txt`. */
  sourceFile: string;
  content: ArticleFile;
  text: string;
};

export type CheckInput = {
  /** Null when departments.json itself is broken: references to departments are then not checked. */
  departments: { file: string; content: DepartmentsFile } | null;
  articles: readonly ArticleInput[];
};

type IdOwner = { kind: string; file: string; path: string };

/** The departments defined in departments.json, or null when that file could not be read. */
type KnownDepartments = { ids: Set<string>; file: string } | null;

const unknownDepartment = (id: string, known: NonNullable<KnownDepartments>) =>
  `unknown department ${id}: add it to ${known.file} (known: ${[...known.ids].join(', ')})`;

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

function checkArticleMeta(ctx: ArticleContext, known: KnownDepartments) {
  const { article } = ctx;
  const base = ctx.file
    .split('/')
    .pop()
    ?.replace(/\.json$/, '');
  if (base !== article.id) {
    report(
      ctx,
      '$.id',
      article.id,
      `id ${article.id} does not match the file name ${base}.json: name the file ${article.id}.json`,
    );
  }
  if (article.source !== `sources/${article.id}.txt`) {
    report(
      ctx,
      '$.source',
      article.id,
      `source must be sources/${article.id}.txt, named after the article id`,
    );
  }
  const printed = (text: string, path: string, what: string) => {
    if (!ctx.norm.text.includes(normalizeText(text).text)) {
      report(
        ctx,
        path,
        article.id,
        `${what} “${text}” is not in ${ctx.sourceFile}: write it as printed`,
      );
    }
  };
  if (article.headline) printed(article.headline.zh, '$.headline.zh', 'headline');
  if (article.subheadline) printed(article.subheadline.zh, '$.subheadline.zh', 'subheadline');
  article.bylines.forEach((byline, i) => {
    printed(byline.role, `$.bylines[${i}].role`, 'byline role');
    byline.names.forEach((name, j) => printed(name, `$.bylines[${i}].names[${j}]`, 'byline name'));
  });
  const { publication } = article;
  if ((publication.date === null) !== (publication.dateBasis === null)) {
    report(
      ctx,
      '$.publication.dateBasis',
      article.id,
      'publication date and dateBasis are given together, or both null',
    );
  }
  if (publication.dateBasis === 'inferred' && !publication.note) {
    report(
      ctx,
      '$.publication.note',
      article.id,
      'the publication date is inferred: say in note from what',
    );
  }
  if (known) {
    article.departments.forEach((id, i) => {
      if (!known.ids.has(id)) {
        report(ctx, `$.departments[${i}]`, article.id, unknownDepartment(id, known));
      }
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

function checkRecords(ctx: ArticleContext, known: KnownDepartments) {
  const { article } = ctx;
  const groupIds = new Set(article.groups.map((g) => g.id));
  const usedGroups = new Set<string>();
  article.figures.forEach((figure, i) => {
    checkDepartment(ctx, figure.department, `$.figures[${i}].department`, figure.id, known);
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
  const known: KnownDepartments = input.departments
    ? {
        ids: new Set(input.departments.content.departments.map((d) => d.id)),
        file: input.departments.file,
      }
    : null;
  for (const { file, sourceFile, content, text } of input.articles) {
    const norm = normalizeText(text);
    // The reader gets the text without whitespace but with full-width forms kept, index for index
    // the normalized text: a full-width comma (3，500) separates two numbers, an ASCII one groups.
    const read = readNumerals(norm.offsets.map((o) => text[o] ?? '').join(''));
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
    checkRecords(ctx, known);
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
      }),
    );
  }
  return issues;
}
