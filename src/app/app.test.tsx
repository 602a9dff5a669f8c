import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { DATASET_URL_PATTERN } from '../mocks/dataset-handlers.ts';
import { server } from '../mocks/server.ts';
import { App } from './app.tsx';

function renderApp() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<App queryClient={queryClient} />);
}

describe('App', () => {
  it('shows the shell in Chinese and the overview once the data arrives', async () => {
    renderApp();
    expect(screen.getByText('聊城新闻数据看板')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: '视图' });
    for (const name of ['总览', '单位', '对比', '时间线', '来源', '演示']) {
      expect(nav).toContainElement(screen.getByRole('link', { name }));
    }
    expect(await screen.findByRole('heading', { name: '总览' })).toBeInTheDocument();
    expect(screen.getByText('1 个单位 · 2 个数字 · 0 个事件 · 0 份名单')).toBeInTheDocument();
  });

  it('says the server failed and offers a retry', async () => {
    server.use(http.get(DATASET_URL_PATTERN, () => new HttpResponse(null, { status: 500 })));
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent('服务器出错（HTTP 500）');
    expect(screen.getByRole('button', { name: '重试' })).toBeInTheDocument();
  });

  it('lists each record that fails the schema with its path and reason', async () => {
    server.use(
      http.get(DATASET_URL_PATTERN, () =>
        HttpResponse.json({
          schemaVersion: 2,
          title: { zh: '看板', en: 'Board' },
          vocabulary: { units: [], categories: [] },
          departments: [],
          articles: [],
          figures: [{ id: 'broken-figure', value: 'many' }],
          events: [],
          lists: [],
        }),
      ),
    );
    renderApp();
    await userEvent.click(await screen.findByText('1 条记录未通过校验'));
    expect(screen.getAllByRole('row').map((row) => row.textContent)).toContain(
      'broken-figure$.figures[0].valuevalue must be a number',
    );
  });

  it('says when the file is not JSON', async () => {
    server.use(
      http.get(
        DATASET_URL_PATTERN,
        () =>
          new HttpResponse('{"schemaVersion": 1,', {
            headers: { 'Content-Type': 'application/json' },
          }),
      ),
    );
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '数据文件 data/dataset.json 不完整，传输中断了',
    );
  });

  it('switches between light and dark themes', async () => {
    renderApp();
    const toggle = screen.getByRole('button', { name: '切换到深色主题' });
    await userEvent.click(toggle);
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(screen.getByRole('button', { name: '切换到浅色主题' })).toBeInTheDocument();
  });
});
