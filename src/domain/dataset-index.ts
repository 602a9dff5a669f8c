import type { Article, Dataset, Department, Figure } from './dataset-schema.ts';
import { departmentColourSlots, type ColourSlot } from './department-colours.ts';
import type { Locale } from './locale.ts';
import type { Bilingual } from './schema-basics.ts';
import { vocabularyNames, type VocabularyNames } from './vocabulary.ts';

/**
 * Look-ups over one dataset. The unit and category names come from the dataset's vocabulary
 * (`unitName`, `categoryName`, `unitDimension`: see `VocabularyNames`).
 */
export type DatasetIndex = VocabularyNames & {
  department: (id: string) => Department | undefined;
  article: (id: string) => Article | undefined;
  /** The name of a figure's activity group, e.g. 送疾病预防控制知识. */
  groupName: (figure: Pick<Figure, 'article' | 'group'>) => Bilingual | undefined;
  figure: (id: string) => Figure | undefined;
  /** A department's figures in dataset order, unfiltered; empty for an unknown id. */
  figuresOf: (departmentId: string) => readonly Figure[];
  /**
   * What every view calls a department: its short name (大王寨镇) or, with `full`, its whole name
   * (莘县大王寨镇); the id itself when the dataset does not know it.
   */
  departmentName: (id: string, locale: Locale, form?: 'short' | 'full') => string;
  /** The department's palette slot, the same on every chart and card (null: neutral grey). */
  departmentSlot: (id: string) => ColourSlot;
};

const NONE: readonly Figure[] = [];

/** Look-ups by id, built once per dataset in one pass over each record list. */
export function indexDataset(dataset: Dataset): DatasetIndex {
  const departments = new Map(dataset.departments.map((d) => [d.id, d]));
  const articles = new Map(dataset.articles.map((a) => [a.id, a]));
  const figures = new Map(dataset.figures.map((f) => [f.id, f]));
  const slots = departmentColourSlots(dataset.departments.map((d) => d.id));
  const byDepartment = new Map<string, Figure[]>();
  for (const figure of dataset.figures) {
    const list = byDepartment.get(figure.department);
    if (list) list.push(figure);
    else byDepartment.set(figure.department, [figure]);
  }
  return {
    ...vocabularyNames(dataset.vocabulary),
    department: (id) => departments.get(id),
    article: (id) => articles.get(id),
    figure: (id) => figures.get(id),
    figuresOf: (id) => byDepartment.get(id) ?? NONE,
    departmentName: (id, locale, form = 'short') => {
      const department = departments.get(id);
      return department ? (form === 'full' ? department.name : department.shortName)[locale] : id;
    },
    departmentSlot: (id) => slots.get(id) ?? null,
    groupName: ({ article, group }) =>
      group ? articles.get(article)?.groups.find((g) => g.id === group)?.name : undefined,
  };
}
