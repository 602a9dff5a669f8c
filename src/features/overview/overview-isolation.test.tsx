import { render, screen } from '@testing-library/react';
import { indexDataset } from '../../domain/dataset-index.ts';
import { filterDataset } from '../../domain/filter-dataset.ts';
import { EMPTY_FILTERS } from '../../domain/url-state.ts';
import { sampleDataset } from '../../test/sample-dataset.ts';
import { OverviewView } from './overview-view.tsx';

vi.mock('../../charts/builders/count-bar.ts', () => ({
  buildCountBarOption: () => {
    throw new Error('broken on purpose');
  },
}));

describe('the overview when its count chart throws', () => {
  it('shows the error in the chart panel and keeps the headline figures', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <OverviewView
        dataset={sampleDataset}
        index={indexDataset(sampleDataset)}
        filtered={filterDataset(sampleDataset, EMPTY_FILTERS)}
        location={{ route: { view: 'overview' }, filters: EMPTY_FILTERS }}
        navigate={() => {}}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('此图表无法显示：broken on purpose');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('总览');
    expect(screen.getAllByText('343.76万人').length).toBeGreaterThan(0);
  });
});
