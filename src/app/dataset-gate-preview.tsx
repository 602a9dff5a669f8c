import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { usePreview, usePreviewFile } from '../data/preview-dataset.ts';
import { useT } from '../ui/locale-context.tsx';
import styles from './dataset-gate.module.css';

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * Lets an editor drop a JSON file anywhere on the page, with a visible target while dragging.
 * The file is read in the browser; nothing is uploaded.
 */
function useFileDrop(previewFile: (file: File) => void): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    // dragenter/dragleave fire for every child crossed: count them to know when the page is left.
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth += 1;
      setDragging(true);
    };
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      // Without this the browser would open the file instead of handing it to the page.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) previewFile(file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [previewFile]);
  return dragging;
}

/** The header's "预览本地文件" button, and the drop target for a file dragged onto the page. */
export function PreviewFilePicker({ className }: { className?: string }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const previewFile = usePreviewFile();
  const dragging = useFileDrop(previewFile);
  const { reading } = usePreview();

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that picking the same file again (after an edit) reads it again.
    event.target.value = '';
    if (file) previewFile(file);
  };

  return (
    <>
      <button
        type="button"
        className={className}
        title={t('preview.pickHint')}
        onClick={() => input.current?.click()}
      >
        {t('preview.pick')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        // The button above is the control people and screen readers use; this input only opens
        // the browser's file dialog.
        tabIndex={-1}
        aria-hidden="true"
        aria-label={t('preview.pick')}
        onChange={onChange}
      />
      {reading !== null && (
        <p className="visually-hidden" role="status">
          {t('preview.reading', { file: reading })}
        </p>
      )}
      {dragging && (
        <div className={styles.dropTarget} aria-hidden="true">
          <p>{t('preview.drop')}</p>
        </div>
      )}
    </>
  );
}
