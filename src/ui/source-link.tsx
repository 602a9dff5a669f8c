import { useT } from './locale-context.tsx';
import { useHref } from './use-href.ts';

export type SourceLinkProps = {
  /** The id of the figure, event or list whose quote to show. */
  recordId: string;
  /** Names the record for screen readers: "来源：家庭医生签约人数". */
  recordName: string;
};

/** "来源": opens the sources view scrolled to the record's quote, keeping the filters. */
export function SourceLink({ recordId, recordName }: SourceLinkProps) {
  const t = useT();
  const href = useHref();
  return (
    <a
      className="source-link"
      href={href({ view: 'sources', focus: recordId })}
      aria-label={t('figure.sourceOf', { name: recordName })}
    >
      {t('figure.source')}
    </a>
  );
}
