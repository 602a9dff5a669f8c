import { useT } from '../ui/locale';
import type { MessageKey } from '../ui/messages';

export function PlaceholderView({ title }: { title: MessageKey }) {
  const t = useT();
  return (
    <section>
      <h1>{t(title)}</h1>
      <p>{t('view.comingSoon')}</p>
    </section>
  );
}
