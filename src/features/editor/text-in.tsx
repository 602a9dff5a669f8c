import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import type { DraftSummary } from '../../data/draft-store.ts';
import { decodeArticleBytes } from '../../domain/drafting/decode-text.ts';
import { useLocale } from '../../ui/locale-context.tsx';
import { localeTag } from '../../domain/locale.ts';
import { useEditorT } from '../../ui/i18n/editor-messages.ts';
import styles from './workbench.module.css';

/** More than any article: the seed page's longest is under 2,000 characters. */
export const MAX_ARTICLE_CHARS = 100_000;

export type TextInProps = {
  onText: (text: string, name: string | null) => void;
  drafts: DraftSummary[];
  onOpenDraft: (key: string) => void;
  onDeleteDraft: (key: string) => void;
};

/** The first step: the article's text, pasted or from a file, or a draft to go on with. */
export function TextIn({ onText, drafts, onOpenDraft, onDeleteDraft }: TextInProps) {
  const t = useEditorT();
  const locale = useLocale();
  const [text, setText] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const pasteId = useId();
  // The workbench opens on an empty page: the cursor waits in the box, ready for a paste.
  useEffect(() => box.current?.focus(), []);

  const submit = (value: string, name: string | null) => {
    if (value.trim() === '') {
      setMessage({ text: t('emptyText'), error: true });
      return;
    }
    if (value.length > MAX_ARTICLE_CHARS) {
      const format = (n: number) => n.toLocaleString(localeTag(locale));
      setMessage({
        text: t('tooLong', { count: format(value.length), limit: format(MAX_ARTICLE_CHARS) }),
        error: true,
      });
      return;
    }
    onText(value.replace(/\r\n?/g, '\n'), name);
  };

  const openFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const decoded = decodeArticleBytes(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) {
      setMessage({
        text: t('fileRefused', { name: file.name, reason: decoded.message }),
        error: true,
      });
      return;
    }
    if (decoded.encoding === 'gb18030') {
      setMessage({ text: t('fileGb', { name: file.name }), error: false });
    }
    submit(decoded.text, file.name);
  };

  return (
    <div className={styles.textIn}>
      <p className={styles.intro}>{t('intro')}</p>
      <label htmlFor={pasteId} className={styles.label}>
        {t('pasteLabel')}
      </label>
      <textarea
        ref={box}
        id={pasteId}
        className={styles.paste}
        value={text}
        placeholder={t('pastePlaceholder')}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          // Ctrl+Enter starts, as in a chat or a mail editor; Enter alone is a new line.
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            submit(text, null);
          }
        }}
        aria-describedby={`${pasteId}-hint`}
        spellCheck={false}
      />
      <p id={`${pasteId}-hint`} className={styles.hint}>
        {t('pasteHint')}
      </p>
      <div className={styles.row}>
        <button type="button" className={styles.primary} onClick={() => submit(text, null)}>
          {t('useText')}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t('openFile')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".txt,text/plain"
          hidden
          onChange={(event) => void openFile(event)}
          data-testid="editor-file"
        />
      </div>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? styles.error : ''}>
          {message.text}
        </p>
      )}
      <section aria-labelledby={`${pasteId}-drafts`} className={styles.drafts}>
        <h2 id={`${pasteId}-drafts`}>{t('drafts')}</h2>
        {drafts.length === 0 ? (
          <p>{t('noDrafts')}</p>
        ) : (
          <ul>
            {drafts.map((d) => (
              <li key={d.id}>
                <span className={styles.draftTitle}>{d.title || t('untitled')}</span>
                <span className={styles.muted}>
                  {t('savedAt', { time: new Date(d.updatedAt).toLocaleString(localeTag(locale)) })}
                </span>
                <button type="button" onClick={() => onOpenDraft(d.id)}>
                  {t('openDraft')}
                </button>
                <button
                  type="button"
                  onClick={() => {
                    if (
                      window.confirm(t('deleteDraftConfirm', { title: d.title || t('untitled') }))
                    )
                      onDeleteDraft(d.id);
                  }}
                >
                  {t('deleteDraft')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
