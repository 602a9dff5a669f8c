import { QueryClient } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { datasetQueryOptions } from '../data/fetch-dataset.ts';
import { createQueryClient } from '../data/query-client.ts';
import { DATASET_URL_PATTERN, faults, partlyInvalidDataset } from '../mocks/dataset-handlers.ts';
import { server } from '../mocks/server.ts';
import { sampleDataset } from '../test/sample-dataset.ts';
import { App } from './app.tsx';

const SUMMARY = '1 个单位 · 2 个数字 · 0 个事件 · 0 份名单';

function testClient() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  // A never-ending response gives up after one second here instead of fifteen.
  client.setQueryDefaults(['dataset'], { meta: { timeoutMs: 1000 } });
  return client;
}

function renderApp(client = testClient()) {
  render(<App queryClient={client} />);
  return client;
}

function serve(resolver: Parameters<typeof http.get>[1]) {
  server.use(http.get(DATASET_URL_PATTERN, resolver));
}

/** Opens the page at `path` (search and hash), as a link would. */
function openAt(path: string) {
  window.history.replaceState(null, '', path);
}

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('loading the dataset: network faults', () => {
  it.each<[string, () => Response | Promise<Response>, string]>([
    [
      'a missing file (404)',
      faults.notFound,
      '找不到数据文件 data/dataset.json（HTTP 404），请检查地址。',
    ],
    [
      'a server error (500)',
      faults.serverError,
      '服务器出错（HTTP 500），暂时拿不到数据文件 data/dataset.json。',
    ],
    [
      'a response that never ends',
      faults.neverEnds,
      '服务器在 1 秒内没有送完数据文件 data/dataset.json，已停止等待。',
    ],
    ['a truncated body', faults.truncated, '数据文件 data/dataset.json 不完整，传输中断了'],
    ['a web page instead of JSON', faults.htmlPage, '服务器返回的是网页，不是 JSON 数据文件'],
    ['a failed request', faults.networkError, '网络连接失败，请检查网络后重试。'],
  ])('explains %s and offers a retry that works', async (_name, fault, message) => {
    serve(fault);
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('数据未能加载');
    expect(alert).toHaveTextContent(message);
    serve(() => HttpResponse.json(sampleDataset));
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
    expect(await screen.findByText(SUMMARY)).toBeInTheDocument();
  });

  it('says the device is offline, and loads by itself when the network returns', async () => {
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    window.dispatchEvent(new Event('offline'));
    serve(faults.networkError);
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '设备当前离线，无法加载数据文件。连上网络后会自动重新加载。',
    );
    online.mockReturnValue(true);
    serve(() => HttpResponse.json(sampleDataset));
    act(() => void window.dispatchEvent(new Event('online')));
    expect(await screen.findByText(SUMMARY)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('retries a server error by itself, saying so, and shows the data when it arrives', async () => {
    let calls = 0;
    serve(() => {
      calls += 1;
      return calls === 1 ? faults.serverError() : HttpResponse.json(sampleDataset);
    });
    renderApp(createQueryClient());
    expect(await screen.findByText(/正在自动重试（第 1 次）/)).toBeInTheDocument();
    expect(await screen.findByText(SUMMARY)).toBeInTheDocument();
    expect(calls).toBe(2);
  });

  it('does not retry invalid data', async () => {
    let calls = 0;
    serve(() => {
      calls += 1;
      return faults.wrongShape();
    });
    renderApp(createQueryClient());
    expect(await screen.findByRole('alert')).toHaveTextContent('不是数据集文件');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(calls).toBe(1);
  });
});

describe('loading the dataset: bad data', () => {
  it('shows the valid records of a partly invalid dataset and lists the rest', async () => {
    serve(faults.partlyInvalid);
    renderApp();
    expect(
      await screen.findByText('1 个单位 · 1 个数字 · 0 个事件 · 0 份名单'),
    ).toBeInTheDocument();
    const summary = screen.getByText('2 条记录未通过校验');
    await userEvent.click(summary);
    const table = screen.getByRole('table', { name: '未通过校验的记录' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'broken-value$.figures[1].valuevalue must be a number',
      'orphan-figure$.figures[2].departmentunknown department no-such-bureau: no department in this file has that id',
    ]);
    expect(partlyInvalidDataset.figures).toHaveLength(3);
  });

  it('explains a file whose top level is not a dataset, with the JSON path', async () => {
    serve(faults.wrongShape);
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('data/dataset.json 不是数据集文件，无法读取：');
    expect(alert).toHaveTextContent(
      'data/dataset.json $: Invalid input: expected object, received array',
    );
  });

  it('says it in English too', async () => {
    localStorage.setItem('lang', 'en');
    serve(faults.partlyInvalid);
    renderApp();
    expect(await screen.findByText('Records that failed validation: 2')).toBeInTheDocument();
  });
});

describe('refreshing the dataset', () => {
  it('keeps the last good data with a marker when a refresh fails, and recovers', async () => {
    const client = renderApp();
    expect(await screen.findByText(SUMMARY)).toBeInTheDocument();
    const loadedAt = client.getQueryState(datasetQueryOptions().queryKey)?.dataUpdatedAt;
    const time = new Date(loadedAt!).toTimeString().slice(0, 5);

    serve(faults.serverError);
    await act(() => client.refetchQueries({ queryKey: ['dataset'] }));
    expect(await screen.findByText(`数据未更新 (${time})`)).toBeInTheDocument();
    expect(screen.getByText(SUMMARY)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    serve(() => HttpResponse.json(sampleDataset));
    await act(() => client.refetchQueries({ queryKey: ['dataset'] }));
    await waitFor(() => expect(screen.queryByText(/数据未更新/)).not.toBeInTheDocument());
    expect(screen.getByText(SUMMARY)).toBeInTheDocument();
  });

  it('keeps the last good data when a refresh brings a file that is no dataset, and says why', async () => {
    const client = renderApp();
    expect(await screen.findByText(SUMMARY)).toBeInTheDocument();
    serve(faults.wrongShape);
    await act(() => client.refetchQueries({ queryKey: ['dataset'] }));
    expect(await screen.findByText(/^数据未更新 \(\d\d:\d\d\)$/)).toBeInTheDocument();
    expect(screen.getByText('data/dataset.json 不是数据集文件，无法读取：')).toBeInTheDocument();
    expect(
      screen.getByText('data/dataset.json $: Invalid input: expected object, received array'),
    ).toBeInTheDocument();
    expect(screen.getByText(SUMMARY)).toBeInTheDocument();
  });

  it('refreshes the presentation on its interval, marks a failure, and recovers by itself', async () => {
    // jsdom has no Fullscreen API; the presentation asks whether it is in full screen.
    Object.defineProperty(document, 'fullscreenElement', { value: null, configurable: true });
    openAt('/?refresh=1s#/present');
    let failing = false;
    serve(() => (failing ? faults.serverError() : HttpResponse.json(sampleDataset)));
    renderApp();
    const stage = await screen.findByRole('main', { name: '演示画面' });
    failing = true;
    expect(
      await within(stage).findByText(/^数据未更新 \(\d\d:\d\d\)$/, {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    failing = false;
    await waitFor(() => expect(screen.queryByText(/数据未更新/)).not.toBeInTheDocument(), {
      timeout: 5000,
    });
    expect(screen.getByRole('main', { name: '演示画面' })).toBeInTheDocument();
  });
});

describe('other datasets', () => {
  it('loads ?data= from another path on the same site and says where the data comes from', async () => {
    openAt('/?data=/data/2024.json#/');
    server.use(http.get('*/data/2024.json', faults.partlyInvalid));
    renderApp();
    expect(await screen.findByText('数据来源：/data/2024.json')).toBeInTheDocument();
    expect(screen.getByText('2 条记录未通过校验')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '查看已发布的数据' })).toHaveAttribute(
      'href',
      `${window.location.origin}/#/`,
    );
  });

  it('reads ?data= inside the hash too, and keeps it when the view changes', async () => {
    openAt('/#/compare?data=/data/2024.json');
    server.use(http.get('*/data/2024.json', () => HttpResponse.json(sampleDataset)));
    renderApp();
    expect(await screen.findByText('数据来源：/data/2024.json')).toBeInTheDocument();
    expect(window.location.search).toBe('?data=%2Fdata%2F2024.json');
    expect(window.location.hash).toBe('#/compare');
  });

  it.each([
    ['another host', 'https://evil.example/data.json'],
    ['a protocol-relative address', '//evil.example/data.json'],
    ['a script', 'javascript:alert(1)'],
  ])('refuses %s without a request', async (_name, address) => {
    openAt(`/?data=${encodeURIComponent(address)}`);
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`不能加载这个数据地址：${address}`);
    expect(alert).toHaveTextContent('只能加载本站上的 JSON 文件');
    expect(within(alert).queryByRole('button', { name: '重试' })).not.toBeInTheDocument();
    expect(within(alert).getByRole('link', { name: '查看已发布的数据' })).toBeInTheDocument();
  });
});

describe('previewing a local file', () => {
  const file = (name: string, content: string) =>
    new File([content], name, { type: 'application/json' });

  it('shows a picked file with a marker, and goes back to the published data', async () => {
    renderApp();
    expect(await screen.findByText(SUMMARY)).toBeInTheDocument();
    const requests: string[] = [];
    server.events.on('request:start', ({ request }) => void requests.push(request.url));
    await userEvent.upload(
      screen.getByLabelText('预览本地文件'),
      file('mine.json', JSON.stringify(partlyInvalidDataset)),
    );
    expect(await screen.findByText('预览：mine.json')).toBeInTheDocument();
    expect(screen.getByText('1 个单位 · 1 个数字 · 0 个事件 · 0 份名单')).toBeInTheDocument();
    expect(screen.getByText('2 条记录未通过校验')).toBeInTheDocument();
    expect(requests).toEqual([]);
    server.events.removeAllListeners();

    await userEvent.click(screen.getByRole('button', { name: '返回已发布的数据' }));
    expect(screen.queryByText('预览：mine.json')).not.toBeInTheDocument();
    expect(screen.getByText(SUMMARY)).toBeInTheDocument();
  });

  /** A drag event as the browser sends it for a file dragged from the desktop. */
  const drag = (type: string, files: File[] = []) => {
    const event = new Event(type, { bubbles: true, cancelable: true });
    Object.defineProperty(event, 'dataTransfer', {
      value: { types: ['Files'], files, dropEffect: 'none' },
    });
    act(() => void window.dispatchEvent(event));
    return event;
  };

  it('takes a file dropped anywhere on the page, showing where to drop it while dragging', async () => {
    renderApp();
    expect(await screen.findByText(SUMMARY)).toBeInTheDocument();
    drag('dragenter');
    expect(screen.getByText('松开鼠标即可预览这个文件（不会上传）')).toBeInTheDocument();
    const drop = drag('drop', [file('dropped.json', JSON.stringify(sampleDataset))]);
    expect(drop.defaultPrevented).toBe(true);
    expect(screen.queryByText('松开鼠标即可预览这个文件（不会上传）')).not.toBeInTheDocument();
    expect(await screen.findByText('预览：dropped.json')).toBeInTheDocument();
  });

  it('keeps the published data on screen when the file is broken, and says why', async () => {
    renderApp();
    expect(await screen.findByText(SUMMARY)).toBeInTheDocument();
    await userEvent.upload(screen.getByLabelText('预览本地文件'), file('broken.json', '{"a": [1,'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('无法预览 broken.json，页面上仍是原来的数据。');
    expect(alert).toHaveTextContent('数据文件 broken.json 不完整');
    expect(screen.getByText(SUMMARY)).toBeInTheDocument();
  });
});
