import { z } from 'zod';
import { bilingualSchema, idSchema } from './schema-basics.ts';

/**
 * The open vocabulary: the units and categories figures may use, with their labels. It is data
 * (`data/vocabulary.json`, served inside the dataset), so a page that prints a new unit needs a
 * line there and no code change. See docs/decisions/011-quantity-model-and-vocabulary.md.
 */

/** What a unit measures (people, money, area …): units of one dimension may share an axis. */
export const dimensionSchema = z
  .string()
  .regex(/^[a-z]+(?:-[a-z]+)*$/, 'a dimension is kebab-case words: people, person-times, money …');

export const unitEntrySchema = z.strictObject({
  unit: z
    .string()
    .regex(/^[^\s\d]+$/u, 'a unit is written as printed: no digits, no spaces (人次, 平方米, %)')
    .meta({ description: 'The unit as printed after a number, without 万/亿 (人次, 平方米).' }),
  name: bilingualSchema.meta({
    description: 'For axis titles and legends: 人次 / person-times.',
  }),
  words: z
    .strictObject({
      one: z.string().trim().min(1, 'the English singular must not be empty'),
      other: z.string().trim().min(1, 'the English plural must not be empty'),
    })
    .meta({ description: 'English after a number: one (1 person), other (2 people).' }),
  dimension: dimensionSchema.meta({
    description:
      'What the unit measures; percent (only %) and percentage-points (only 百分点) are reserved.',
  }),
  note: z.string().min(1).optional(),
});

export const categoryEntrySchema = z.strictObject({
  category: idSchema.meta({ description: 'The id figures use, kebab-case (outreach-sessions).' }),
  name: bilingualSchema.meta({ description: 'The name views show: 活动场次 / Outreach sessions.' }),
  note: z.string().min(1).optional(),
});

export const vocabularySchema = z.strictObject({
  units: z.array(unitEntrySchema),
  categories: z.array(categoryEntrySchema),
});

/** The editor's file `data/vocabulary.json`. */
export const vocabularyFileSchema = z
  .strictObject({ $schema: z.string().optional(), ...vocabularySchema.shape })
  .meta({
    title: 'Vocabulary',
    description: 'The units and categories figures may use: data/vocabulary.json',
  });

export type UnitEntry = z.infer<typeof unitEntrySchema>;
export type CategoryEntry = z.infer<typeof categoryEntrySchema>;
export type Vocabulary = z.infer<typeof vocabularySchema>;
export type VocabularyFile = z.infer<typeof vocabularyFileSchema>;
