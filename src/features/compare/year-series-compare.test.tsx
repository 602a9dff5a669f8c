import { render, screen, within } from '@testing-library/react';
import { indexDataset } from '../../domain/dataset-index.ts';
import type { Dataset, Figure } from '../../domain/dataset-schema.ts';
import { filterDataset } from '../../domain/filter-dataset.ts';
import { EMPTY_FILTERS, type Filters } from '../../domain/url-state.ts';
import { sampleDataset } from '../../test/sample-dataset.ts';
import { CompareView } from './compare-view.tsx';

const DEPARTMENT = 'liaocheng-health-commission';
const villages = sampleDataset.figures.find((f) => f.id === 'health-family-doctor-villages');
if (!villages) throw new Error('the sample dataset lost its villages figure');
const { printed: _printed, ...unprinted } = villages;

/** The villages figure of 2023 again in 2024, printed as an upper bound (不足6000个). */
const nextYear: Figure = {
  ...unprinted,
  id: 'health-family-doctor-villages-2024',
  value: 6000,
  qualifier: 'atMost',
  date: '2024',
  quote: '不足6000个',
};
const dataset: Dataset = { ...sampleDataset, figures: [...sampleDataset.figures, nextYear] };
const TITLE = '市卫生健康委 · 家庭医生签约覆盖村居、社区（个）';

function renderCompare(filters: Filters, figures: string[] = []) {
  return render(
    <CompareView
      dataset={dataset}
      index={indexDataset(dataset)}
      filtered={filterDataset(dataset, filters)}
      location={{ route: { view: 'compare', figures, logScale: false }, filters }}
      navigate={() => {}}
    />,
  );
}

describe('comparing years in the compare view', () => {
  it('draws the chosen department’s metric by year', () => {
    renderCompare({ ...EMPTY_FILTERS, departments: [DEPARTMENT] });
    const section = screen.getByRole('region', { name: '按年份比较' });
    expect(section).toHaveTextContent('2023年和2024年');
    expect(within(section).getByRole('figure', { name: TITLE })).toBeInTheDocument();
  });

  it('draws picked figures of one metric in two years by year, beside the bars', () => {
    renderCompare(EMPTY_FILTERS, ['health-family-doctor-villages', nextYear.id]);
    expect(screen.getByRole('figure', { name: TITLE })).toHaveAccessibleDescription(
      /2023年 .*5525个；2024年 .*不足6000个/,
    );
    expect(screen.getByRole('figure', { name: '已选 2 个数字' })).toBeInTheDocument();
  });

  it('says nothing of years when no department is chosen', () => {
    renderCompare(EMPTY_FILTERS);
    expect(screen.queryByRole('region', { name: '按年份比较' })).toBeNull();
  });
});
