import { z } from 'zod';
import { DATASET_SCHEMA_VERSION, datasetSchema, type Dataset } from './dataset-schema.ts';
import {
  ARRAY_OF,
  Quarantine,
  type Kept,
  type QuarantinedRecord,
  type RecordKind,
} from './quarantine.ts';
import { formatJsonPath, type DataIssue, type Result } from './result.ts';
import { schemaIssues } from './schema-issues.ts';
import { unknownNameMessage, vocabularyProblems } from './vocabulary.ts';

/**
 * A dataset whose file is readable: the records that passed, and those left out. `ok: false` is
 * for a whole-file failure (not a dataset at all, wrong top-level shape), with its issues.
 */
export type DatasetParse =
  | { ok: true; data: Dataset; quarantined: QuarantinedRecord[] }
  | { ok: false; issues: DataIssue[] };

// Derived from the one schema, so a constraint added there applies here without a second copy.
const { shape } = datasetSchema;
const recordSchemas = {
  unit: shape.vocabulary.shape.units.element,
  category: shape.vocabulary.shape.categories.element,
  department: shape.departments.element,
  article: shape.articles.element,
  figure: shape.figures.element,
  event: shape.events.element,
  list: shape.lists.element,
};
/** The top level only: records are checked one by one, so one bad record cannot sink the file. */
const topLevelSchema = datasetSchema.extend({
  vocabulary: z.strictObject({ units: z.array(z.unknown()), categories: z.array(z.unknown()) }),
  departments: z.array(z.unknown()),
  articles: z.array(z.unknown()),
  figures: z.array(z.unknown()),
  events: z.array(z.unknown()),
  lists: z.array(z.unknown()),
});

/** The field that names a record: `id`, or the unit or category of a vocabulary entry. */
const ID_FIELD: Partial<Record<RecordKind, string>> = { unit: 'unit', category: 'category' };

function idOf(kind: RecordKind, item: unknown): string | undefined {
  const id = (item as Record<string, unknown> | null | undefined)?.[ID_FIELD[kind] ?? 'id'];
  return typeof id === 'string' ? id : undefined;
}

/** Checks each record against its schema; the ones that fail are quarantined. */
function parsedRecords<T>(
  kind: RecordKind,
  schema: z.ZodType<T>,
  items: readonly unknown[],
  quarantine: Quarantine,
): Kept<T>[] {
  const key = ARRAY_OF[kind];
  // The usual case, every record valid, costs one array parse; only a failing array is walked
  // record by record to keep the good ones.
  const whole = z.array(schema).safeParse(items);
  if (whole.success) return whole.data.map((record, index) => ({ record, index }));
  const kept: Kept<T>[] = [];
  items.forEach((item, index) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) {
      kept.push({ record: parsed.data, index });
      return;
    }
    const recordId = idOf(kind, item);
    const issues = parsed.error.issues.map((issue) =>
      quarantine.issue(formatJsonPath([key, index, ...issue.path]), recordId, issue.message),
    );
    quarantine.add(kind, index, recordId, issues);
  });
  return kept;
}

/** Checks each record against its schema and drops a second record with an id already used. */
function validRecords<T extends { id: string }>(
  kind: RecordKind,
  schema: z.ZodType<T>,
  items: readonly unknown[],
  quarantine: Quarantine,
): Kept<T>[] {
  const key = ARRAY_OF[kind];
  const seen = new Map<string, number>();
  return parsedRecords(kind, schema, items, quarantine).filter(({ record: { id }, index }) => {
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, index);
      return true;
    }
    const message = `id ${id} is already used by the ${kind} at $.${key}[${first}]: ids are unique`;
    quarantine.add(kind, index, id, [quarantine.issue(`$.${key}[${index}].id`, id, message)]);
    return false;
  });
}

/**
 * The vocabulary's entries that pass their schema and the checks of `vocabularyProblems`
 * (unique names, reserved dimensions): the units and categories figures may use.
 */
function validVocabulary(vocabulary: { units: unknown[]; categories: unknown[] }, q: Quarantine) {
  const units = parsedRecords('unit', recordSchemas.unit, vocabulary.units, q);
  const categories = parsedRecords('category', recordSchemas.category, vocabulary.categories, q);
  const parsed = {
    units: units.map(({ record }) => record),
    categories: categories.map(({ record }) => record),
  };
  const positions = {
    units: units.map(({ index }) => index),
    categories: categories.map(({ index }) => index),
  };
  const bad = new Set<string>();
  for (const problem of vocabularyProblems(parsed, positions)) {
    const path = `$.${ARRAY_OF[problem.kind]}[${problem.index}].${problem.field}`;
    q.add(problem.kind, problem.index, problem.id, [q.issue(path, problem.id, problem.message)]);
    bad.add(`${problem.kind} ${problem.index}`);
  }
  const keep = <T>(kind: RecordKind, list: readonly Kept<T>[]) =>
    list.filter(({ index }) => !bad.has(`${kind} ${index}`)).map(({ record }) => record);
  return { units: keep('unit', units), categories: keep('category', categories) };
}

type Reference = { kind: RecordKind; id: string; field: string };

/**
 * Drops records that point at a record the dataset does not hold, or holds only in quarantine:
 * a figure of a left-out department cannot be drawn, so it is left out too, and says why.
 */
