import type { Dataset, DatedEvent, Department, Figure, NamedList } from './dataset-schema.ts';
import { reportYears, yearOf, type FilteredDataset } from './filter-dataset.ts';

/**
 * Search over metric names, quotes, department names and list items in both languages (issue 15).
 *
 * Matching is by substring over normalized text, not by words: Chinese has no spaces, and a word
 * segmenter splits the same characters differently in different contexts (签约 inside 家庭医生签约
 * comes out as 签/约 or 签约 depending on its neighbours), so a query must find its characters
 * wherever they stand. Latin terms match at the start of a word, case-insensitively. Segmentation
 * (`Intl.Segmenter`) ranks hits whose match is a whole word higher, and splits a Chinese query
 * into words when its characters never occur together.
 *
 * The text of every record is normalized once and laid end to end in one string per dataset, so
 * a query is a few `indexOf` scans rather than a loop over a million small strings.
 */

export type SearchKind = 'figure' | 'event' | 'list' | 'list-item' | 'department';
export type SearchField = 'name' | 'quote';

export type FieldMatch = {
  field: SearchField;
  lang: 'zh' | 'en';
  /** The field's text as the dataset holds it. */
  text: string;
  /** `[start, end)` offsets into `text`, sorted and not overlapping. */
  ranges: Array<readonly [number, number]>;
};

type HitBase = {
  /** The id a source link names: the list's id for a list item. */
  id: string;
  department: string;
  year: string | null;
  /** The best field that matched. */
  field: SearchField;
  matches: FieldMatch[];
  score: number;
};

export type SearchHit = HitBase &
  (
    | { kind: 'figure'; record: Figure }
    | { kind: 'event'; record: DatedEvent }
    | { kind: 'list'; record: NamedList }
    | { kind: 'list-item'; record: NamedList; item: number }
    | { kind: 'department'; record: Department }
  );

export type SearchResult = {
  hits: SearchHit[];
  /** Every record that matched, before the cap. */
  total: number;
  /** The words the query was read as. */
  terms: string[];
  /** True when a Chinese term never occurred whole and its words were searched instead. */
  segmented: boolean;
};

const KIND_CODES: readonly SearchKind[] = ['figure', 'event', 'list', 'list-item', 'department'];
const KIND_WEIGHT = [30, 20, 20, 20, 40];
// Field kinds: 0 name zh, 1 name en, 2 quote (always Chinese).
const FIELD_NAME_ZH = 0;
const FIELD_NAME_EN = 1;
const FIELD_QUOTE = 2;
const SEP = '\u0001';

/** Built per dataset; opaque to callers. */
export type SearchIndex = {
  dataset: Dataset;
  text: string;
  /** Start of each field in `text`; one more entry than there are fields. */
  fieldStart: Int32Array;
  fieldKind: Uint8Array;
  fieldEntry: Int32Array;
  /** First field of each entry; one more entry than there are entries. */
  entryField: Int32Array;
  entryKind: Uint8Array;
  /** Index into the dataset's figures, events, lists or departments. */
  entryRecord: Int32Array;
  entryItem: Int32Array;
  entryDepartment: Int32Array;
  /** How often each UTF-16 code unit occurs: the rarest term of a query is scanned first. */
  charCount: Int32Array;
  departmentIds: string[];
  /** Normalized names of each department, for terms that name the department of a record. */
  departmentText: string[];
};

/**
 * Folds text for matching without changing its length, so offsets found in the folded text are
 * offsets of the original: lower case, full-width ASCII and the ideographic space to half-width.
 */
export function normalizeText(text: string): string {
  const lower = text.toLowerCase();
  const folded = lower.length === text.length ? lower : text;
  return /[\uff01-\uff5e\u3000]/.test(folded)
    ? folded.replace(/[\uff01-\uff5e\u3000]/g, (ch) =>
        ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0).toLowerCase(),
      )
    : folded;
}

type FieldSource = readonly [kind: number, text: string];

