/**
 * The presentation's URL parameters (`#/present?dwell=20&cycle=dept&slide=3&stretch=1`): how long
 * each slide stays, which filter value the screen cycles through, where it is, how it fits the
 * screen. Read and written here so a link reproduces a meeting-room screen (docs/PRESENTATION.md).
 */

/** `dept`: the department slide for each department in turn; `year`: the overview for each year. */
export type PresentCycle = 'dept' | 'year';

export const PRESENT_CYCLES = ['dept', 'year'] as const satisfies readonly PresentCycle[];

export type PresentParams = {
  /** Seconds each slide stays before the next one; absent means `DEFAULT_DWELL_SECONDS`. */
  dwell?: number;
  cycle?: PresentCycle;
  /** The slide shown, counted from 1 as on the screen. */
  slide?: number;
  /** Fill the whole window instead of letterboxing the 16:9 stage. */
  stretch?: boolean;
  /** `next`: Space advances, as in PowerPoint, instead of pausing. */
  space?: 'next';
};

export const DEFAULT_DWELL_SECONDS = 15;
/** Short enough for the soak test, long enough that a slide has time to draw. */
export const MIN_DWELL_SECONDS = 0.05;
export const MAX_DWELL_SECONDS = 24 * 60 * 60;

const DWELL_PATTERN = /^(\d+(?:\.\d+)?|\.\d+)\s*(ms|s|m|min)?$/i;
const UNIT_SECONDS: Record<string, number> = { ms: 0.001, s: 1, m: 60, min: 60 };

/**
 * Reads a dwell time: seconds (`15`, `7.5`, `20s`) or with a unit (`500ms`, `2m`), limited to
 * 0.05 s … 24 h. Anything else gives undefined, and the caller falls back to the default.
 */
export function parseDwell(text: string | null | undefined): number | undefined {
  const match = DWELL_PATTERN.exec(text?.trim() ?? '');
  if (!match) return undefined;
  const [, amount = '', unit = 's'] = match;
  const seconds = Number(amount) * (UNIT_SECONDS[unit.toLowerCase()] ?? 1);
  if (!Number.isFinite(seconds) || seconds <= 0) return undefined;
  // Round away float noise from the unit conversion (0.1 × 3 ms); nobody needs microseconds.
  const rounded = Math.round(seconds * 1000) / 1000;
  return Math.min(MAX_DWELL_SECONDS, Math.max(MIN_DWELL_SECONDS, rounded));
}

/** Writes a dwell time in seconds, the inverse of `parseDwell` for the values it returns. */
export function formatDwell(seconds: number): string {
  return String(seconds);
}

function parseSlideNumber(text: string | null): number | undefined {
  if (!text || !/^\d{1,4}$/.test(text)) return undefined;
  const number = Number(text);
  return number >= 1 ? number : undefined;
}

function parseCycle(text: string | null): PresentCycle | undefined {
  return PRESENT_CYCLES.find((cycle) => cycle === text);
}

/** Reads the presentation parameters; unknown or malformed values are left out. */
export function parsePresentParams(params: URLSearchParams): PresentParams {
  const dwell = parseDwell(params.get('dwell'));
  const cycle = parseCycle(params.get('cycle'));
  const slide = parseSlideNumber(params.get('slide'));
  const result: PresentParams = {};
  if (dwell !== undefined) result.dwell = dwell;
  if (cycle) result.cycle = cycle;
  if (slide !== undefined) result.slide = slide;
  if (params.get('stretch') === '1') result.stretch = true;
  if (params.get('space') === 'next') result.space = 'next';
  return result;
}

/** Adds the parameters that differ from the defaults to `params`, so links stay short. */
export function formatPresentParams(present: PresentParams, params: URLSearchParams): void {
  if (present.dwell !== undefined) params.set('dwell', formatDwell(present.dwell));
  if (present.cycle) params.set('cycle', present.cycle);
  if (present.slide !== undefined) params.set('slide', String(present.slide));
  if (present.stretch) params.set('stretch', '1');
  if (present.space) params.set('space', present.space);
}
