import type { ReactNode } from 'react';
import { useT } from './locale-context.tsx';

export type EmptyStateProps = { title?: string; children?: ReactNode };

/** Says plainly that nothing matches, instead of an empty chart. */
export function EmptyState({ title, children }: EmptyStateProps) {
  const t = useT();
  return (
    <div className="empty-state" role="status">
      <p className="empty-state__title">{title ?? t('filters.empty')}</p>
      <p className="empty-state__hint">{children ?? t('filters.emptyHint')}</p>
    </div>
  );
}
