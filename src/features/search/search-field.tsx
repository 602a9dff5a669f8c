import { useEffect, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { useT } from '../../ui/locale-context.tsx';
import { useAppLocation } from '../../ui/use-app-location.ts';
import styles from './search-field.module.css';

/** Whether a key press belongs to a text field (or an editor) rather than to the page. */
function typesText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target.tagName === 'INPUT' ||
    target.tagName === 'TEXTAREA' ||
    target.tagName === 'SELECT'
  );
}

/**
 * The search field of the header: `/` anywhere outside a text field focuses it; typing shows the
 * results at `#/search?q=…` (one history entry for the whole query, not one per key), Escape
 * clears it, then leaves it.
 */
export function SearchField() {
  const t = useT();
  const { location, navigate } = useAppLocation();
  const input = useRef<HTMLInputElement>(null);
  const urlQuery = location.route.view === 'search' ? location.route.query : '';
  const [draft, setDraft] = useState(urlQuery);
  const [seen, setSeen] = useState(urlQuery);
  // Back/forward or a link changes the query: the field follows the address.
  if (urlQuery !== seen) {
    setSeen(urlQuery);
    setDraft(urlQuery);
  }

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.defaultPrevented || typesText(event.target)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const show = (query: string) => {
    const onSearch = location.route.view === 'search';
    navigate(
      { ...location, route: { view: 'search', query } },
      // The first key leaves the view it was typed on (one entry); the rest refine the query.
      { replace: onSearch },
    );
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    setDraft(event.target.value);
    // A Chinese input method composes pinyin first: search once the characters are chosen.
    if (!(event.nativeEvent as InputEvent).isComposing) show(event.target.value);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      if (draft !== '') {
        setDraft('');
        if (location.route.view === 'search') show('');
      } else {
        input.current?.blur();
      }
    }
  };

  return (
    <form
      role="search"
      aria-label={t('search.label')}
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        if (location.route.view !== 'search' || urlQuery !== draft) show(draft);
      }}
    >
      <label htmlFor="site-search" className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        ref={input}
        id="site-search"
        type="search"
        className={styles.input}
        value={draft}
        placeholder={t('search.placeholder')}
        aria-keyshortcuts="/"
        autoComplete="off"
        enterKeyHint="search"
        onChange={onChange}
        onCompositionEnd={(event) => show(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
    </form>
  );
}
