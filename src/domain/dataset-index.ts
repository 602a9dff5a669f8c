import type { Article, Bilingual, Dataset, Department, Figure } from './dataset-schema.ts';

export type DatasetIndex = {
  department: (id: string) => Department | undefined;
  article: (id: string) => Article | undefined;
  /** The name of a figure's activity group, e.g. 送疾病预防控制知识. */
  groupName: (figure: Pick<Figure, 'article' | 'group'>) => Bilingual | undefined;
  figure: (id: string) => Figure | undefined;
  /** A department's figures in dataset order, unfiltered; empty for an unknown id. */
  figuresOf: (departmentId: string) => readonly Figure[];
};

const NONE: readonly Figure[] = [];

/** Look-ups by id, built once per dataset in one pass over each record list. */
export function indexDataset(dataset: Dataset): DatasetIndex {
  const departments = new Map(dataset.departments.map((d) => [d.id, d]));
  const articles = new Map(dataset.articles.map((a) => [a.id, a]));
  const figures = new Map(dataset.figures.map((f) => [f.id, f]));
  const byDepartment = new Map<string, Figure[]>();
  for (const figure of dataset.figures) {
    const list = byDepartment.get(figure.department);
    if (list) list.push(figure);
    else byDepartment.set(figure.department, [figure]);
  }
  return {
    department: (id) => departments.get(id),
    article: (id) => articles.get(id),
    figure: (id) => figures.get(id),
    figuresOf: (id) => byDepartment.get(id) ?? NONE,
    groupName: ({ article, group }) =>
      group ? articles.get(article)?.groups.find((g) => g.id === group)?.name : undefined,
  };
}
