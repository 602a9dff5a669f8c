import { render, screen, within } from '@testing-library/react';
import { indexDataset } from '../../domain/dataset-index.ts';
import { filterDataset } from '../../domain/filter-dataset.ts';
import { EMPTY_FILTERS, type Filters } from '../../domain/url-state.ts';
import { sampleDataset } from '../../test/sample-dataset.ts';
import { SearchView } from './search-view.tsx';

function renderSearch(query: string, unsearchedYears: string[] = [], filters = EMPTY_FILTERS) {
  render(
    <SearchView
      dataset={sampleDataset}
      index={indexDataset(sampleDataset)}
      filtered={filterDataset(sampleDataset, filters)}
      location={{ route: { view: 'search', query }, filters }}
      navigate={() => {}}
      unsearchedYears={unsearchedYears}
    />,
  );
}

describe('SearchView', () => {
  it('lists the matching figures with value, highlight and source link, and announces the count', async () => {
    renderSearch('签约人数');
    expect(await screen.findByText('找到 1 条结果')).toHaveAttribute('role', 'status');
    const [hit] = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(hit).toHaveTextContent('家庭医生签约人数');
    expect(hit).toHaveTextContent('343.76万人');
    expect(within(hit!).getByText('签约人数', { selector: 'mark' })).toBeVisible();
    expect(within(hit!).getByRole('link', { name: '来源：家庭医生签约人数' })).toHaveAttribute(
      'href',
      '#/sources?focus=health-family-doctor-people',
    );
  });

  it('highlights the word in every figure it finds', async () => {
    renderSearch('签约');
    expect(await screen.findByText('找到 2 条结果')).toHaveAttribute('role', 'status');
    const marks = [...document.querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marks).toContain('签约');
  });

  it('says what it did not find', async () => {
    renderSearch('航天');
    expect(await screen.findByText('没有找到“航天”。')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('asks for a word when the query is blank', () => {
    renderSearch('   ');
    expect(screen.getByText(/在上方搜索框输入要找的词/)).toBeVisible();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('names the years it has not searched', async () => {
    renderSearch('签约', ['2019', '2020']);
    expect(await screen.findByText('尚未搜索：2019、2020 年（未载入）')).toBeVisible();
  });

  it('says nothing of unsearched years when every year is loaded', async () => {
    renderSearch('签约', []);
    await screen.findByText(/找到/);
    expect(screen.queryByText(/尚未搜索/)).not.toBeInTheDocument();
  });

  it('keeps to the filters', async () => {
    const filters: Filters = { ...EMPTY_FILTERS, years: ['1999'] };
    renderSearch('签约', [], filters);
    expect(await screen.findByText(/没有找到/)).toHaveAttribute('role', 'status');
    expect(screen.getByText('只在当前筛选范围内搜索。')).toBeVisible();
  });
});
