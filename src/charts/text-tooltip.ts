/** Renders tooltip lines; builders take one so they stay free of the DOM. */
export type RenderTooltip = (lines: readonly string[]) => string | HTMLElement;

/**
 * Tooltip content as DOM text nodes. ECharts puts a returned string into the page as HTML; an
 * element is inserted as it is, so quotes and names from data can never become markup.
 */
export const textTooltip: RenderTooltip = (lines) => {
  const element = document.createElement('div');
  lines.forEach((line, index) => {
    if (index > 0) element.append(document.createElement('br'));
    element.append(line);
  });
  return element;
};