/** The fields of each record, names first (a name outranks a quote), duplicates left out. */
function fieldsOf(kind: SearchKind, dataset: Dataset, record: number, item: number): FieldSource[] {
  switch (kind) {
    case 'figure': {
      const f = dataset.figures[record]!;
      return [
        [FIELD_NAME_ZH, f.metric.zh],
        [FIELD_NAME_EN, f.metric.en],
        [FIELD_QUOTE, f.quote],
      ];
    }
    case 'event': {
      const e = dataset.events[record]!;
      return [
        [FIELD_NAME_ZH, e.title.zh],
        [FIELD_NAME_EN, e.title.en],
        [FIELD_QUOTE, e.quote],
      ];
    }
    case 'list': {
      const l = dataset.lists[record]!;
      return [
        [FIELD_NAME_ZH, l.name.zh],
        [FIELD_NAME_EN, l.name.en],
      ];
    }
    case 'list-item': {
      const i = dataset.lists[record]!.items[item]!;
      return [
        [FIELD_NAME_ZH, i.name.zh],
        [FIELD_NAME_EN, i.name.en],
        [FIELD_QUOTE, i.quote],
      ];
    }
    case 'department': {
      const d = dataset.departments[record]!;
      return [
        [FIELD_NAME_ZH, d.name.zh],
        [FIELD_NAME_EN, d.name.en],
        [FIELD_NAME_ZH, d.shortName.zh],
        [FIELD_NAME_EN, d.shortName.en],
      ];
    }
  }
}

type Entry = readonly [kind: number, record: number, item: number, department: string];

function* entriesOf(dataset: Dataset): Generator<Entry> {
  for (let i = 0; i < dataset.departments.length; i++) {
    yield [4, i, -1, dataset.departments[i]!.id];
  }
  for (let i = 0; i < dataset.figures.length; i++) yield [0, i, -1, dataset.figures[i]!.department];
  for (let i = 0; i < dataset.events.length; i++) yield [1, i, -1, dataset.events[i]!.department];
  for (let i = 0; i < dataset.lists.length; i++) {
    const list = dataset.lists[i]!;
    yield [2, i, -1, list.department];
    for (let j = 0; j < list.items.length; j++) yield [3, i, j, list.department];
  }
}

/** Builds the index a slice at a time; `pause` runs between slices (a yield to the browser). */
export async function buildSearchIndexInSlices(
  dataset: Dataset,
  pause: () => Promise<void>,
  sliceSize = 20_000,
): Promise<SearchIndex> {
  const builder = new IndexBuilder(dataset);
  let count = 0;
  for (const entry of entriesOf(dataset)) {
    builder.add(entry);
    if (++count % sliceSize === 0) await pause();
  }
  return builder.finish();
}

/** Builds the index at once (tests, Node; in the page prefer `buildSearchIndexInSlices`). */
export function buildSearchIndex(dataset: Dataset): SearchIndex {
  const builder = new IndexBuilder(dataset);
  for (const entry of entriesOf(dataset)) builder.add(entry);
  return builder.finish();
}

class IndexBuilder {
  private parts: string[] = [];
  private offset = 0;
  private fields = 0;
  private entries = 0;
  private fieldStart: Int32Array;
  private fieldKind: Uint8Array;
  private fieldEntry: Int32Array;
  private entryField: Int32Array;
  private entryKind: Uint8Array;
  private entryRecord: Int32Array;
  private entryItem: Int32Array;
  private entryDepartment: Int32Array;
  private charCount = new Int32Array(65536);
  private departments = new Map<string, number>();
  private dataset: Dataset;

  constructor(dataset: Dataset) {
    this.dataset = dataset;
    for (const d of dataset.departments) this.departments.set(d.id, this.departments.size);
    let entries = dataset.departments.length + dataset.figures.length + dataset.events.length;
    for (const list of dataset.lists) entries += 1 + list.items.length;
    const fields = entries * 4;
    this.fieldStart = new Int32Array(fields + 1);
    this.fieldKind = new Uint8Array(fields);
    this.fieldEntry = new Int32Array(fields);
    this.entryField = new Int32Array(entries + 1);
    this.entryKind = new Uint8Array(entries);
    this.entryRecord = new Int32Array(entries);
    this.entryItem = new Int32Array(entries);
    this.entryDepartment = new Int32Array(entries);
  }

