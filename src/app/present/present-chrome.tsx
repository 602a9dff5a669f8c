import { useEffect, useState, type CSSProperties } from 'react';
import { formatIsoDate } from '../../domain/format-date.ts';
import { textWidthEm } from '../../domain/text-width.ts';
import type { DataAsOf } from '../../domain/present-text.ts';
import { formatClockDate, formatClockTime } from '../../domain/present-text.ts';
import { useLocale, useT } from '../../ui/locale-context.tsx';
import type { SlideHeading } from './slide-heading.ts';
import styles from './presentation.module.css';

export type ProgressBarProps = { slideKey: string; dwellMs: number; running: boolean };

/**
 * How long until the next slide: a CSS animation over the dwell, restarted by its key and frozen
 * while paused, so it costs no JavaScript per frame. Under prefers-reduced-motion it moves in
 * one-second steps (presentation.module.css).
 */
export function ProgressBar({ slideKey, dwellMs, running }: ProgressBarProps) {
  const style = {
    '--dwell': `${dwellMs}ms`,
    '--steps': Math.max(1, Math.round(dwellMs / 1000)),
    animationPlayState: running ? 'running' : 'paused',
  } as CSSProperties;
  return (
    <div className={styles.progress} aria-hidden="true">
      <div key={slideKey} className={styles.progressFill} style={style} />
    </div>
  );
}

export type TitleBarProps = {
  heading: SlideHeading;
  current: number;
  total: number;
  paused: boolean;
};

/**
 * One dash per slide reads at a glance up to this many; a longer deck (one slide per department
 * of 200) gets one track of the same width, filled to where the deck stands.
 */
const MAX_SEGMENTS = 16;

/** The slide's kicker and title on the left; where the deck stands on the right. */
export function TitleBar({ heading, current, total, paused }: TitleBarProps) {
  const t = useT();
  return (
    <header className={styles.titleBar}>
      <div className={styles.heading}>
        <p className={styles.kicker} data-clamped title={`${t('app.title')} · ${heading.kicker}`}>
          <span className={styles.brand}>{t('app.title')}</span>
          <span aria-hidden="true"> · </span>
          {heading.kicker}
        </p>
        <h1
          className={styles.title}
          title={heading.title}
          style={{ '--title-em': textWidthEm(heading.title).toFixed(2) } as CSSProperties}
        >
          {heading.title}
        </h1>
      </div>
      <div className={styles.titleSide}>
        {paused && <PauseBadge />}
        {total <= MAX_SEGMENTS ? (
          <ol className={styles.segments} aria-hidden="true">
            {Array.from({ length: total }, (_, at) => (
              <li
                key={at}
                data-state={at + 1 === current ? 'current' : at + 1 < current ? 'done' : 'next'}
              />
            ))}
          </ol>
        ) : (
          <div className={styles.deckTrack} aria-hidden="true">
            <div style={{ width: `${(current / total) * 100}%` }} />
          </div>
        )}
      </div>
    </header>
  );
}

/** The wall clock; re-renders only when the minute changes, from one interval. */
function Clock() {
  const locale = useLocale();
  const [now, setNow] = useState(() => new Date());
  const time = formatClockTime(now);
  const date = formatClockDate(now, locale);

  useEffect(() => {
    const timer = window.setInterval(() => {
      const next = new Date();
      // Same minute, same text: keep the old Date so React skips the render.
      setNow((previous) =>
        formatClockTime(previous) === formatClockTime(next) && previous.getDate() === next.getDate()
          ? previous
          : next,
      );
    }, 1000);
    return () => window.clearInterval(timer);
  }, []);

  return (
    <p className={styles.clock}>
      <span className={styles.clockDate}>{date}</span>
      <time className={styles.clockTime} dateTime={now.toISOString()}>
        {time}
      </time>
    </p>
  );
}

export type FooterProps = { current: number; total: number; asOf: DataAsOf | null };

/** Slide number, how current the data is (and on what that rests), and the clock. */
export function Footer({ current, total, asOf }: FooterProps) {
  const t = useT();
  const locale = useLocale();
  return (
    <footer className={styles.footer}>
      <p className={styles.slideNumber}>{t('present.slideOf', { current, total })}</p>
      {asOf && (
        <p className={styles.asOf}>
          {t(asOf.basis === 'publication' ? 'present.asOfPublication' : 'present.asOfRecords', {
            date: formatIsoDate(asOf.date, locale),
          })}
        </p>
      )}
      <Clock />
    </footer>
  );
}

function PauseBadge() {
  const t = useT();
  return (
    <p className={styles.pauseBadge} role="status">
      <span aria-hidden="true" className={styles.pauseIcon} />
      {t('present.paused')}
      <span className={styles.pauseHint}>{t('present.resumeHint')}</span>
    </p>
  );
}

export type ControlsProps = {
  paused: boolean;
  fullscreen: boolean;
  onTogglePause: () => void;
  onToggleFullscreen: () => void;
  onExit: () => void;
};

/** For a mouse or a TV remote's pointer; hidden with the cursor when nobody moves it. */
export function Controls({
  paused,
  fullscreen,
  onTogglePause,
  onToggleFullscreen,
  onExit,
}: ControlsProps) {
  const t = useT();
  return (
    // data-keep-awake: useIdle keeps the buttons shown while the pointer rests on them.
    <div className={styles.controls} data-keep-awake>
      <p className={styles.keysHint}>{t('present.keysHint')}</p>
      <button type="button" onClick={onTogglePause} aria-pressed={paused}>
        {paused ? t('present.resume') : t('present.pause')}
      </button>
      <button type="button" onClick={onToggleFullscreen} aria-pressed={fullscreen}>
        {fullscreen ? t('present.exitFullscreen') : t('present.fullscreen')}
      </button>
      <button type="button" onClick={onExit}>
        {t('present.exit')}
      </button>
    </div>
  );
}

export type BlankProps = { colour: 'black' | 'white'; onDismiss: () => void };

/** B / W: the whole window black or white (the letterbox too) until a key or a click. */
export function Blank({ colour, onDismiss }: BlankProps) {
  const t = useT();
  return (
    <div
      className={styles.blank}
      data-colour={colour}
      role="img"
      aria-label={t('present.blanked')}
      onClick={onDismiss}
    />
  );
}
