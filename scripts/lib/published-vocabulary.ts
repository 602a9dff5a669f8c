import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Vocabulary } from '../../src/domain/vocabulary-schema.ts';

/** The vocabulary of the published data (data/vocabulary.json), as a dataset serves it. */
export function publishedVocabulary(): Vocabulary {
  const path = fileURLToPath(new URL('../../data/vocabulary.json', import.meta.url));
  const { $schema: _schema, ...vocabulary } = JSON.parse(
    readFileSync(path, 'utf8'),
  ) as Vocabulary & {
    $schema?: string;
  };
  return vocabulary;
}
