import { useT } from '../../ui/locale';
import type { ViewProps } from '../../ui/view-props';

export function SourcesView(_props: ViewProps) {
  const t = useT();
  return (
    <section>
      <h1>{t('sources.title')}</h1>
    </section>
  );
}
