import { toServedDataset } from '../../src/domain/served-dataset.ts';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { checkDataset, type ArticleInput } from '../../src/domain/dataset-check.ts';
import {
  articleFileSchema,
  departmentsFileSchema,
  draftArticleFileSchema,
  type ArticleFile,
  type Dataset,
  type DepartmentsFile,
} from '../../src/domain/dataset-schema.ts';
import { schemaIssues } from '../../src/domain/schema-issues.ts';
import type { DataIssue, Result } from '../../src/domain/result.ts';
import { vocabularyProblems } from '../../src/domain/vocabulary.ts';
import { vocabularyFileSchema, type Vocabulary } from '../../src/domain/vocabulary-schema.ts';

/** The editor's files, read from disk and schema-checked; no drafts among the articles. */
export type DataFiles = {
  departments: { file: string; content: DepartmentsFile };
  vocabulary: { file: string; content: Vocabulary };
  articles: Array<ArticleInput & { content: ArticleFile }>;
};

/** What could be read: a file that fails the schema is left out (and reported) instead. */
export type LoadedDataFiles = {
  departments: DataFiles['departments'] | null;
  vocabulary: DataFiles['vocabulary'] | null;
  articles: ArticleInput[];
};

function readJson(path: string, file: string, issues: DataIssue[]): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    issues.push({ file, path: '$', message: `not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
}

/** Says "missing" where zod says "expected string, received undefined". */
function editorSchemaIssues(file: string, input: unknown, error: z.ZodError): DataIssue[] {
  return schemaIssues(file, input, error).map((issue, i) => {
    const zodIssue = error.issues[i];
    if (zodIssue?.code !== 'invalid_type') return issue;
    let node: unknown = input;
    for (const key of zodIssue.path.slice(0, -1)) {
      node =
        node !== null && typeof node === 'object'
          ? (node as Record<PropertyKey, unknown>)[key]
          : undefined;
    }
    const key = zodIssue.path.at(-1);
    const missing =
      key !== undefined && node !== null && typeof node === 'object' && !(key in node);
    return missing ? { ...issue, message: `required field ${String(key)} is missing` } : issue;
  });
}

/** Reads vocabulary.json: its schema, then what the schema cannot say (unique names …). */
function loadVocabulary(
  path: string,
  rel: (path: string) => string,
  issues: DataIssue[],
): LoadedDataFiles['vocabulary'] {
  const file = rel(path);
  if (!existsSync(path)) {
    issues.push({
      file,
      path: '$',
      message:
        'the file is missing: it lists the units and categories figures may use (see data/README.md)',
    });
    return null;
  }
  const raw = readJson(path, file, issues);
  if (raw === undefined) return null;
  const parsed = vocabularyFileSchema.safeParse(raw);
  if (!parsed.success) {
    issues.push(...editorSchemaIssues(file, raw, parsed.error));
    return null;
  }
  const { $schema: _schema, ...content } = parsed.data;
  for (const problem of vocabularyProblems(content)) {
    issues.push({
      file,
      path: `$.${problem.kind === 'unit' ? 'units' : 'categories'}[${problem.index}].${problem.field}`,
      recordId: problem.id,
      message: problem.message,
    });
  }
  return { file, content };
}

/**
 * Reads and schema-checks every file under `dataDir`, collecting every problem in one pass, and
 * returns the files that parsed so the cross-checks can still run on them.
 */
export function loadDataFiles(
  dataDir: string,
  rootDir: string,
): { files: LoadedDataFiles; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const rel = (path: string) => relative(rootDir, path).split('\\').join('/');

  const departmentsPath = join(dataDir, 'departments.json');
  const departmentsRaw = existsSync(departmentsPath)
    ? readJson(departmentsPath, rel(departmentsPath), issues)
    : undefined;
  if (!existsSync(departmentsPath)) {
    issues.push({ file: rel(departmentsPath), path: '$', message: 'the file is missing' });
  }
  const departments = departmentsFileSchema.safeParse(departmentsRaw);
  if (departmentsRaw !== undefined && !departments.success) {
    issues.push(...editorSchemaIssues(rel(departmentsPath), departmentsRaw, departments.error));
  }

  const vocabulary = loadVocabulary(join(dataDir, 'vocabulary.json'), rel, issues);

  const articles: ArticleInput[] = [];
  const articleDir = join(dataDir, 'articles');
  const articleNames = existsSync(articleDir)
    ? readdirSync(articleDir)
        .filter((n) => n.endsWith('.json'))
        .sort()
    : [];
  if (articleNames.length === 0) {
    issues.push({ file: rel(articleDir), path: '$', message: 'no article files (*.json) found' });
  }
  const usedSources = new Set<string>();
  let unreadArticles = 0;
  for (const name of articleNames) {
    const path = join(articleDir, name);
    const raw = readJson(path, rel(path), issues);
    // A draft (npm run data:draft) may leave names null; the cross-checks then list them.
    const isDraft = (raw as { draft?: unknown } | null)?.draft === true;
    const parsed = (isDraft ? draftArticleFileSchema : articleFileSchema).safeParse(raw);
    if (!parsed.success) {
      unreadArticles++;
      if (raw !== undefined) issues.push(...editorSchemaIssues(rel(path), raw, parsed.error));
      continue;
    }
    const textPath = join(dataDir, parsed.data.source);
    usedSources.add(rel(textPath));
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
    articles.push({ file: rel(path), sourceFile: rel(textPath), content: parsed.data, text });
  }

  // A text no article uses is stale, unless an article that could not be read may be using it.
  const sourceDir = join(dataDir, 'sources');
  const sourceNames = existsSync(sourceDir) && unreadArticles === 0 ? readdirSync(sourceDir) : [];
  for (const name of sourceNames.sort()) {
    const file = rel(join(sourceDir, name));
    if (!usedSources.has(file)) {
      issues.push({
        file,
        path: '$',
        message: 'no article uses this text: add its article file, or remove the text',
      });
    }
  }

  return {
    files: {
      departments: departments.success
        ? { file: rel(departmentsPath), content: departments.data }
        : null,
      vocabulary,
      articles,
    },
    issues,
  };
}

/** Reads and schema-checks every file under `dataDir`, without the cross-checks. */
export function readDataFiles(dataDir: string, rootDir: string): Result<DataFiles> {
  const { files, issues } = loadDataFiles(dataDir, rootDir);
  return complete(files, issues);
}

/** The files as the app may see them: nothing broken and no draft, or every issue. */
function complete(files: LoadedDataFiles, issues: DataIssue[]): Result<DataFiles> {
  const drafts = files.articles.filter((a) => 'draft' in a.content);
  const refusals: DataIssue[] = drafts.map(({ file, content }) => ({
    file,
    path: '$.draft',
    recordId: content.id,
    message: 'a draft is never published: finish it and remove "draft": true',
  }));
  const all = [...issues, ...(issues.length > 0 ? [] : refusals)];
  if (all.length > 0 || !files.departments || !files.vocabulary) return { ok: false, issues: all };
  const articles = files.articles.filter(
    (a): a is ArticleInput & { content: ArticleFile } => !('draft' in a.content),
  );
  return {
    ok: true,
    data: { departments: files.departments, vocabulary: files.vocabulary, articles },
  };
}

/**
 * Every problem in `data/`: each file's schema issues, then the cross-checks (quotes, values,
 * references, coverage) on the files that parsed.
 */
export function checkDataFiles(
  dataDir: string,
  rootDir: string,
): { files: LoadedDataFiles; issues: DataIssue[] } {
  const { files, issues } = loadDataFiles(dataDir, rootDir);
  return { files, issues: [...issues, ...checkDataset(files)] };
}

/**
 * Reads, checks and assembles the dataset: the build and the dev server both call this, so
 * invalid data (schema or any cross-check) fails the build and shows on screen in dev.
 */
export function assembleDataset(dataDir: string, rootDir: string): Result<Dataset> {
  const { files, issues } = checkDataFiles(dataDir, rootDir);
  const result = complete(files, issues);
  return result.ok ? { ok: true, data: toServedDataset(result.data) } : result;
}
