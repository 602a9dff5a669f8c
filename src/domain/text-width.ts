/**
 * Rough advance widths, in em, of the fonts the app uses: CJK characters are square, digits and
 * Latin letters narrower. Builders keep room for a label from this before ECharts lays it out,
 * and headline cards size their numerals by it: an estimate that errs wide, never a measurement.
 */
export function charWidthEm(ch: string): number {
  if (/[0-9]/.test(ch)) return 0.6;
  if (/[.,:;'!|]/.test(ch)) return 0.32;
  if (/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/.test(ch)) return 1;
  if (/\s/.test(ch)) return 0.3;
  if (/[A-Z]/.test(ch)) return 0.68;
  return 0.58;
}

/** The width of a one-line text in em of its font size. */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidthEm(ch);
  return width;
}
