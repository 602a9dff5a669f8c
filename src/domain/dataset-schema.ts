import { z } from 'zod';

// No code generation: zod's object fast path compiles with `new Function`, which the page's
// Content-Security-Policy forbids (docs/decisions/007-content-security-policy.md); its probe for
// it would be reported as a violation. Read when a schema is created, so it comes first.
z.config({ jitless: true });

/**
 * The data contract. This file is the single description of the dataset: the app parses the
 * served JSON with it, `npm run data:check` validates the editor's files with it, and the JSON
 * Schema in `data/schema/` is generated from it. See docs/decisions/002-data-loading.md.
 */

/** Text in both interface languages. Chinese is what the source prints; English is ours. */
export const bilingualSchema = z.strictObject({
  zh: z.string().trim().min(1, '中文名称不能为空 / zh must not be empty'),
  en: z.string().trim().min(1, 'English name must not be empty'),
});

const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case: lower-case letters, digits and "-"');

/** ISO 8601 as precise as the text allows: `2023`, `2023-05`, `2023-10-16`. */
export const isoDateSchema = z
  .string()
  .regex(
    /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
    'dates are ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD',
  );

/**
 * Where a date comes from. `printed`: the quote states it in full. `inferred`: part of it (usually
 * the year) is not printed next to the figure and comes from the article or page, as `dateNote` says.
 */
export const dateBasisSchema = z.enum(['printed', 'inferred'], {
  error: (issue) =>
    issue.input === undefined
      ? 'dateBasis is required: printed or inferred'
      : `dateBasis ${JSON.stringify(issue.input)} is not one of printed, inferred`,
});

/** Names the allowed values in the message, so an editor sees the fix in the error. */
function enumError(field: string, values: readonly string[], where: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined
      ? `${field} is required: use one of ${values.join(', ')}`
      : `unknown ${field} ${JSON.stringify(issue.input)}: use one of ${values.join(', ')}` +
        ` (or add it to ${where} in src/domain/dataset-schema.ts)`;
}

const qualifiers = ['exact', 'atLeast', 'approx'] as const;
/** `atLeast` where the page says 余/多/以上/超过/逾; `approx` where it says 约/近/左右. */
export const qualifierSchema = z.enum(qualifiers, {
  error: (issue) =>
    issue.input === undefined
      ? `qualifier is required: use one of ${qualifiers.join(', ')}`
      : `unknown qualifier ${JSON.stringify(issue.input)}: use one of ${qualifiers.join(', ')}`,
});

const units = [
  '人',
  '人次',
  '场次',
  '次',
  '个',
  '项',
  '名',
  '家',
  '户',
  '元',
  '平方米',
  '亩',
  '型',
] as const;
/** Units as printed, without the scale word (万, 亿). English labels live in `labels.ts`. */
export const unitSchema = z.enum(units, { error: enumError('unit', units, 'unitSchema') });

/** Categories let comparable figures meet; labels live in `labels.ts`. */
const categories = [
  'meetings',
  'rules',
  'honours',
  'organisation',
  'enterprises',
  'services',
  'facilities',
  'money',
  'coverage',
  'party-members',
  'brands',
  'outreach-sessions',
  'outreach-reach',
  'training',
] as const;
export const categorySchema = z.enum(categories, {
  error: enumError('category', categories, 'categorySchema'),
});

const quoteSchema = z.string().min(1, 'a quote is required: the exact words of the source');

const dateNoteSchema = z.string().min(1).optional().meta({
  description:
    'Required when dateBasis is inferred: where the unprinted part (name the year) comes from.',
});

export const figureSchema = z.strictObject({
  id: idSchema.meta({ description: 'Unique across the whole dataset, kebab-case.' }),
  department: idSchema.meta({ description: 'Id of a department in departments.json.' }),
  metric: bilingualSchema.meta({ description: 'What is counted, in Chinese and English.' }),
  category: categorySchema.meta({ description: 'Lets comparable figures meet in one chart.' }),
  /** A plain number in base units: 343.76万人 → 3437600. */
  value: z
    .number({
      // NaN and ±Infinity (JSON 1e999) are numbers to JavaScript: say which one came.
      error: (issue) =>
        typeof issue.input === 'number'
          ? `value must be a finite number, not ${issue.input}`
          : 'value must be a number',
    })
    .finite('value must be a finite number')
    .nonnegative('value must not be negative: figures count things')
    .meta({
      description: 'A plain number in base units: 343.76万人 → 3437600, 7000余万元 → 70000000.',
    }),
  unit: unitSchema.meta({ description: 'The unit as printed, without the scale word 万/亿.' }),
  qualifier: qualifierSchema.meta({
    description: 'atLeast for 余/多/以上/超过/逾, approx for 约/近/左右, else exact.',
  }),
  date: isoDateSchema.meta({ description: 'YYYY, YYYY-MM or YYYY-MM-DD, as precise as the text.' }),
  dateBasis: dateBasisSchema.meta({
    description: 'printed if the quote states the whole date, else inferred (with dateNote).',
  }),
  dateNote: dateNoteSchema,
  /** The exact words of the source that state the figure. */
  quote: quoteSchema.meta({
    description: 'The exact source words with the numeral; line breaks and spaces may be left out.',
  }),
  /**
   * The numeral inside the quote that states the value, as printed (e.g. `343.76 万`, `七`).
   * Needed when the quote holds more than one number; otherwise the only one is used.
   */
  numeral: z
    .string()
    .min(1)
    .optional()
    .meta({ description: 'Which numeral of the quote states the value, when it holds several.' }),
  /** Figures of one activity (e.g. an outreach campaign's sessions and person-times). */
  group: idSchema.optional().meta({ description: "Id of a group in this article's groups." }),
  note: z.string().min(1).optional(),
});

