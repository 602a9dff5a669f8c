import { z } from 'zod';
import {
  draftFigureSchema,
  figureSchema,
  servedFigureSchema,
  type categorySchema,
  type qualifierSchema,
  type unitSchema,
} from './figure-schema.ts';
import {
  bilingualSchema,
  dateBasisSchema,
  dateNoteSchema,
  idSchema,
  isoDateSchema,
  quoteSchema,
} from './schema-basics.ts';
import { vocabularySchema } from './vocabulary-schema.ts';

/**
 * The data contract. This file is the single description of the dataset: the app parses the
 * served JSON with it, `npm run data:check` validates the editor's files with it, and the JSON
 * Schema in `data/schema/` is generated from it. See docs/decisions/002-data-loading.md. Units
 * and categories are data (`vocabulary-schema.ts`, ADR 011).
 */

/** Names the allowed values in the message, so an editor sees the fix in the error. */
function enumError(field: string, values: readonly string[], where: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined
      ? `${field} is required: use one of ${values.join(', ')}`
      : `unknown ${field} ${JSON.stringify(issue.input)}: use one of ${values.join(', ')}` +
        ` (or add it to ${where} in src/domain/dataset-schema.ts)`;
}

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

const articleFields = {
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
    /** The page (版) the article is printed on, as printed (A3, 第5版); absent or null: not printed. */
    page: z.string().min(1).nullable().optional(),
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
};

/** The editor's file `data/articles/<id>.json`. */
export const articleFileSchema = z
  .strictObject(articleFields)
  .meta({ title: 'Article', description: 'One newspaper article: data/articles/<id>.json' });

/**
 * A drafted article (`npm run data:draft`), not yet publishable: `draft: true`, figures whose
 * department, metric, category or date may still be null, departments still to name. The data
 * check lists what is left; the build refuses it.
 */
export const draftArticleFileSchema = z
  .strictObject({
    ...articleFields,
    draft: z.literal(true).meta({
      description: 'A draft: fill every null, then remove this line (the build refuses drafts).',
    }),
    departments: z.array(idSchema),
    figures: z.array(draftFigureSchema),
  })
  .meta({ title: 'Draft article', description: 'A drafted article: data/articles/<id>.json' });

/** What `data/articles/<id>.json` may hold, for the editor's JSON Schema. */
export const editorArticleSchema = z
  .union([articleFileSchema, draftArticleFileSchema])
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

/** The version of the served dataset this app reads. */
export const DATASET_SCHEMA_VERSION = 2;

/**
 * The dataset as served at `data/dataset.json`: assembled from `data/` by the build. Records carry
 * their article id so the app can lay them out flat.
 */
export const datasetSchema = z.strictObject({
  /** 2: figures may be bounded above or ranges, and the dataset carries its vocabulary. */
  schemaVersion: z.literal(DATASET_SCHEMA_VERSION),
  title: bilingualSchema,
  vocabulary: vocabularySchema,
  departments: z.array(departmentSchema),
  articles: z.array(servedArticleSchema),
  figures: z.array(servedFigureSchema),
  events: z.array(eventSchema.extend({ article: idSchema })),
  lists: z.array(namedListSchema.extend({ article: idSchema })),
});

/** A unit as printed (人次, %, 百分点); the vocabulary names it. */
export type Unit = z.infer<typeof unitSchema>;
export type Qualifier = z.infer<typeof qualifierSchema>;
/** A category id (outreach-sessions); the vocabulary names it. */
export type Category = z.infer<typeof categorySchema>;
export type Department = z.infer<typeof departmentSchema>;
export type ArticleFile = z.infer<typeof articleFileSchema>;
export type DraftArticleFile = z.infer<typeof draftArticleFileSchema>;
/** An article file as the editor keeps it: finished, or a draft. */
export type EditorArticle = ArticleFile | DraftArticleFile;
export type DraftFigure = z.infer<typeof draftFigureSchema>;
export type DepartmentsFile = z.infer<typeof departmentsFileSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
export type Article = Dataset['articles'][number];
export type Figure = Dataset['figures'][number];
export type DatedEvent = Dataset['events'][number];
export type NamedList = Dataset['lists'][number];
export type ListKind = z.infer<typeof listKindSchema>;
export type DateBasis = z.infer<typeof dateBasisSchema>;
