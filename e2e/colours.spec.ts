import type { Page } from '@playwright/test';
import type { ChartMark } from '../src/charts/chart-probe.ts';
import { expect, test } from './fixtures.ts';
import { forEverySlide, openView } from './views.ts';

/**
 * A department's colour is its own: the same on every chart and card of every view, filtered
 * or not, never another department's, and never the colour of a mark that means something else
 * (the exact / lower-bound legend). Read from what ECharts painted (its visuals) and from the
 * cards' computed styles.
 */

type Painted = { department: string; colour: string; where: string };

/** `#0072b2` and `rgb(0, 114, 178)` as one spelling. */
function normal(colour: string): string {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour.trim());
  if (hex)
    return `rgb(${hex
      .slice(1)
      .map((h) => parseInt(h, 16))
      .join(', ')})`;
  return colour.replace(/\s+/g, ' ').trim();
}

async function paintedColours(page: Page, names: readonly string[], where: string) {
  const found = await page.evaluate((departments) => {
    const out: Array<{ department: string; colour: string; chart: string }> = [];
    const others: Array<{ series: string; colour: string }> = [];
    for (const figure of document.querySelectorAll('figure.chart')) {
      const marks =
        (figure as HTMLElement & { chartMarks?: () => ChartMark[] }).chartMarks?.() ?? [];
      const chart = figure.getAttribute('aria-label') ?? '';
      const named = marks.map((mark) => ({
        mark,
        department: [mark.series, mark.item].find((n) => n && departments.includes(n)),
      }));
      // A chart of one department's activities (the campaigns) names none: it is all theirs.
      const namesDepartments = named.some((n) => n.department);
      for (const { mark, department } of named) {
        if (department) out.push({ department, colour: mark.colour, chart });
        else if (namesDepartments) others.push({ series: mark.series, colour: mark.colour });
      }
    }
    // Cards: the accent border carries the department's colour.
    for (const card of document.querySelectorAll<HTMLElement>('[style*="--card-accent"]')) {
      const label = [...card.querySelectorAll('p, span')]
        .map((el) => el.textContent?.trim() ?? '')
        .find((text) => departments.includes(text));
      if (!label) continue;
      const style = getComputedStyle(card);
      const colour =
        style.borderLeftWidth !== '0px' && parseFloat(style.borderLeftWidth) > 2
          ? style.borderLeftColor
          : style.borderTopColor;
      out.push({ department: label, colour, chart: 'card' });
    }
    return { out, others };
  }, names);
  return {
    painted: found.out.map((p) => ({
      department: p.department,
      colour: normal(p.colour),
      where: `${where} ${p.chart}`,
    })),
    others: found.others.map((o) => ({ ...o, colour: normal(o.colour) })),
  };
}

function expectOneColourEach(
  painted: readonly Painted[],
  others: ReadonlyArray<{ colour: string }>,
) {
  const byDepartment = new Map<string, Set<string>>();
  for (const p of painted) {
    const colours = byDepartment.get(p.department) ?? new Set<string>();
    colours.add(p.colour);
    byDepartment.set(p.department, colours);
  }
  for (const [department, colours] of byDepartment) {
    expect([...colours], `${department} is painted in one colour`).toHaveLength(1);
  }
  const owners = new Map<string, string>();
  for (const [department, colours] of byDepartment) {
    const [colour = ''] = colours;
    expect(owners.get(colour), `${colour} belongs to one department`).toBeUndefined();
    owners.set(colour, department);
  }
  for (const other of others) {
    expect(owners.has(other.colour), `a mark of no department reuses ${other.colour}`).toBe(false);
  }
  return byDepartment.size;
}

test('a department has one colour on every chart and card of the desk views', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const dataset = (await (await request.get('./data/dataset.json')).json()) as {
    departments: Array<{ id: string; shortName: { zh: string } }>;
  };
  const names = dataset.departments.map((d) => d.shortName.zh);
  const painted: Painted[] = [];
  const others: Array<{ colour: string }> = [];
  for (const hash of [
    '#/',
    '#/?dept=shenxian-dawangzhai,liaocheng-audit-bureau',
    '#/?dept=chiping-dulangkou,shenxian-gucheng,liaocheng-health-commission',
    '#/departments/shenxian-dawangzhai',
    '#/departments/liaocheng-health-commission',
    '#/compare?dept=liaocheng-health-commission,shenxian-gucheng',
    '#/timeline',
    '#/timeline?dept=chiping-dulangkou',
  ]) {
    await openView(page, hash);
    const found = await paintedColours(page, names, hash);
    painted.push(...found.painted);
    others.push(...found.others);
  }
  // Every department shows up somewhere, so every one is checked.
  expect(expectOneColourEach(painted, others)).toBe(names.length);
});

test('a department has one colour on every chart and card of the slides', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const dataset = (await (await request.get('./data/dataset.json')).json()) as {
    departments: Array<{ shortName: { zh: string } }>;
  };
  const names = dataset.departments.map((d) => d.shortName.zh);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./#/present?dwell=3600');
  const painted: Painted[] = [];
  const others: Array<{ colour: string }> = [];
  await forEverySlide(page, async (key) => {
    const found = await paintedColours(page, names, key);
    painted.push(...found.painted);
    others.push(...found.others);
  });
  expect(expectOneColourEach(painted, others)).toBe(names.length);
});
