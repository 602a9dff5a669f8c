import type { DataIssue } from './result.ts';

/** Records left out of a dataset, each with its reasons: what parse-dataset.ts sets aside. */

/** The kinds of record a dataset holds, in the order they are checked and listed. */
export const RECORD_KINDS = [
  'unit',
  'category',
  'department',
  'article',
  'figure',
  'event',
  'list',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** The dataset's arrays of records, one per kind, in the same order. */
export const RECORD_ARRAYS = ['departments', 'articles', 'figures', 'events', 'lists'] as const;
export type RecordArray = (typeof RECORD_ARRAYS)[number];

export const ARRAY_OF: Record<RecordKind, RecordArray | `vocabulary.${'units' | 'categories'}`> = {
  unit: 'vocabulary.units',
  category: 'vocabulary.categories',
  department: 'departments',
  article: 'articles',
  figure: 'figures',
  event: 'events',
  list: 'lists',
};

/** A record left out of the dataset, and every reason why. */
export type QuarantinedRecord = {
  kind: RecordKind;
  /** Where the record is, e.g. `$.figures[3]`. */
  path: string;
  recordId?: string;
  /** Each problem with its own JSON path inside the record (`$.figures[3].value`). */
  issues: DataIssue[];
};

/** A record that passed, with its index in its array. */
export type Kept<T> = { record: T; index: number };

/** Collects the records left out, one entry per record, in kind and index order. */
export class Quarantine {
  private readonly byPath = new Map<string, QuarantinedRecord & { order: number }>();
  /** Ids of records left out, per kind, with where they were: dependents name them. */
  readonly dropped: { [K in RecordKind]: Map<string, string> } = {
    unit: new Map(),
    category: new Map(),
    department: new Map(),
    article: new Map(),
    figure: new Map(),
    event: new Map(),
    list: new Map(),
  };

  private readonly file: string;

  constructor(file: string) {
    this.file = file;
  }

  add(kind: RecordKind, index: number, recordId: string | undefined, issues: DataIssue[]) {
    const path = `$.${ARRAY_OF[kind]}[${index}]`;
    const known = this.byPath.get(path);
    if (known) {
      known.issues.push(...issues);
      return;
    }
    const order = RECORD_KINDS.indexOf(kind) * 2 ** 32 + index;
    this.byPath.set(path, { kind, path, ...(recordId ? { recordId } : {}), issues, order });
    if (recordId !== undefined && !this.dropped[kind].has(recordId)) {
      this.dropped[kind].set(recordId, path);
    }
  }

  issue(path: string, recordId: string | undefined, message: string): DataIssue {
    return { file: this.file, path, ...(recordId ? { recordId } : {}), message };
  }

  records(): QuarantinedRecord[] {
    return [...this.byPath.values()]
      .sort((a, b) => a.order - b.order)
      .map(({ order: _order, ...record }) => record);
  }
}
