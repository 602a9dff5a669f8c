/**
 * Every interface string, in Chinese (the default) and English. The English table must have the
 * same keys: TypeScript fails the build when one is missing.
 */
export const zh = {
  'app.title': '聊城新闻数据看板',
  'app.subtitle': '报纸里的数字，逐一核对原文',
  'app.skipToContent': '跳到正文',
  'nav.label': '视图',
  'nav.overview': '总览',
  'nav.departments': '单位',
  'nav.compare': '对比',
  'nav.timeline': '时间线',
  'nav.sources': '来源',
  'nav.present': '演示',
  'theme.toLight': '切换到浅色主题',
  'theme.toDark': '切换到深色主题',
  'theme.light': '浅色',
  'theme.dark': '深色',
  'status.loading': '正在加载数据…',
  'status.retry': '重试',
  'error.title': '数据未能加载',
  'error.http': '服务器返回 {status}，数据文件不可用。',
  'error.network': '网络连接失败，请检查网络后重试。',
  'error.malformed': '数据文件不是有效的 JSON：{detail}',
  'error.invalid': '数据文件有 {count} 处未通过校验：',
  'error.unknown': '发生未知错误：{detail}',
  'error.boundaryTitle': '页面出错了',
  'error.boundaryBody': '这一部分无法显示。其余部分不受影响，可以刷新页面再试。',
  'error.reload': '刷新页面',
  'overview.title': '总览',
  'overview.summary': '{departments} 个单位 · {articles} 篇文章 · {figures} 个数字',
  'overview.figuresByDepartment': '各单位报道的数字个数',
  'chart.countAxis': '数字个数',
  'view.comingSoon': '此视图正在建设中。',
} as const;

export type MessageKey = keyof typeof zh;

export const en: Record<MessageKey, string> = {
  'app.title': 'Liaocheng News Figures',
  'app.subtitle': 'The numbers in the newspaper, each checked against its source',
  'app.skipToContent': 'Skip to content',
  'nav.label': 'Views',
  'nav.overview': 'Overview',
  'nav.departments': 'Departments',
  'nav.compare': 'Compare',
  'nav.timeline': 'Timeline',
  'nav.sources': 'Sources',
  'nav.present': 'Present',
  'theme.toLight': 'Switch to light theme',
  'theme.toDark': 'Switch to dark theme',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'status.loading': 'Loading data…',
  'status.retry': 'Retry',
  'error.title': 'The data could not be loaded',
  'error.http': 'The server answered {status}; the data file is not available.',
  'error.network': 'The network request failed. Check the connection and retry.',
  'error.malformed': 'The data file is not valid JSON: {detail}',
  'error.invalid': 'The data file has {count} problems:',
  'error.unknown': 'Something unexpected went wrong: {detail}',
  'error.boundaryTitle': 'Something went wrong',
  'error.boundaryBody':
    'This part cannot be shown. The rest still works; reload the page to retry.',
  'error.reload': 'Reload page',
  'overview.title': 'Overview',
  'overview.summary': '{departments} departments · {articles} articles · {figures} figures',
  'overview.figuresByDepartment': 'Figures reported per department',
  'chart.countAxis': 'Figures',
  'view.comingSoon': 'This view is being built.',
};

export type Locale = 'zh' | 'en';

export const MESSAGES: Record<Locale, Record<MessageKey, string>> = { zh, en };

/** Looks up a message and fills `{name}` placeholders. */
export function translate(
  locale: Locale,
  key: MessageKey,
  values: Record<string, string | number> = {},
): string {
  return MESSAGES[locale][key].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}
