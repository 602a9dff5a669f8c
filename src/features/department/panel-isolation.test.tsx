import { render, screen, within } from '@testing-library/react';
import type * as FigureBar from '../../charts/builders/figure-bar.ts';
import { indexDataset } from '../../domain/dataset-index.ts';
import { filterDataset } from '../../domain/filter-dataset.ts';
import { EMPTY_FILTERS } from '../../domain/url-state.ts';
import { sampleDataset } from '../../test/sample-dataset.ts';
import type { Dataset } from '../../domain/dataset-schema.ts';
import { DepartmentView } from './department-view.tsx';

// One chart's option builder breaks, for the chart that holds the people figure only.
vi.mock('../../charts/builders/figure-bar.ts', async (importOriginal) => {
  const original = await importOriginal<typeof FigureBar>();
  return {
    ...original,
    buildFigureBarOption: (...args: Parameters<typeof original.buildFigureBarOption>) => {
      if (args[0].some((row) => row.id === 'health-family-doctor-people')) {
        throw new Error('broken on purpose');
      }
      return original.buildFigureBarOption(...args);
    },
  };
});

// Each figure twice, so the department shows two charts: one per unit (个 and 人).
const dataset: Dataset = {
  ...sampleDataset,
  figures: sampleDataset.figures.flatMap((figure) => [
    figure,
    { ...figure, id: `${figure.id}-again` },
  ]),
};

describe('a chart that throws', () => {
  it('shows its error in its place while the other chart and the tables still render', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <DepartmentView
        dataset={dataset}
        index={indexDataset(dataset)}
        filtered={filterDataset(dataset, EMPTY_FILTERS)}
        location={{
          route: { view: 'departments', departmentId: 'liaocheng-health-commission' },
          filters: EMPTY_FILTERS,
        }}
        navigate={() => {}}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('此图表无法显示：broken on purpose');
    // The villages chart (unit 个) is drawn as before, with its figure.
    expect(screen.getAllByRole('figure')).toHaveLength(1);
    expect(screen.getByRole('region', { name: '覆盖范围（个）' })).toBeInTheDocument();
    // The rest of the page: the department's heading and its figure table with both figures.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('聊城市卫生健康委员会');
    const tables = screen.getAllByRole('table');
    expect(tables.some((table) => within(table).queryAllByText('343.76万人').length > 0)).toBe(
      true,
    );
  });
});
