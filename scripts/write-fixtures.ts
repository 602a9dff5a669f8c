// `npm run fixtures:write`: copies data/vocabulary.json into each fixture folder of e2e/fixtures/
// and writes its served dataset (e2e/fixtures/<name>-dataset.json) for the browser tests. The
// unit test scripts/lib/e2e-fixtures.test.ts fails while a written file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { formatDataIssue } from '../src/domain/result.ts';
import {
  E2E_FIXTURES,
  fixtureDataset,
  fixtureDatasetPath,
  fixtureDir,
  root,
  type E2eFixture,
} from './lib/e2e-fixtures.ts';

async function formatted(path: string, value: unknown): Promise<string> {
  const options = (await resolveConfig(path)) ?? {};
  return format(JSON.stringify(value), { ...options, filepath: path });
}

for (const name of Object.keys(E2E_FIXTURES) as E2eFixture[]) {
  const vocabulary = JSON.parse(readFileSync(join(root, 'data', 'vocabulary.json'), 'utf8'));
  const vocabularyPath = join(fixtureDir(name), 'vocabulary.json');
  writeFileSync(
    vocabularyPath,
    await formatted(vocabularyPath, {
      ...vocabulary,
      $schema: '../../../data/schema/vocabulary.schema.json',
    }),
  );
  const dataset = fixtureDataset(name);
  if (!dataset.ok) {
    for (const issue of dataset.issues) console.error(formatDataIssue(issue));
    process.exitCode = 1;
    continue;
  }
  const path = fixtureDatasetPath(name);
  writeFileSync(path, await formatted(path, dataset.data));
  console.log(`wrote ${relative(root, path)} (${dataset.data.figures.length} figures)`);
}