export const eventSchema = z.strictObject({
  id: idSchema,
  department: idSchema,
  date: isoDateSchema,
  dateBasis: dateBasisSchema,
  dateNote: dateNoteSchema,
  title: bilingualSchema,
  quote: quoteSchema,
});

const listKinds = [
  'honours',
  'party-brands',
  'mechanisms',
  'functional-zones',
  'services',
  'facilities',
  'organ-types',
  'rules',
  'activities',
] as const;
export const listKindSchema = z.enum(listKinds, {
  error: enumError('list kind', listKinds, 'listKindSchema'),
});

export const namedListSchema = z.strictObject({
  id: idSchema,
  department: idSchema,
  kind: listKindSchema,
  name: bilingualSchema,
  items: z
    .array(
      z.strictObject({
        name: bilingualSchema,
        quote: quoteSchema,
      }),
    )
    .min(1, 'a named list needs at least one item'),
  /** The figure that counts this list, where the source prints the count (七型 → 7). */
  countFigure: idSchema.optional(),
  /**
   * `false` when the source cuts the list short (……, 等): the items are only the ones printed, and
   * `countFigure` may count more. Absent or `true`: the items are the whole list.
   */
  complete: z
    .boolean()
    .optional()
    .meta({ description: 'false when the source cuts the list short (……, 等); say so in note' }),
  note: z.string().min(1).optional(),
});

export const groupSchema = z.strictObject({
  id: idSchema,
  name: bilingualSchema,
});

export const bylineSchema = z.strictObject({
  /** As printed: 本报记者, 本报通讯员. */
  role: z.string().min(1),
  names: z.array(z.string().min(1)).min(1),
});

export const ignoredNumeralSchema = z.strictObject({
  /** The numeral as printed, with enough context to be unambiguous (e.g. `二十大`). */
  text: z.string().min(1).meta({
    description: 'Source words holding the numeral (e.g. 二十大); every occurrence is ignored.',
  }),
  reason: z.string().min(1, 'say why this numeral is not a figure'),
});

/** The editor's file `data/articles/<id>.json`. */
export const articleFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: idSchema,
    /** Path of the article text, relative to `data/`. */
    source: z.string().regex(/^sources\/[a-z0-9-]+\.txt$/, 'source is sources/<id>.txt'),
    headline: bilingualSchema.nullable(),
    subheadline: bilingualSchema.nullable(),
    /** The page's section label printed near the article (创模范, 创品牌), if any. */
    section: z.string().min(1).nullable(),
    bylines: z.array(bylineSchema),
    publication: z.strictObject({
      /** The newspaper's name where the page prints it; the seed page only says 本报. */
      name: z.string().min(1).nullable(),
      date: isoDateSchema.nullable(),
      dateBasis: dateBasisSchema.nullable(),
      note: z.string().min(1).optional(),
    }),
    departments: z.array(idSchema).min(1),
    /** What a reader should know about the article as a whole (e.g. that it is a photo caption). */
    note: z.string().min(1).optional(),
    groups: z.array(groupSchema).default([]),
    figures: z.array(figureSchema),
    events: z.array(eventSchema).default([]),
    lists: z.array(namedListSchema).default([]),
    ignoredNumerals: z.array(ignoredNumeralSchema).default([]),
  })
  .meta({ title: 'Article', description: 'One newspaper article: data/articles/<id>.json' });

export const departmentSchema = z.strictObject({
  id: idSchema,
  name: bilingualSchema,
  shortName: bilingualSchema,
  /** The county or district the body belongs to (莘县, 茌平区) or the city for municipal bodies. */
  parent: bilingualSchema,
  kind: bilingualSchema,
});

/** The editor's file `data/departments.json`. */
export const departmentsFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    departments: z
      .array(departmentSchema)
      .min(1, 'a department list needs at least one department'),
  })
  .meta({
    title: 'Departments',
    description: 'The bodies articles report on: data/departments.json',
  });

/** An article as served: its metadata and its text, without the per-record arrays. */
export const servedArticleSchema = articleFileSchema
  .omit({ $schema: true, figures: true, events: true, lists: true, ignoredNumerals: true })
  .extend({ text: z.string() });

/**
 * The dataset as served at `data/dataset.json`: assembled from `data/` by the build. Records carry
 * their article id so the app can lay them out flat.
 */
export const datasetSchema = z.strictObject({
  schemaVersion: z.literal(1),
  title: bilingualSchema,
  departments: z.array(departmentSchema),
  articles: z.array(servedArticleSchema),
  figures: z.array(figureSchema.extend({ article: idSchema })),
  events: z.array(eventSchema.extend({ article: idSchema })),
  lists: z.array(namedListSchema.extend({ article: idSchema })),
});

export type Bilingual = z.infer<typeof bilingualSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type Qualifier = z.infer<typeof qualifierSchema>;
export type Category = z.infer<typeof categorySchema>;
export type Department = z.infer<typeof departmentSchema>;
export type ArticleFile = z.infer<typeof articleFileSchema>;
export type DepartmentsFile = z.infer<typeof departmentsFileSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
export type Article = Dataset['articles'][number];
export type Figure = Dataset['figures'][number];
export type DatedEvent = Dataset['events'][number];
export type NamedList = Dataset['lists'][number];
export type ListKind = z.infer<typeof listKindSchema>;
export type DateBasis = z.infer<typeof dateBasisSchema>;
