import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatDataIssue, type DataIssue } from '../src/domain/result.ts';
import { compareJsonSchemas } from './data-schema.ts';
import { checkDataFiles, type LoadedDataFiles } from './lib/assemble-dataset.ts';

/**
 * `npm run data:check [dir]`: the schema, every cross-check (quotes, values, qualifiers, units,
 * dates, references, ids, coverage) and the freshness of data/schema, all issues in one run.
 */

export type DataSummary = {
  departments: number;
  articles: number;
  figures: number;
  events: number;
  lists: number;
  listItems: number;
  groups: number;
  ignoredNumerals: number;
};

export function summarize(files: LoadedDataFiles): DataSummary {
  const sum = (pick: (a: LoadedDataFiles['articles'][number]['content']) => number) =>
    files.articles.reduce((total, { content }) => total + pick(content), 0);
  return {
    departments: files.departments?.content.departments.length ?? 0,
    articles: files.articles.length,
    figures: sum((a) => a.figures.length),
    events: sum((a) => a.events.length),
    lists: sum((a) => a.lists.length),
    listItems: sum((a) => a.lists.reduce((n, l) => n + l.items.length, 0)),
    groups: sum((a) => a.groups.length),
    ignoredNumerals: sum((a) => a.ignoredNumerals.length),
  };
}

export function formatSummary(s: DataSummary): string {
  return (
    `${s.departments} departments, ${s.articles} articles, ${s.figures} figures, ` +
    `${s.events} events, ${s.lists} named lists (${s.listItems} items), ${s.groups} groups, ` +
    `${s.ignoredNumerals} ignored numerals`
  );
}

/** Runs every check on `dataDir`; `checkJsonSchemas` compares `<dataDir>/schema` too. */
export async function runDataCheck(
  dataDir: string,
  rootDir: string,
  options: { checkJsonSchemas?: boolean } = {},
): Promise<{ issues: DataIssue[]; summary: DataSummary }> {
  const { files, issues } = checkDataFiles(dataDir, rootDir);
  if (options.checkJsonSchemas ?? true) {
    issues.push(...(await compareJsonSchemas(join(dataDir, 'schema'), rootDir)));
  }
  return { issues, summary: summarize(files) };
}

async function main(args: string[]) {
  const rootDir = process.cwd();
  const dataDir = resolve(rootDir, args[0] ?? 'data');
  // The project's data/ must carry fresh JSON Schemas; another directory (a test fixture) only
  // when it has a schema/ folder.
  const checkJsonSchemas =
    dataDir === resolve(rootDir, 'data') || existsSync(join(dataDir, 'schema'));
  const { issues, summary } = await runDataCheck(dataDir, rootDir, { checkJsonSchemas });
  for (const issue of issues) console.log(formatDataIssue(issue));
  console.log(`data:check: ${formatSummary(summary)}`);
  if (issues.length > 0) {
    console.log(
      `data:check: ${issues.length} issue${issues.length === 1 ? '' : 's'}; fix them and run again`,
    );
    process.exitCode = 1;
  } else {
    console.log('data:check: every figure is proven against its source text');
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main(process.argv.slice(2));
}