function resolved<T extends { id: string }>(
  kind: RecordKind,
  kept: readonly Kept<T>[],
  references: (record: T) => Reference[],
  valid: { [R in RecordKind]?: ReadonlySet<string> },
  quarantine: Quarantine,
): Kept<T>[] {
  const key = ARRAY_OF[kind];
  return kept.filter(({ record, index }) => {
    const problems: DataIssue[] = [];
    for (const reference of references(record)) {
      if (valid[reference.kind]?.has(reference.id)) continue;
      const droppedAt = quarantine.dropped[reference.kind].get(reference.id);
      const known = valid[reference.kind];
      const message = droppedAt
        ? `${reference.kind} ${reference.id} was quarantined (${droppedAt}), so this ${kind} is quarantined too`
        : reference.kind === 'unit' || reference.kind === 'category'
          ? unknownNameMessage(
              reference.kind,
              reference.id,
              [...(known ?? [])],
              "the dataset's vocabulary (data/vocabulary.json)",
            )
          : `unknown ${reference.kind} ${reference.id}: no ${reference.kind} in this file has that id`;
      problems.push(quarantine.issue(`$.${key}[${index}].${reference.field}`, record.id, message));
    }
    if (problems.length === 0) return true;
    quarantine.add(kind, index, record.id, problems);
    return false;
  });
}

const ids = (kept: readonly { record: { id: string } }[]) =>
  new Set(kept.map(({ record }) => record.id));

function topLevelIssues(input: unknown, file: string): DataIssue[] {
  const issue = (message: string): DataIssue[] => [{ file, path: '$.schemaVersion', message }];
  if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
    const version = (input as { schemaVersion?: unknown }).schemaVersion;
    if (version === undefined) {
      return issue('schemaVersion is missing: this is not a served dataset (data/dataset.json)');
    }
    if (version === 1) {
      return issue(
        `schemaVersion 1 is an older dataset without a vocabulary: this app reads ${DATASET_SCHEMA_VERSION}; assemble it again from data/ (npm run build)`,
      );
    }
    if (version !== DATASET_SCHEMA_VERSION) {
      return issue(
        `schemaVersion ${JSON.stringify(version)} is not supported: this app reads ${DATASET_SCHEMA_VERSION}`,
      );
    }
  }
  const parsed = topLevelSchema.safeParse(input);
  return parsed.success ? [] : schemaIssues(file, input, parsed.error);
}

/**
 * Checks a served dataset (already JSON-decoded) against the schema, record by record. Records
 * that fail, and records that depend on them, are quarantined with their reasons; the rest is the
 * dataset. A file that is not a dataset at all fails as a whole. `file` names the source in
 * messages, e.g. `data/dataset.json`. Linear in the number of records.
 */
export function parseDataset(input: unknown, file: string): DatasetParse {
  const problems = topLevelIssues(input, file);
  if (problems.length > 0) return { ok: false, issues: problems };
  const top = topLevelSchema.parse(input);
  const quarantine = new Quarantine(file);
  const vocabulary = validVocabulary(top.vocabulary, quarantine);

  const departments = validRecords(
    'department',
    recordSchemas.department,
    top.departments,
    quarantine,
  );
  const departmentIds = ids(departments);
  const articles = resolved(
    'article',
    validRecords('article', recordSchemas.article, top.articles, quarantine),
    (article) =>
      article.departments.map((id, at) => ({
        kind: 'department' as const,
        id,
        field: `departments[${at}]`,
      })),
    { department: departmentIds },
    quarantine,
  );
  const articleIds = ids(articles);
  const groupsOf = new Map(
    articles.map(({ record }) => [record.id, new Set(record.groups.map((g) => g.id))]),
  );
  const owners = (record: { article: string; department: string }): Reference[] => [
    { kind: 'article', id: record.article, field: 'article' },
    { kind: 'department', id: record.department, field: 'department' },
  ];
  const valid = { department: departmentIds, article: articleIds };

  const figures = resolved(
    'figure',
    validRecords('figure', recordSchemas.figure, top.figures, quarantine),
    (figure) => [
      ...owners(figure),
      { kind: 'unit', id: figure.unit, field: 'unit' },
      { kind: 'category', id: figure.category, field: 'category' },
    ],
    {
      ...valid,
      unit: new Set(vocabulary.units.map((u) => u.unit)),
      category: new Set(vocabulary.categories.map((c) => c.category)),
    },
    quarantine,
  ).filter(({ record, index }) => {
    if (record.group === undefined || groupsOf.get(record.article)?.has(record.group)) return true;
    const message = `unknown group ${record.group}: article ${record.article} has no such group`;
    quarantine.add('figure', index, record.id, [
      quarantine.issue(`$.figures[${index}].group`, record.id, message),
    ]);
    return false;
  });
  const events = resolved(
    'event',
    validRecords('event', recordSchemas.event, top.events, quarantine),
    owners,
    valid,
    quarantine,
  );
  const lists = resolved(
    'list',
    validRecords('list', recordSchemas.list, top.lists, quarantine),
    (list) => [
      ...owners(list),
      ...(list.countFigure
        ? [{ kind: 'figure' as const, id: list.countFigure, field: 'countFigure' }]
        : []),
    ],
    { ...valid, figure: ids(figures) },
    quarantine,
  );

  const data: Dataset = {
    schemaVersion: top.schemaVersion,
    title: top.title,
    vocabulary,
    departments: departments.map(({ record }) => record),
    articles: articles.map(({ record }) => record),
    figures: figures.map(({ record }) => record),
    events: events.map(({ record }) => record),
    lists: lists.map(({ record }) => record),
  };
  return { ok: true, data, quarantined: quarantine.records() };
}

/** All-or-nothing, for callers that accept only a fully valid dataset. */
export function parseWholeDataset(input: unknown, file: string): Result<Dataset> {
  const parsed = parseDataset(input, file);
  if (!parsed.ok) return parsed;
  if (parsed.quarantined.length === 0) return { ok: true, data: parsed.data };
  return { ok: false, issues: parsed.quarantined.flatMap((record) => record.issues) };
}
