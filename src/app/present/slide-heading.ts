import type { DatasetIndex } from '../../domain/dataset-index.ts';
import type { Locale } from '../../domain/locale.ts';
import type { Slide } from '../../domain/present-slides.ts';
import type { MessageKey } from '../../ui/messages.ts';

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export type SlideHeading = {
  /** The small line above the title: which kind of slide, and for a department, where it sits. */
  kicker: string;
  title: string;
};

/** The title bar's words for a slide. */
export function slideHeading(
  slide: Slide,
  index: DatasetIndex,
  locale: Locale,
  t: Translate,
): SlideHeading {
  switch (slide.kind) {
    case 'overview':
      return {
        kicker: slide.year
          ? t('present.kindOverviewYear', { year: slide.year })
          : t('present.kindOverview'),
        title: t('present.overviewTitle'),
      };
    case 'department': {
      const department = index.department(slide.departmentId);
      return {
        kicker: department
          ? `${t('present.kindDepartment')} · ${department.parent[locale]} · ${department.kind[locale]}`
          : t('present.kindDepartment'),
        title:
          index.departmentName(slide.departmentId, locale, 'full') +
          (slide.pages > 1 ? t('present.page', { page: slide.page, pages: slide.pages }) : ''),
      };
    }
    case 'compare':
      return {
        kicker: t('present.kindCompare'),
        title:
          t('present.compareTitle') +
          (slide.pages > 1 ? t('present.page', { page: slide.page, pages: slide.pages }) : ''),
      };
    case 'timeline':
      return { kicker: t('present.kindTimeline'), title: t('present.timelineTitle') };
  }
}
