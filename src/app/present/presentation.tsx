import type { Dataset } from '../../domain/dataset-schema.ts';
import type { AppLocation } from '../../domain/url-state.ts';
import { useT } from '../../ui/locale.tsx';

export type PresentationProps = {
  dataset: Dataset;
  location: AppLocation;
  navigate: (location: AppLocation) => void;
};

/** The meeting-room screen (issue 8). */
export function Presentation(_props: PresentationProps) {
  const t = useT();
  return (
    <main>
      <h1>{t('nav.present')}</h1>
    </main>
  );
}
