import { useCallback, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { indexDataset } from '../../domain/dataset-index.ts';
import type { Dataset } from '../../domain/dataset-schema.ts';
import { actionForKey, type PresentAction } from '../../domain/present-keys.ts';
import { DEFAULT_DWELL_SECONDS } from '../../domain/present-params.ts';
import { buildSlides, wrapSlideIndex, type Slide } from '../../domain/present-slides.ts';
import { chartFontSize } from '../../domain/present-stage.ts';
import { dataAsOf } from '../../domain/present-text.ts';
import {
  formatFilters,
  parseFilters,
  type AppLocation,
  type Route,
} from '../../domain/url-state.ts';
import { ErrorBoundary, PanelFailed } from '../../ui/error-boundary.tsx';
import { useLocale, useT } from '../../ui/locale-context.tsx';
import { forceTheme, useTheme } from '../../ui/theme.ts';
import { Blank, Controls, Footer, ProgressBar, TitleBar } from './present-chrome.tsx';
import { slideHeading } from './slide-heading.ts';
import { SlideView } from './slides/slide-view.tsx';
import { useAutoAdvance } from './use-auto-advance.ts';
import { leaveFullscreen, useFullscreen } from './use-fullscreen.ts';
import { useIdle } from './use-idle.ts';
import { useStage } from './use-stage.ts';
import styles from './presentation.module.css';

export type PresentationProps = {
  dataset: Dataset;
  location: AppLocation;
  /** `replace` moves between slides without filling the history: Back leaves the screen. */
  navigate: (location: AppLocation, options?: { replace?: boolean }) => void;
  /** The data notices (stale data, preview, quarantined records), placed on the stage. */
  notices?: ReactNode;
};

/** The cursor and the on-screen buttons hide after this long without pointer movement. */
const IDLE_MS = 3000;
/** On <html> while presenting: no scrollbars, whatever the content does (presentation.module.css). */
const PRESENTING_CLASS = 'presenting';

type PresentRoute = Extract<Route, { view: 'present' }>;

/** Where Esc leads: the desk view of the slide on screen, with the same filters. */
function deskRoute(slide: Slide | undefined): Route {
  switch (slide?.kind) {
    case 'department':
      return { view: 'departments', departmentId: slide.departmentId };
    case 'compare':
      return { view: 'compare', figures: [], logScale: false };
    case 'timeline':
      return { view: 'timeline' };
    default:
      return { view: 'overview' };
  }
}

function isActivatable(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('button, a, input, select, textarea') !== null;
}

/**
 * The meeting-room screen (issue 8): the desk's panels on a 1920×1080 stage scaled to the window,
 * cycling by itself, driven by a clicker's keys, dark whatever the desk theme is.
 */
export function Presentation(props: PresentationProps) {
  const { theme } = useTheme();

  useLayoutEffect(() => {
    forceTheme('dark');
    document.documentElement.classList.add(PRESENTING_CLASS);
    return () => {
      document.documentElement.classList.remove(PRESENTING_CLASS);
      forceTheme(null);
      leaveFullscreen();
    };
  }, []);

  // Charts read the theme's colours when they mount: mount them only once it is dark.
  return theme === 'dark' ? <PresentationScreen {...props} /> : null;
}

function PresentationScreen({ dataset, location, navigate, notices }: PresentationProps) {
  const t = useT();
  const locale = useLocale();
  const route = useMemo<PresentRoute>(
    () => (location.route.view === 'present' ? location.route : { view: 'present' }),
    [location.route],
  );
  // Keyed on the filters' text: a new slide number in the URL must not rebuild the deck.
  const filtersKey = formatFilters(location.filters).toString();
  const filters = useMemo(() => parseFilters(new URLSearchParams(filtersKey)), [filtersKey]);

  const index = useMemo(() => indexDataset(dataset), [dataset]);
  const asOf = useMemo(() => dataAsOf(dataset), [dataset]);
  const slides = useMemo(
    () => buildSlides(dataset, filters, route.cycle),
    [dataset, filters, route.cycle],
  );
  const current = Math.min(route.slide ?? 1, slides.length) - 1;
  const slide = slides[current];

  const [paused, setPaused] = useState(false);
  const [blank, setBlank] = useState<'black' | 'white' | null>(null);
  const stage = useStage(route.stretch ?? false);
  const idle = useIdle(IDLE_MS);
  const fullscreen = useFullscreen();
  const dwellMs = (route.dwell ?? DEFAULT_DWELL_SECONDS) * 1000;

  const goTo = useCallback(
    (target: number) => {
      const at = wrapSlideIndex(target, slides.length);
      navigate(
        { ...location, route: { ...route, slide: at === 0 ? undefined : at + 1 } },
        { replace: true },
      );
    },
    [location, navigate, route, slides.length],
  );
  const next = useCallback(() => goTo(current + 1), [current, goTo]);

  const leave = useCallback(
    () => navigate({ route: deskRoute(slide), filters: location.filters }),
    [location.filters, navigate, slide],
  );

  const perform = (action: PresentAction) => {
    switch (action.type) {
      case 'next':
        return next();
      case 'previous':
        return goTo(current - 1);
      case 'first':
        return goTo(0);
      case 'last':
        return goTo(slides.length - 1);
      case 'goto':
        if (action.index < slides.length) goTo(action.index);
        return;
      case 'togglePause':
        return setPaused((was) => !was);
      case 'blank':
        return setBlank(action.colour);
      case 'unblank':
        return setBlank(null);
      case 'toggleFullscreen':
        return fullscreen.toggle();
      case 'exit':
        // The first Esc leaves full screen (as browsers do), the next one the presentation.
        if (fullscreen.active) return leaveFullscreen();
        return leave();
    }
  };

  // One listener for the screen's life; it calls whatever `perform` the last render made.
  const onKey = useRef<(event: KeyboardEvent) => void>(() => undefined);
  useLayoutEffect(() => {
    onKey.current = (event) => {
      if (event.defaultPrevented || event.isComposing) return;
      // A focused button handles its own Enter and Space.
      if ((event.key === 'Enter' || event.key === ' ') && isActivatable(event.target)) return;
      const action = actionForKey(event, {
        blanked: blank !== null,
        spaceAdvances: route.space === 'next',
      });
      if (!action) return;
      event.preventDefault();
      perform(action);
    };
  });
  // A layout effect: the keys work from the first frame the screen is shown.
  useLayoutEffect(() => {
    const listener = (event: KeyboardEvent) => onKey.current(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const canAdvance = slides.length > 1;
  const running = canAdvance && !paused && blank === null;
  useAutoAdvance({ slideKey: slide?.key ?? '', dwellMs, running, onAdvance: next });

  if (!slide) return null;
  const heading = slideHeading(slide, index, locale, t);
  const stageStyle = {
    left: stage.left,
    top: stage.top,
    width: stage.width,
    height: stage.height,
    '--u': String(stage.scale),
  } as React.CSSProperties;

  return (
    <div className={styles.viewport} data-idle={idle}>
      <main
        className={styles.stage}
        style={stageStyle}
        aria-label={t('present.label')}
        data-slide={slide.key}
        data-paused={paused}
      >
        {canAdvance && <ProgressBar slideKey={slide.key} dwellMs={dwellMs} running={running} />}
        <TitleBar heading={heading} current={current + 1} total={slides.length} paused={paused} />
        <Controls
          paused={paused}
          fullscreen={fullscreen.active}
          onTogglePause={() => setPaused((was) => !was)}
          onToggleFullscreen={fullscreen.toggle}
          onExit={leave}
        />
        {fullscreen.refused && (
          <p className={styles.notice} role="alert">
            {t('present.fullscreenRefused')}
          </p>
        )}
        <section
          // A new pixel ratio (zoom, another screen) needs new canvases: remount the slide.
          key={`${slide.key}@${stage.devicePixelRatio}`}
          className={styles.slide}
          aria-label={t('present.slideLabel', {
            current: current + 1,
            total: slides.length,
            title: heading.title,
          })}
        >
          <ErrorBoundary
            fallback={(error) => <PanelFailed error={error} className={styles.notice} />}
          >
            <SlideView
              slide={slide}
              dataset={dataset}
              index={index}
              fontSize={chartFontSize(stage.scale)}
            />
          </ErrorBoundary>
        </section>
        <Footer current={current + 1} total={slides.length} asOf={asOf} />
        {notices}
      </main>
      {blank && <Blank colour={blank} onDismiss={() => setBlank(null)} />}
    </div>
  );
}
