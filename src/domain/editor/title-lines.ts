/**
 * The lines of an article's text that could be its headline, subheadline or section label: short
 * lines standing apart from the body, between blank lines, that do not end a sentence. A block of
 * several lines counts only without sentence punctuation in it: a page's text is often broken by
 * blank lines at its columns, and a column's first lines are body text wrapped short. The workbench offers them to pick with one click, so a headline is
 * always as printed, never typed in.
 */

/** Longer than this a line is body text wrapped by the page, not a title. */
const LONGEST_TITLE = 40;
const MOST_LINES_IN_A_TITLE_BLOCK = 3;
const ENDS_A_SENTENCE = /[。，；、：,;:！？!?]$/u;
const SENTENCE_PUNCTUATION = /[。，；、：！？]/u;
const BYLINE = /本报记者|本报通讯员|^■|^记者|^通讯员/u;

export function titleLines(text: string): string[] {
  const found: string[] = [];
  for (const block of text.split(/\n[ \t\u3000]*\n/)) {
    const lines = block
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    if (lines.length === 0 || lines.length > MOST_LINES_IN_A_TITLE_BLOCK) continue;
    if (lines.some((line) => line.length > LONGEST_TITLE)) continue;
    if (lines.length > 1 && lines.some((line) => SENTENCE_PUNCTUATION.test(line))) continue;
    for (const line of lines) {
      if (ENDS_A_SENTENCE.test(line) || BYLINE.test(line) || found.includes(line)) continue;
      found.push(line);
    }
  }
  return found;
}
