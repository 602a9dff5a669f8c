import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { indexDataset } from '../../domain/dataset-index.ts';
import { filterDataset } from '../../domain/filter-dataset.ts';
import { EMPTY_FILTERS } from '../../domain/url-state.ts';
import { sampleDataset } from '../../test/sample-dataset.ts';
import { SourcesView } from './sources-view.tsx';

function renderSources(focus: string | null) {
  const scrollIntoView = vi.fn();
  // jsdom does not lay out, so it has no scrollIntoView; the view calls it for ?focus=.
  Element.prototype.scrollIntoView = scrollIntoView;
  render(
    <SourcesView
      dataset={sampleDataset}
      index={indexDataset(sampleDataset)}
      filtered={filterDataset(sampleDataset, EMPTY_FILTERS)}
      location={{ route: { view: 'sources', focus }, filters: EMPTY_FILTERS }}
      navigate={() => {}}
    />,
  );
  return { scrollIntoView };
}

const marks = () => document.querySelectorAll('mark');

describe('SourcesView', () => {
  it('shows the article text with each quote highlighted and focusable', () => {
    renderSources(null);
    expect(screen.getByRole('heading', { name: '医心向党 守护健康', level: 2 })).toBeVisible();
    expect([...marks()].map((mark) => mark.textContent)).toEqual([
      '社区 5525 个',
      '签约 343.76 万人',
    ]);
    for (const mark of marks()) expect(mark).toHaveAttribute('tabindex', '0');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('marks the focused figure, names it and scrolls to it', () => {
    const { scrollIntoView } = renderSources('health-family-doctor-people');
    const current = document.querySelector('mark[aria-current="true"]');
    expect(current).toHaveTextContent('签约 343.76 万人');
    expect(scrollIntoView).toHaveBeenCalledTimes(1);
    expect(scrollIntoView.mock.contexts[0]).toBe(current);
    expect(screen.getByRole('status')).toHaveTextContent('正在查看：家庭医生签约人数');
  });

  it('describes a highlight, shows its record on focus and closes it with Esc', async () => {
    const user = userEvent.setup();
    renderSources(null);
    const [villages, signUps] = marks();
    expect(signUps).toHaveAccessibleDescription(/家庭医生签约人数.*343\.76万人/);

    // From one highlight, Tab reaches the next.
    await user.click(villages!);
    expect(screen.getByRole('tooltip')).toHaveTextContent('家庭医生签约覆盖村居、社区');
    await user.tab();
    expect(signUps).toHaveFocus();
    expect(screen.getByRole('tooltip')).toHaveTextContent('家庭医生签约人数');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    expect(signUps).toHaveFocus();
  });

  it('says so when the focus names no record or article', () => {
    renderSources('no-such-record');
    expect(screen.getByRole('status')).toHaveTextContent('没有找到编号为“no-such-record”的记录。');
    expect(marks()).toHaveLength(2);
  });
});
