import { useState } from 'react';
import { usePreviewFile } from '../../data/preview-dataset.ts';
import type { Dataset } from '../../domain/dataset-schema.ts';
import type { WorkbenchCheck } from '../../domain/editor/workbench-export.ts';
import { mergeDraft } from '../../domain/editor/preview-merge.ts';
import type { ServedDraft } from '../../domain/editor/serve-draft.ts';
import { downloadText } from '../../ui/download-text.ts';
import { useEditorT } from '../../ui/i18n/editor-messages.ts';
import styles from './workbench.module.css';

export type OutBarProps = {
  id: string;
  text: string;
  check: WorkbenchCheck | null;
  served: ServedDraft | null;
  /** Numerals still to decide: an article with one left is not finished. */
  undecided: number;
  dataset: Dataset;
  onExported: () => void;
  onPreviewed: () => void;
};

/** The endpoint `npm run dev` adds (scripts/lib/editor-save-plugin.ts); absent from the build. */
const SAVE_PATH = '/__editor/save';

const articleJson = (check: WorkbenchCheck) => `${JSON.stringify(check.article, null, 2)}\n`;

type SaveReply = { written?: string[]; existing?: string[]; error?: string };

async function postSave(body: unknown): Promise<{ status: number; reply: SaveReply }> {
  const response = await fetch(SAVE_PATH, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, reply: (await response.json()) as SaveReply };
}

/**
 * What leaves the workbench: a preview on the dashboard (the draft merged into the published data,
 * read and checked as 预览本地文件 reads a file), the article JSON and its text for `data/`, and
 * under `npm run dev` a save straight into `data/`. Nothing is exported while an issue stands.
 */
export function OutBar({
  id,
  text,
  check,
  served,
  undecided,
  dataset,
  onExported,
  onPreviewed,
}: OutBarProps) {
  const t = useEditorT();
  const previewFile = usePreviewFile();
  const [saved, setSaved] = useState<{ text: string; error: boolean } | null>(null);
  // Null while a newer draft is being checked: what would go out is not what is on screen.
  const blocked = !check || check.issues.length > 0 || undecided > 0;
  const preview = () => {
    if (!served) return;
    const merged = mergeDraft(dataset, served);
    previewFile(
      new File([JSON.stringify(merged)], `${id || 'draft'}.preview.json`, {
        type: 'application/json',
      }),
    );
    onPreviewed();
  };
  const download = () => {
    if (!check || blocked) return;
    downloadText(articleJson(check), `${id}.json`, 'application/json');
    downloadText(text, `${id}.txt`, 'text/plain;charset=utf-8');
    onExported();
  };
  const save = async (overwrite: boolean) => {
    if (!check || blocked) return;
    try {
      const { status, reply } = await postSave({ id, article: check.article, text, overwrite });
      if (status === 409 && !overwrite) {
        const files = (reply.existing ?? []).join(', ');
        if (window.confirm(t('saveOverwrite', { files }))) await save(true);
        return;
      }
      if (status !== 200) throw new Error(reply.error ?? String(status));
      setSaved({
        text: t('savedToData', { files: (reply.written ?? []).join(', ') }),
        error: false,
      });
      onExported();
    } catch (error) {
      setSaved({ text: t('saveFailed', { reason: (error as Error).message }), error: true });
    }
  };
  return (
    <div className={styles.outBar}>
      <button
        type="button"
        onClick={preview}
        disabled={!served || served.figures.length === 0}
        title={t('previewHint')}
      >
        {t('preview')}
      </button>
      <button
        type="button"
        className={styles.primary}
        onClick={download}
        aria-disabled={blocked}
        aria-describedby={blocked ? 'editor-export-blocked' : undefined}
      >
        {t('downloadJson')}
      </button>
      {import.meta.env.DEV && (
        <button type="button" onClick={() => void save(false)} aria-disabled={blocked}>
          {t('saveToData')}
        </button>
      )}
      {blocked && check && (
        <span id="editor-export-blocked" className={styles.hint}>
          {t('exportBlocked')}
        </span>
      )}
      {saved && (
        <span role={saved.error ? 'alert' : 'status'} className={saved.error ? styles.error : ''}>
          {saved.text}
        </span>
      )}
    </div>
  );
}
