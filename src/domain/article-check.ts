import { report, type ArticleContext } from './figure-check.ts';
import { normalizeText } from './source-text.ts';

/** The checks of an article as a whole: its file name, what it prints, and what a draft lacks. */

/** The departments defined in departments.json, or null when that file could not be read. */
export type KnownDepartments = { ids: Set<string>; file: string } | null;

export const unknownDepartment = (id: string, known: NonNullable<KnownDepartments>) =>
  `unknown department ${id}: add it to ${known.file} (known: ${[...known.ids].join(', ')})`;

/** The article's id, source, printed headline and bylines, publication date and departments. */
export function checkArticleMeta(ctx: ArticleContext, known: KnownDepartments) {
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

/** What a draft leaves to the editor, figure by figure, so data:check can say it plainly. */
export function checkDraft(ctx: ArticleContext) {
  const { article } = ctx;
  if (!('draft' in article)) return;
  report(
    ctx,
    '$.draft',
    article.id,
    'this article is a draft (npm run data:draft): fill in what is listed below, then remove "draft": true; the build refuses drafts',
  );
  if (article.departments.length === 0) {
    report(
      ctx,
      '$.departments',
      article.id,
      'left to fill: the ids of the departments the article reports on',
    );
  }
  article.figures.forEach((figure, i) => {
    const missing = [
      figure.department === null && 'department',
      figure.metric === null && 'metric (zh and en: what is counted)',
      figure.category === null && 'category',
      figure.unit === null &&
        'unit (the page prints none after the number: say in note why it is the one you set)',
      figure.date === null && 'date',
      figure.dateBasis === null && 'dateBasis',
    ].filter((field): field is string => field !== false);
    if (missing.length > 0) {
      report(ctx, `$.figures[${i}]`, figure.id, `left to fill: ${missing.join(', ')}`);
    }
  });
}