  add([kind, record, item, department]: Entry) {
    const entry = this.entries++;
    this.entryField[entry] = this.fields;
    this.entryKind[entry] = kind;
    this.entryRecord[entry] = record;
    this.entryItem[entry] = item;
    let slot = this.departments.get(department);
    if (slot === undefined) this.departments.set(department, (slot = this.departments.size));
    this.entryDepartment[entry] = slot;
    let previous = '';
    for (const [fieldKind, raw] of fieldsOf(KIND_CODES[kind]!, this.dataset, record, item)) {
      const text = normalizeText(raw);
      if (text === previous) continue;
      previous = text;
      const field = this.fields++;
      this.fieldStart[field] = this.offset;
      this.fieldKind[field] = fieldKind;
      this.fieldEntry[field] = entry;
      this.parts.push(text, SEP);
      this.offset += text.length + 1;
      for (let i = 0; i < text.length; i++) this.charCount[text.charCodeAt(i)]!++;
    }
  }

  finish(): SearchIndex {
    const departmentIds = [...this.departments.keys()];
    const byId = new Map(this.dataset.departments.map((d) => [d.id, d]));
    this.fieldStart[this.fields] = this.offset;
    this.entryField[this.entries] = this.fields;
    return {
      dataset: this.dataset,
      text: this.parts.join(''),
      fieldStart: this.fieldStart.slice(0, this.fields + 1),
      fieldKind: this.fieldKind.slice(0, this.fields),
      fieldEntry: this.fieldEntry.slice(0, this.fields),
      entryField: this.entryField,
      entryKind: this.entryKind,
      entryRecord: this.entryRecord,
      entryItem: this.entryItem,
      entryDepartment: this.entryDepartment,
      charCount: this.charCount,
      departmentIds,
      departmentText: departmentIds.map((id) => {
        const d = byId.get(id);
        return d
          ? normalizeText([d.name.zh, d.name.en, d.shortName.zh, d.shortName.en].join(SEP))
          : normalizeText(id);
      }),
    };
  }
}

// ---- Querying ----

/** Separators in a query: spaces, control characters and punctuation other than `.`, `%`, `-`. */
const QUERY_SEPARATORS =
  /[\s\p{Cc},;:!?"'“”‘’()（）[\]{}【】《》〈〉「」『』<>、，。；：！？…—·/\\|~～*#@^&=+_`]+/u;

const isWordChar = (code: number) =>
  (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
/** Terms that start with a Latin letter or digit match at a word start only (rain ≠ training). */
const atWordStartOnly = (term: string) => isWordChar(term.charCodeAt(0));

/** The words of a query, normalized, without duplicates; none for an empty or blank query. */
export function queryTerms(query: string): string[] {
  const terms = normalizeText(query)
    .split(QUERY_SEPARATORS)
    .map((term) => term.replace(/^[.%-]+|[.-]+$/g, ''))
    .filter((term) => term.length > 0);
  return [...new Set(terms)];
}

let segmenter: Intl.Segmenter | null | undefined;
function zhSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter =
      typeof Intl.Segmenter === 'function'
        ? new Intl.Segmenter('zh', { granularity: 'word' })
        : null;
  }
  return segmenter;
}

const HAN = /\p{Script=Han}/u;

/** A Chinese term split into its words (志愿服务培训 → 志愿, 服务, 培训); others as they are. */
function segmentTerms(terms: readonly string[]): string[] {
  const words = zhSegmenter();
  if (!words) return [...terms];
  const out = terms.flatMap((term) =>
    HAN.test(term) && term.length >= 3
      ? [...words.segment(term)].filter((s) => s.isWordLike).map((s) => s.segment)
      : [term],
  );
  return [...new Set(out)];
}

/** Word boundaries of a text by the segmenter, for ranking whole-word matches first. */
function boundaries(text: string): Set<number> | null {
  const words = zhSegmenter();
  if (!words) return null;
  const set = new Set<number>([text.length]);
  for (const s of words.segment(text)) set.add(s.index);
  return set;
}

