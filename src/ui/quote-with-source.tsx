import { SourceLink } from './source-link.tsx';

export type QuoteWithSourceProps = { quote: string; recordId: string; recordName: string };

/** A record's words as printed (always Chinese), and the link to them in the article. */
export function QuoteWithSource({ quote, recordId, recordName }: QuoteWithSourceProps) {
  return (
    <span>
      <q lang="zh-CN">{quote}</q> <SourceLink recordId={recordId} recordName={recordName} />
    </span>
  );
}
