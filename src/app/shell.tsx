import type { MouseEvent, ReactNode } from 'react';
import type { AppLocation, ViewName } from '../domain/url-state.ts';
import { localeTag, otherLocale } from '../domain/locale.ts';
import { useLocale, useSetLocale, useT } from '../ui/locale-context.tsx';
import type { MessageKey } from '../ui/messages.ts';
import { usePatterns } from '../ui/patterns.ts';
import { useTheme } from '../ui/theme.ts';
import { PreviewFilePicker } from './dataset-gate-preview.tsx';
import styles from './shell.module.css';
import { useHref } from '../ui/use-href.ts';
import { SearchField } from '../features/search/search-field.tsx';

const NAV_ITEMS: ReadonlyArray<{
  view: ViewName;
  label: MessageKey;
  location: AppLocation['route'];
  /** A desk tool (the workbench): not offered on a phone, where it cannot be used well. */
  deskOnly?: boolean;
}> = [
  { view: 'overview', label: 'nav.overview', location: { view: 'overview' } },
  {
    view: 'departments',
    label: 'nav.departments',
    location: { view: 'departments', departmentId: null },
  },
  {
    view: 'compare',
    label: 'nav.compare',
    location: { view: 'compare', figures: [], logScale: false },
  },
  { view: 'timeline', label: 'nav.timeline', location: { view: 'timeline' } },
  { view: 'sources', label: 'nav.sources', location: { view: 'sources', focus: null } },
  { view: 'editor', label: 'nav.editor', location: { view: 'editor' }, deskOnly: true },
  { view: 'present', label: 'nav.present', location: { view: 'present' } },
];

export type ShellProps = { location: AppLocation; children: ReactNode };

function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  // The hash holds the route, so the skip link moves focus itself instead of changing the hash.
  event.preventDefault();
  document.getElementById('main')?.focus();
}

/** The frame around every desk view: title, navigation between views, theme switch. */
export function Shell({ location, children }: ShellProps) {
  const t = useT();
  const href = useHref();
  const { theme, toggleTheme } = useTheme();
  const locale = useLocale();
  const setLocale = useSetLocale();
  const { chosen: patterns, togglePatterns } = usePatterns();

  return (
    <div className={styles.shell}>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('app.skipToContent')}
      </a>
      <header className={styles.header}>
        <div className={styles.brand}>
          <span className={styles.logo} aria-hidden="true" />
          <div>
            <p className={styles.title}>{t('app.title')}</p>
            <p className={styles.subtitle}>{t('app.subtitle')}</p>
          </div>
        </div>
        <nav className={styles.nav} aria-label={t('nav.label')}>
          <ul>
            {NAV_ITEMS.map((item) => (
              <li key={item.view} className={item.deskOnly ? styles.deskOnly : undefined}>
                <a
                  href={href(item.location)}
                  aria-current={location.route.view === item.view ? 'page' : undefined}
                >
                  {t(item.label)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <SearchField />
        <div className={styles.tools}>
          <PreviewFilePicker className={styles.themeToggle} />
          <button
            type="button"
            className={styles.themeToggle}
            lang={localeTag(otherLocale(locale))}
            onClick={() => setLocale(otherLocale(locale))}
            aria-label={t('language.switch')}
          >
            {t('language.other')}
          </button>
          <button
            type="button"
            className={styles.themeToggle}
            aria-pressed={patterns}
            title={t('patterns.hint')}
            onClick={togglePatterns}
          >
            {t('patterns.toggle')}
          </button>
          <button
            type="button"
            className={styles.themeToggle}
            onClick={toggleTheme}
            aria-label={theme === 'dark' ? t('theme.toLight') : t('theme.toDark')}
            title={theme === 'dark' ? t('theme.toLight') : t('theme.toDark')}
          >
            <span aria-hidden="true">{theme === 'dark' ? '☀' : '☾'}</span>
            <span className={styles.themeLabel}>
              {theme === 'dark' ? t('theme.light') : t('theme.dark')}
            </span>
          </button>
        </div>
      </header>
      <main id="main" className={styles.main} tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
