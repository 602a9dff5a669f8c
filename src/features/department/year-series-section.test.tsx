import { render, screen, within } from '@testing-library/react';
import { indexDataset } from '../../domain/dataset-index.ts';
import type { Dataset, Figure } from '../../domain/dataset-schema.ts';
import { filterDataset } from '../../domain/filter-dataset.ts';
import { EMPTY_FILTERS, type Filters } from '../../domain/url-state.ts';
import { sampleDataset } from '../../test/sample-dataset.ts';
import { DepartmentView } from './department-view.tsx';

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

function renderDepartment(dataset: Dataset, filters: Filters = EMPTY_FILTERS) {
  return render(
    <DepartmentView
      dataset={dataset}
      index={indexDataset(dataset)}
      filtered={filterDataset(dataset, filters)}
      location={{ route: { view: 'departments', departmentId: DEPARTMENT }, filters }}
      navigate={() => {}}
    />,
  );
}

describe('the year over year section of the department view', () => {
  it('shows a metric printed in two years as a series, names the years and the bound', () => {
    renderDepartment({ ...sampleDataset, figures: [...sampleDataset.figures, nextYear] });
    const section = screen.getByRole('region', { name: '历年对比' });
    expect(section).toHaveTextContent('这些指标在 2023年和2024年 都有报道');
    const panel = within(section).getByRole('region', { name: '家庭医生签约覆盖村居、社区（个）' });
    // Each year in order, the bound in words (the table is one keystroke away, hidden here).
    expect(within(panel).getByRole('figure')).toHaveAccessibleDescription(
      /^2023年 家庭医生签约覆盖村居、社区 5525个；2024年 家庭医生签约覆盖村居、社区 不足6000个。/,
    );
    expect(panel).toHaveTextContent('空心三角标出上限或下限所在');
  });

  it('is absent when no metric is printed in two years', () => {
    renderDepartment(sampleDataset);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('聊城市卫生健康委员会');
    expect(screen.queryByRole('region', { name: '历年对比' })).toBeNull();
  });

  it('keeps to the year filter: one chosen year is no series', () => {
    renderDepartment(
      { ...sampleDataset, figures: [...sampleDataset.figures, nextYear] },
      { ...EMPTY_FILTERS, years: ['2024'] },
    );
    expect(screen.queryByRole('region', { name: '历年对比' })).toBeNull();
  });
});
