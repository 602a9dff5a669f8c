import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { z } from 'zod';
import { departmentsFileSchema, editorArticleSchema } from '../src/domain/dataset-schema.ts';
import { vocabularyFileSchema } from '../src/domain/vocabulary-schema.ts';
import { formatDataIssue, type DataIssue } from '../src/domain/result.ts';

/**
 * The JSON Schemas an editor's IDE uses to autocomplete and flag `data/` files, generated from the
 * zod schema so they are never written twice. `npm run data:schema` writes them; `npm run
 * data:check` fails when they are stale.
 */
export const JSON_SCHEMAS = {
  'article.schema.json': editorArticleSchema,
  'departments.schema.json': departmentsFileSchema,
  'vocabulary.schema.json': vocabularyFileSchema,
} as const;

/** The schema files as they should be, formatted as Prettier would leave them. */
export async function generateJsonSchemas(
  schemaDir: string,
): Promise<Array<{ name: string; content: string }>> {
  return Promise.all(
    Object.entries(JSON_SCHEMAS).map(async ([name, schema]) => {
      // draft-07 is the draft IDEs support best; `input` leaves defaulted arrays optional.
      const json = z.toJSONSchema(schema, { target: 'draft-07', io: 'input' });
      const filepath = join(schemaDir, name);
      const options = (await resolveConfig(filepath)) ?? {};
      return { name, content: await format(JSON.stringify(json), { ...options, filepath }) };
    }),
  );
}

/** Issues for every schema file that is missing, stale or not generated. */
export async function compareJsonSchemas(schemaDir: string, rootDir: string): Promise<DataIssue[]> {
  const issues: DataIssue[] = [];
  const rel = (path: string) => relative(rootDir, path).split('\\').join('/');
  const expected = await generateJsonSchemas(schemaDir);
  for (const { name, content } of expected) {
    const path = join(schemaDir, name);
    const actual = existsSync(path) ? readFileSync(path, 'utf8') : null;
    if (actual === content) continue;
    issues.push({
      file: rel(path),
      path: '$',
      message: `${actual === null ? 'missing' : 'stale: it differs from the zod schema'}; run npm run data:schema`,
    });
  }
  const known = new Set(expected.map((e) => e.name));
  for (const name of existsSync(schemaDir) ? readdirSync(schemaDir) : []) {
    if (name.endsWith('.schema.json') && !known.has(name)) {
      issues.push({
        file: rel(join(schemaDir, name)),
        path: '$',
        message:
          'not generated from the zod schema any more: delete it, then run npm run data:schema',
      });
    }
  }
  return issues;
}

async function main(args: string[]) {
  const rootDir = process.cwd();
  const schemaDir = resolve(rootDir, 'data', 'schema');
  if (args.includes('--write')) {
    mkdirSync(schemaDir, { recursive: true });
    for (const { name, content } of await generateJsonSchemas(schemaDir)) {
      writeFileSync(join(schemaDir, name), content);
      console.log(`wrote data/schema/${name}`);
    }
    return;
  }
  const issues = await compareJsonSchemas(schemaDir, rootDir);
  for (const issue of issues) console.log(formatDataIssue(issue));
  if (issues.length === 0) console.log('data/schema is up to date');
  process.exitCode = issues.length > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main(process.argv.slice(2));
}
