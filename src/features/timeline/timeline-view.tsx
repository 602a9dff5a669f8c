import { useT } from '../../ui/locale';
import type { ViewProps } from '../../ui/view-props';

export function TimelineView(_props: ViewProps) {
  const t = useT();
  return (
    <section>
      <h1>{t('timeline.title')}</h1>
    </section>
  );
}
