import type { Article } from './dataset-schema.ts';

/** Characters of the opening words that tell two headline-less articles apart. */
export const OPENING_LENGTH = 14;

/**
 * The first words of an article's text, without its byline (■ 本报记者 …) or line breaks:
 * what a reader sees first, so two articles the page printed without a headline can still be
 * told apart in a list ("我们的党群服务中心能够为全…" / "10月16日，茌平区杜郎口镇机…").
 */
export function articleOpening(article: Pick<Article, 'text' | 'bylines'>): string {
  const names = article.bylines.flatMap((byline) => [byline.role, ...byline.names]);
  const lines = article.text.split(/\r?\n/).map((line) => line.trim());
  const body = lines
    .filter((line) => line !== '' && !/^[■□●◆]/.test(line))
    .filter((line) => !names.some((name) => line === name))
    .join('')
    .replace(/\s+/g, '')
    .replace(/^[“"「『]+/, '');
  const chars = [...body];
  return chars.length > OPENING_LENGTH ? `${chars.slice(0, OPENING_LENGTH).join('')}…` : body;
}
