import { CompareSlide } from './compare-slide.tsx';
import { DepartmentSlide } from './department-slide.tsx';
import { OverviewSlide } from './overview-slide.tsx';
import type { SlideProps } from './slide-props.ts';
import { TimelineSlide } from './timeline-slide.tsx';

/** The layout for the slide's kind. */
export function SlideView(props: SlideProps) {
  const { slide } = props;
  switch (slide.kind) {
    case 'overview':
      return <OverviewSlide {...props} slide={slide} />;
    case 'department':
      return <DepartmentSlide {...props} slide={slide} />;
    case 'compare':
      return <CompareSlide {...props} slide={slide} />;
    case 'timeline':
      return <TimelineSlide {...props} slide={slide} />;
  }
}
