import { useMemo } from 'react';
import { Chart } from '../../charts/chart';
import { buildCountBarOption } from '../../charts/builders/count-bar';
import type { Dataset } from '../../domain/dataset-schema';
import { useLocale, useT } from '../../ui/locale';

export type OverviewViewProps = { dataset: Dataset };

export function OverviewView({ dataset }: OverviewViewProps) {
  const t = useT();
  const locale = useLocale();
  const option = useMemo(() => {
    const rows = dataset.departments.map((department) => ({
      id: department.id,
      label: department.shortName[locale],
      count: dataset.figures.filter((figure) => figure.department === department.id).length,
    }));
    return buildCountBarOption(rows, t('chart.countAxis'));
  }, [dataset, locale, t]);

  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">{t('overview.title')}</h1>
      <p>
        {t('overview.summary', {
          departments: dataset.departments.length,
          articles: dataset.articles.length,
          figures: dataset.figures.length,
        })}
      </p>
      <Chart label={t('overview.figuresByDepartment')} option={option} height="320px" />
    </section>
  );
}
