import { useT } from '../ui/locale.tsx';
import type { MessageKey } from '../ui/messages.ts';

export function PlaceholderView({ title }: { title: MessageKey }) {
  const t = useT();
  return (
    <section>
      <h1>{t(title)}</h1>
      <p>{t('view.comingSoon')}</p>
    </section>
  );
}
