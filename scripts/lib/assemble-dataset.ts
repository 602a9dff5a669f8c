import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  articleFileSchema,
  departmentsFileSchema,
  type ArticleFile,
  type Dataset,
  type DepartmentsFile,
} from '../../src/domain/dataset-schema.ts';
import { schemaIssues } from '../../src/domain/parse-dataset.ts';
import type { DataIssue, Result } from '../../src/domain/result.ts';

/** The editor's files, read from disk but not yet checked against each other. */
export type DataFiles = {
  departments: { file: string; content: DepartmentsFile };
  articles: Array<{ file: string; content: ArticleFile; text: string }>;
};

function readJson(path: string, file: string, issues: DataIssue[]): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    issues.push({ file, path: '$', message: `not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
}

/** Reads and schema-checks every file under `dataDir`; collects every problem in one pass. */
export function readDataFiles(dataDir: string, rootDir: string): Result<DataFiles> {
  const issues: DataIssue[] = [];
  const rel = (path: string) => relative(rootDir, path).split('\\').join('/');

  const departmentsPath = join(dataDir, 'departments.json');
  const departmentsRaw = readJson(departmentsPath, rel(departmentsPath), issues);
  const departments = departmentsFileSchema.safeParse(departmentsRaw);
  if (departmentsRaw !== undefined && !departments.success) {
    issues.push(...schemaIssues(rel(departmentsPath), departmentsRaw, departments.error));
  }

  const articles: DataFiles['articles'] = [];
  const articleDir = join(dataDir, 'articles');
  for (const name of readdirSync(articleDir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const path = join(articleDir, name);
    const raw = readJson(path, rel(path), issues);
    if (raw === undefined) continue;
    const parsed = articleFileSchema.safeParse(raw);
    if (!parsed.success) {
      issues.push(...schemaIssues(rel(path), raw, parsed.error));
      continue;
    }
    const textPath = join(dataDir, parsed.data.source);
    let text: string;
    try {
      text = readFileSync(textPath, 'utf8');
    } catch {
      issues.push({
        file: rel(path),
        path: '$.source',
        recordId: parsed.data.id,
        message: `the article text ${rel(textPath)} cannot be read`,
      });
      continue;
    }
    articles.push({ file: rel(path), content: parsed.data, text });
  }

  if (issues.length > 0 || !departments.success) return { ok: false, issues };
  return {
    ok: true,
    data: { departments: { file: rel(departmentsPath), content: departments.data }, articles },
  };
}

/** Lays the editor's files out as the dataset the app fetches. */
export function toServedDataset(files: DataFiles): Dataset {
  return {
    schemaVersion: 1,
    title: { zh: '聊城新闻数据看板', en: 'Liaocheng News Figures' },
    departments: files.departments.content.departments,
    articles: files.articles.map(({ content, text }) => {
      const {
        $schema: _schema,
        figures: _f,
        events: _e,
        lists: _l,
        ignoredNumerals: _i,
        ...meta
      } = content;
      return { ...meta, text };
    }),
    figures: files.articles.flatMap(({ content }) =>
      content.figures.map((figure) => ({ ...figure, article: content.id })),
    ),
    events: files.articles.flatMap(({ content }) =>
      content.events.map((event) => ({ ...event, article: content.id })),
    ),
    lists: files.articles.flatMap(({ content }) =>
      content.lists.map((list) => ({ ...list, article: content.id })),
    ),
  };
}

/** Reads, checks and assembles the dataset. The build and the dev server both call this. */
export function assembleDataset(dataDir: string, rootDir: string): Result<Dataset> {
  const files = readDataFiles(dataDir, rootDir);
  if (!files.ok) return files;
  return { ok: true, data: toServedDataset(files.data) };
}