/** First field whose start is above `pos`, searching from `from` (binary search). */
function fieldAt(starts: Int32Array, pos: number, from: number): number {
  let lo = from;
  const last = starts.length - 2;
  // Matches come in order, usually a field or two apart: look there before bisecting.
  for (let step = 0; step < 4 && lo < last && starts[lo + 1]! <= pos; step++) lo++;
  if (lo === last || starts[lo + 1]! > pos) return lo;
  let hi = last;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Offsets of every match of `term` in one normalized field. */
function rangesIn(text: string, term: string, wordStart: boolean): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (let pos = text.indexOf(term); pos !== -1; pos = text.indexOf(term, pos + 1)) {
    if (wordStart && pos > 0 && isWordChar(text.charCodeAt(pos - 1))) continue;
    ranges.push([pos, pos + term.length]);
  }
  return ranges;
}

function mergeRanges(ranges: Array<[number, number]>): Array<readonly [number, number]> {
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

const FIELD_OF = (kind: number): { field: SearchField; lang: 'zh' | 'en' } =>
  kind === FIELD_QUOTE
    ? { field: 'quote', lang: 'zh' }
    : { field: 'name', lang: kind === FIELD_NAME_EN ? 'en' : 'zh' };

/** The matched fields of one entry with their highlight ranges. */
function matchesOf(index: SearchIndex, entry: number, terms: readonly string[]): FieldMatch[] {
  const kind = KIND_CODES[index.entryKind[entry]!]!;
  const fields = fieldsOf(kind, index.dataset, index.entryRecord[entry]!, index.entryItem[entry]!);
  const out: FieldMatch[] = [];
  for (const [fieldKind, text] of fields) {
    const folded = normalizeText(text);
    const ranges = terms.flatMap((term) => rangesIn(folded, term, atWordStartOnly(term)));
    if (ranges.length > 0) out.push({ ...FIELD_OF(fieldKind), text, ranges: mergeRanges(ranges) });
  }
  return out;
}

function yearOfEntry(index: SearchIndex, entry: number): string | null {
  const { dataset } = index;
  const record = index.entryRecord[entry]!;
  switch (index.entryKind[entry]) {
    case 0:
      return yearOf(dataset.figures[record]!.date);
    case 1:
      return yearOf(dataset.events[record]!.date);
    case 2:
    case 3:
      return reportYears(dataset).get(dataset.lists[record]!.article) ?? null;
    default:
      return null;
  }
}

function hitOf(index: SearchIndex, entry: number, matches: FieldMatch[], score: number): SearchHit {
  const { dataset } = index;
  const r = index.entryRecord[entry]!;
  const base = {
    department: index.departmentIds[index.entryDepartment[entry]!]!,
    year: yearOfEntry(index, entry),
    field: matches.some((m) => m.field === 'name') ? ('name' as const) : ('quote' as const),
    matches,
    score,
  };
  switch (KIND_CODES[index.entryKind[entry]!]!) {
    case 'figure':
      return { ...base, kind: 'figure', id: dataset.figures[r]!.id, record: dataset.figures[r]! };
    case 'event':
      return { ...base, kind: 'event', id: dataset.events[r]!.id, record: dataset.events[r]! };
    case 'list':
      return { ...base, kind: 'list', id: dataset.lists[r]!.id, record: dataset.lists[r]! };
    case 'list-item':
      return {
        ...base,
        kind: 'list-item',
        id: dataset.lists[r]!.id,
        record: dataset.lists[r]!,
        item: index.entryItem[entry]!,
      };
    case 'department':
      return {
        ...base,
        kind: 'department',
        id: dataset.departments[r]!.id,
        record: dataset.departments[r]!,
      };
  }
}

/**
 * Which entries the filters keep (1) or drop (0): the records of `filtered`, and the departments
 * that have any of them. `null` when the filters keep everything.
 */
export function searchFilterMask(index: SearchIndex, filtered: FilteredDataset): Uint8Array | null {
  const { dataset } = index;
  if (
    filtered.figures.length === dataset.figures.length &&
    filtered.events.length === dataset.events.length &&
    filtered.lists.length === dataset.lists.length
  ) {
    return null;
  }
  const keep = (records: readonly object[], all: readonly object[]) => {
    const set = new Set(records);
    return all.map((record) => set.has(record));
  };
  const byKind = [
    keep(filtered.figures, dataset.figures),
    keep(filtered.events, dataset.events),
    keep(filtered.lists, dataset.lists),
  ];
  const departments = new Set(
    [...filtered.figures, ...filtered.events, ...filtered.lists].map((r) => r.department),
  );
  const mask = new Uint8Array(index.entryKind.length);
  for (let e = 0; e < mask.length; e++) {
    const kind = index.entryKind[e]!;
    const record = index.entryRecord[e]!;
    mask[e] =
      kind === 4
        ? Number(departments.has(dataset.departments[record]!.id))
        : Number(byKind[kind === 3 ? 2 : kind]![record]);
  }
  return mask;
}

export type SearchOptions = {
  /** How many hits to return (the total counts them all). */
  limit?: number;
  /** From `searchFilterMask`: the entries the filters keep. */
  mask?: Uint8Array | null;
};

/** How common the rarest code unit of a term is: a cheap guess at how often the term occurs. */
function rarity(index: SearchIndex, term: string): number {
  let min = Infinity;
  for (let i = 0; i < term.length; i++) min = Math.min(min, index.charCount[term.charCodeAt(i)]!);
  return min;
}

type Scratch = { bits: Int32Array; bonus: Uint8Array };

/** Marks a term's match in a field of an entry, keeping the entry's best field bonus. */
function mark(
  index: SearchIndex,
  space: Scratch,
  f: number,
  pos: number,
  term: string,
  bit: number,
) {
  const { fieldStart } = index;
  const e = index.fieldEntry[f]!;
  const start = fieldStart[f]!;
  const exact = pos === start && pos + term.length === fieldStart[f + 1]! - 1;
  const b =
    (index.fieldKind[f] === FIELD_QUOTE ? 10 : 30) + (pos === start ? 10 : 0) + (exact ? 40 : 0);
  space.bits[e]! |= bit;
  if (b > space.bonus[e]!) space.bonus[e] = b;
}

/** Finds a term in the whole text: every entry that holds it, once each. */
function scan(index: SearchIndex, term: string, bit: number, space: Scratch, touched: number[]) {
  const { text, fieldStart, fieldEntry, entryField } = index;
  const wordStart = atWordStartOnly(term);
  let f = 0;
  let pos = text.indexOf(term);
  while (pos !== -1) {
    if (fieldStart[f + 1]! <= pos) f = fieldAt(fieldStart, pos, f);
    if (wordStart && pos > fieldStart[f]! && isWordChar(text.charCodeAt(pos - 1))) {
      pos = text.indexOf(term, pos + 1);
      continue;
    }
    const e = fieldEntry[f]!;
    if (space.bits[e] === 0) touched.push(e);
    mark(index, space, f, pos, term, bit);
    // The first match of an entry is its best field (names come first): go on to the next entry.
    f = entryField[e + 1]!;
    pos = f < fieldEntry.length ? text.indexOf(term, fieldStart[f]!) : -1;
  }
}

/** Checks a term in the entries found so far only. */
function verify(index: SearchIndex, term: string, bit: number, space: Scratch, touched: number[]) {
  const { text, fieldStart, entryField } = index;
  const wordStart = atWordStartOnly(term);
  for (const e of touched) {
    const from = fieldStart[entryField[e]!]!;
    const own = text.slice(from, fieldStart[entryField[e + 1]!]!);
    for (let pos = own.indexOf(term); pos !== -1; pos = own.indexOf(term, pos + 1)) {
      if (wordStart && pos > 0 && isWordChar(own.charCodeAt(pos - 1))) continue;
      mark(index, space, fieldAt(fieldStart, from + pos, entryField[e]!), from + pos, term, bit);
      break;
    }
  }
}

// Per-index scratch space, reused by every query so a query allocates little.
const scratch = new WeakMap<SearchIndex, Scratch>();

function run(index: SearchIndex, terms: readonly string[], limit: number, mask: Uint8Array | null) {
  const entries = index.entryKind.length;
  let space = scratch.get(index);
  if (!space) {
    space = { bits: new Int32Array(entries), bonus: new Uint8Array(entries) };
    scratch.set(index, space);
  }
  const { bits, bonus } = space;
  const touched: number[] = [];
  const used = terms.slice(0, 30);
  // A term may also be met by the name of the record's department (卫生 签约), never alone.
  const departmentBits = index.departmentText.map((name) =>
    used.reduce((acc, term, t) => (name.includes(term) ? acc | (1 << t) : acc), 0),
  );
  const namesDepartment = used.map((_, t) => departmentBits.some((bits) => bits & (1 << t)));
  // Every hit holds its own match of each term no department name meets, so scanning the rarest
  // of those finds them all; the other terms are checked on those records only.
  const rarest = used
    .map((term, t) => ({ t, count: rarity(index, term) }))
    .filter(({ t }) => !namesDepartment[t])
    .sort((a, b) => a.count - b.count)[0];
  const scanned = rarest ? [rarest.t] : used.map((_, t) => t);
  for (const t of scanned) scan(index, used[t]!, 1 << t, space, touched);
  for (let t = 0; t < used.length; t++) {
    if (!scanned.includes(t)) verify(index, used[t]!, 1 << t, space, touched);
  }
  const all = (1 << used.length) - 1;
  const matched: number[] = [];
  const scores: number[] = [];
  const histogram = new Int32Array(256);
  for (const e of touched) {
    const own = bits[e]!;
    const has = own | departmentBits[index.entryDepartment[e]!]!;
    if (has === all && (!mask || mask[e] === 1)) {
      let count = 0;
      for (let b = own; b; b &= b - 1) count++;
      const score = Math.min(255, KIND_WEIGHT[index.entryKind[e]!]! + bonus[e]! + 5 * count);
      matched.push(e);
      scores.push(score);
      histogram[score]!++;
    }
    bits[e] = 0;
    bonus[e] = 0;
  }
  // Keep twice the limit by the cheap score (O(n), no sort of every match), then rank those.
  const pool = limit * 2;
  let threshold = 255;
  for (let seen = 0; threshold > 0 && seen + histogram[threshold]! < pool; threshold--) {
    seen += histogram[threshold]!;
  }
  const candidates: Array<{ entry: number; score: number }> = [];
  let atThreshold = pool - matched.filter((_, i) => scores[i]! > threshold).length;
  for (let i = 0; i < matched.length; i++) {
    const score = scores[i]!;
    if (score > threshold || (score === threshold && atThreshold-- > 0)) {
      candidates.push({ entry: matched[i]!, score });
    }
  }
  const hits = candidates.map(({ entry, score }) => {
    const matches = matchesOf(index, entry, used);
    return hitOf(index, entry, matches, score + wholeWordBonus(matches));
  });
  hits.sort((a, b) => b.score - a.score || (b.year ?? '').localeCompare(a.year ?? '') || 0);
  return { hits: hits.slice(0, limit), total: matched.length };
}

/** +15 when a Chinese match is a whole word by the segmenter, +5 when a Latin one ends a word. */
function wholeWordBonus(matches: readonly FieldMatch[]): number {
  let bonus = 0;
  for (const match of matches) {
    if (match.lang === 'en') {
      const endsWord = match.ranges.some(([, end]) => !isWordChar(match.text.charCodeAt(end)));
      if (endsWord) bonus = Math.max(bonus, 5);
      continue;
    }
    const cuts = boundaries(match.text);
    if (cuts && match.ranges.some(([start, end]) => cuts.has(start) && cuts.has(end))) return 15;
  }
  return bonus;
}

/**
 * The records that contain every word of the query, best first: names before quotes, a whole
 * field or a whole word before a part, newer years first among equals. At most `limit` hits
 * (50); `total` counts every match. An empty or blank query finds nothing.
 */
export function search(
  index: SearchIndex,
  query: string,
  options: SearchOptions = {},
): SearchResult {
  const limit = options.limit ?? 50;
  const mask = options.mask ?? null;
  const terms = queryTerms(query);
  if (terms.length === 0) return { hits: [], total: 0, terms, segmented: false };
  const found = run(index, terms, limit, mask);
  if (found.total === 0) {
    const words = segmentTerms(terms);
    if (words.join(' ') !== terms.join(' ')) {
      return { ...run(index, words, limit, mask), terms: words, segmented: true };
    }
  }
  return { ...found, terms, segmented: false };
}
