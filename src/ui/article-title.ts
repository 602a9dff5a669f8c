import { articleOpening } from '../domain/article-title.ts';
import type { Article } from '../domain/dataset-schema.ts';
import type { Locale } from '../domain/locale.ts';
import { translate } from './messages.ts';

/**
 * What every list, export and footnote calls an article: its printed headline, or, where the
 * page printed none, that fact with the article's opening words, so two such articles differ.
 * Never a made-up headline, never the record id.
 */
export function articleTitle(
  article: Pick<Article, 'headline' | 'text' | 'bylines'>,
  locale: Locale,
): string {
  return (
    article.headline?.[locale] ??
    translate(locale, 'article.untitled', { opening: articleOpening(article) })
  );
}

/**
 * The headline with its subheadline, as one line: Chinese prints the subheadline with its own
 * dash (——市卫生健康委…); English gets one, so the two do not run together.
 */
export function articleFullTitle(
  article: Pick<Article, 'headline' | 'subheadline' | 'text' | 'bylines'>,
  locale: Locale,
): string {
  const title = articleTitle(article, locale);
  const sub = article.subheadline?.[locale];
  if (!sub) return title;
  return /^[—–-]/.test(sub) ? `${title}${sub}` : `${title} — ${sub}`;
}
