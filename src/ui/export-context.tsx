import { createContext, useContext, type ReactNode } from 'react';

/**
 * What an export needs to say where its numbers come from: the product, the filters that made
 * the screen, how current the data is, and each article's title. The desk provides it; a chart
 * picture, the CSV and the printed page read it.
 */
export type ExportInfo = {
  appName: string;
  /** The active filters as words (大王寨镇, 2023, 资金): file names and the picture's subtitle. */
  filterParts: readonly string[];
  /** The filters as a sentence, or that nothing is filtered. */
  filterText: string;
  /** 数据截至 … with what it rests on, or null for a dataset without dates. */
  asOf: string | null;
  articleTitle: (articleId: string) => string;
};

const ExportContext = createContext<ExportInfo | null>(null);

export function ExportInfoProvider({
  value,
  children,
}: {
  value: ExportInfo;
  children: ReactNode;
}) {
  return <ExportContext.Provider value={value}>{children}</ExportContext.Provider>;
}

/** The export information of the screen, or null where nothing is exported (the slides). */
export function useExportInfo(): ExportInfo | null {
  return useContext(ExportContext);
}
