/** Byte order mark: without it Excel opens UTF-8 Chinese as mojibake. */
export const UTF8_BOM = '\uFEFF';

export type CsvCell = string | number;

function escapeCell(cell: CsvCell): string {
  let text = String(cell);
  // A cell that starts like a formula would run as one in a spreadsheet (CSV injection).
  if (typeof cell === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV with a BOM and CRLF line ends, as Excel expects. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  const lines = [header, ...rows].map((row) => row.map(escapeCell).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
