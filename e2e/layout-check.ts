import type { Page } from '@playwright/test';
import type { ChartLabel } from '../src/charts/chart-probe.ts';

/**
 * What a reader would call a broken screen, found in the rendered page:
 * - text cut short (clipped or ellipsed) with no way to read it whole (no `title` holding it;
 *   on a slide, only a deliberate clamp marked `data-clamped` may rely on its tooltip);
 * - text a box further out cuts off (a list entry below its clipped list), or a clamp squeezed
 *   below the lines it shows;
 * - text outside the box it sits in (a card, a panel, a frame);
 * - chart labels (ECharts' own texts, after its label layout) that overlap each other, run out
 *   of the chart, or are cut short on a slide, where nobody can hover for the whole text.
 * Returns one line per problem, naming the text and where it is.
 */
export async function layoutProblems(page: Page, where: string): Promise<string[]> {
  const problems = await page.evaluate(() => {
    type Rect = { left: number; top: number; right: number; bottom: number };
    const found: string[] = [];
    const short = (text: string) => {
      const t = text.replace(/\s+/g, ' ').trim();
      return t.length > 40 ? `${t.slice(0, 40)}…` : t;
    };
    const visible = (el: Element) => {
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') return false;
      if (Number(style.opacity) === 0) return false;
      // A 1-pixel box that clips is how text is kept for screen readers only (visually
      // hidden). A box of no height that does not clip (the app's root above a fixed stage)
      // still shows what it holds.
      const rect = el.getBoundingClientRect();
      const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
      return !clips || (rect.width > 1 && rect.height > 1);
    };
    const hidden = (el: Element | null): boolean => {
      for (let node = el; node; node = node.parentElement) {
        if (!visible(node)) return true;
        if (node.closest('.visually-hidden, [aria-hidden="true"], [hidden]') === node) return true;
      }
      return false;
    };
    /** The nearest ancestor that draws a box: a border, a background or a clip. */
    const boxOf = (el: Element): Element | null => {
      for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
        const style = getComputedStyle(node);
        const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
        const bordered = ['Top', 'Right', 'Bottom', 'Left'].some(
          (side) => parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0,
        );
        const painted =
          style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.backgroundColor !== 'transparent';
        if (clips || bordered || painted) return node;
      }
      return null;
    };
    // Nobody hovers over a slide on a meeting-room screen: there a tooltip counts only where the
    // slide clamps on purpose and says so (`data-clamped`: a card's metric or quote, a list
    // entry; docs/PRESENTATION.md lists them).
    const onSlide = document.querySelector('main[data-slide]') !== null;
    const holdsWhole = (el: Element, text: string) => {
      if (onSlide && !el.closest('[data-clamped]')) return false;
      for (let node: Element | null = el; node; node = node.parentElement) {
        const title = node.getAttribute('title');
        if (title && title.replace(/\s+/g, '').includes(text.replace(/\s+/g, ''))) return true;
        if (node.matches('article, li, section, figure')) break;
      }
      return false;
    };
    const outside = (inner: Rect, outer: Rect) =>
      inner.left < outer.left - 1 ||
      inner.right > outer.right + 1 ||
      inner.top < outer.top - 1 ||
      inner.bottom > outer.bottom + 1;

    // DOM text, node by node, measured by a range over the text itself.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const el = node.parentElement;
      if (!el || text.trim() === '' || hidden(el)) continue;
      if (el.closest('figure.chart canvas, script, style, noscript, [data-layout-exempt]'))
        continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rect = range.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      // Cut short: an element that clips or ellipses and whose content is larger than its box.
      for (let clip: Element | null = el; clip; clip = clip.parentElement) {
        if (seen.has(clip)) break;
        const style = getComputedStyle(clip);
        const clips =
          style.overflowX !== 'visible' ||
          style.overflowY !== 'visible' ||
          style.textOverflow === 'ellipsis' ||
          style.getPropertyValue('-webkit-line-clamp') !== 'none';
        if (!clips) {
          if (clip.matches('article, li, section, figure, main')) break;
          continue;
        }
        // Chromium counts a font's ascent and descent past a tight line height as overflow
        // (the CJK fonts' are 1.45 em): a few pixels below the last line are not a cut line.
        const slack = Math.max(1, 0.15 * parseFloat(style.fontSize));
        const cut =
          clip.scrollWidth > clip.clientWidth + 1 || clip.scrollHeight > clip.clientHeight + slack;
        // A scrolling region is meant to scroll: its text can be read whole.
        const scrolls = /auto|scroll/.test(style.overflowX + style.overflowY);
        // A clamp shows the lines it names (one for an ellipsis): a box squeezed below them
        // cuts through a line, whatever its tooltip holds.
        const lineHeight = parseFloat(style.lineHeight) || 1.2 * parseFloat(style.fontSize);
        const lines = Number(style.getPropertyValue('-webkit-line-clamp')) || 1;
        const squeezed =
          clip.clientHeight + slack < Math.min(lines * lineHeight, clip.scrollHeight);
        if (cut && !scrolls && squeezed) {
          seen.add(clip);
          found.push(`squeezed below its own lines: “${short(clip.textContent ?? '')}”`);
        } else if (cut && !scrolls && !holdsWhole(clip, clip.textContent ?? '')) {
          seen.add(clip);
          found.push(
            `cut short without its whole text on hover: “${short(clip.textContent ?? '')}”`,
          );
        }
        break;
      }
      // What of the text shows: its rect cut down by each box that clips it, outwards. Text
      // a second box cuts off (a list entry below a clipped list, a card past the stage) is
      // hidden whatever the first box did, and nothing reports it but this.
      let shown: Rect = rect;
      let clippers = 0;
      for (
        let node: Element | null = el;
        node && node !== document.body;
        node = node.parentElement
      ) {
        const style = getComputedStyle(node);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        if (/auto|scroll/.test(style.overflowX + style.overflowY)) break;
        const bounds = node.getBoundingClientRect();
        const slack = Math.max(1, 0.15 * parseFloat(style.fontSize));
        clippers += 1;
        if (
          clippers > 1 &&
          !seen.has(node) &&
          (shown.left < bounds.left - 1 ||
            shown.right > bounds.right + 1 ||
            shown.top < bounds.top - slack ||
            shown.bottom > bounds.bottom + slack)
        ) {
          seen.add(node);
          found.push(`text cut off by the box around it: “${short(text)}”`);
          break;
        }
        shown = {
          left: Math.max(shown.left, bounds.left),
          right: Math.min(shown.right, bounds.right),
          top: Math.max(shown.top, bounds.top),
          bottom: Math.min(shown.bottom, bounds.bottom),
        };
      }
      // Outside its box: the text, as far as it shows, runs over the card, panel or frame it
      // sits in.
      const box = boxOf(el);
      if (box && !seen.has(el)) {
        const style = getComputedStyle(box);
        const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
        if (!clips && outside(shown, box.getBoundingClientRect())) {
          seen.add(el);
          found.push(`text outside its box: “${short(text)}”`);
        }
      }
    }

    // Chart labels, as ECharts laid them out.
    const slide = document.querySelector('main[data-slide]');
    for (const figure of document.querySelectorAll('figure.chart')) {
      const labels =
        (figure as HTMLElement & { chartLabels?: () => ChartLabel[] }).chartLabels?.() ?? [];
      const name = figure.getAttribute('aria-label') ?? '';
      const canvas = figure.querySelector('canvas');
      const bounds = canvas?.getBoundingClientRect();
      labels.forEach((label, i) => {
        if (
          bounds &&
          (label.x < -1 ||
            label.y < -1 ||
            label.x + label.width > bounds.width + 1 ||
            label.y + label.height > bounds.height + 1)
        ) {
          found.push(`chart “${name}”: label “${short(label.text)}” runs out of the chart`);
        }
        if (slide && label.truncated) {
          found.push(`chart “${name}”: label “${short(label.text)}” is cut short on a slide`);
        }
        for (const other of labels.slice(i + 1)) {
          const dx =
            Math.min(label.x + label.width, other.x + other.width) - Math.max(label.x, other.x);
          const dy =
            Math.min(label.y + label.height, other.y + other.height) - Math.max(label.y, other.y);
          if (dx > 2 && dy > 2) {
            found.push(
              `chart “${name}”: labels “${short(label.text)}” and “${short(other.text)}” overlap`,
            );
          }
        }
      });
    }
    return found;
  });
  return problems.map((problem) => `${where}: ${problem}`);
}
