/**
 * What each key does on the meeting-room screen, following PowerPoint's habits and what clickers
 * send (PageDown / PageUp, B or "." to blank). Pure, so the whole table is tested without a DOM.
 */

export type PresentAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  /** Zero-based slide index. */
  | { type: 'goto'; index: number }
  | { type: 'togglePause' }
  | { type: 'blank'; colour: 'black' | 'white' }
  | { type: 'unblank' }
  | { type: 'toggleFullscreen' }
  | { type: 'exit' };

/** The parts of a `KeyboardEvent` that decide the action. */
export type KeyInput = {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
};

export type KeyContext = {
  /** The screen is blanked: any key brings it back and does nothing else. */
  blanked: boolean;
  /** Space advances (`space=next`, PowerPoint) instead of pausing (the default). */
  spaceAdvances: boolean;
};

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', 'Enter', 'n', 'N']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);
/** Keys that only modify others: pressing Shift alone must not bring a blanked screen back. */
const MODIFIER_KEYS = new Set([
  'Shift',
  'Control',
  'Alt',
  'Meta',
  'AltGraph',
  'CapsLock',
  'Fn',
  'OS',
]);

const fixed: Record<string, PresentAction> = {
  Home: { type: 'first' },
  End: { type: 'last' },
  p: { type: 'togglePause' },
  P: { type: 'togglePause' },
  MediaPlayPause: { type: 'togglePause' },
  b: { type: 'blank', colour: 'black' },
  B: { type: 'blank', colour: 'black' },
  // PowerPoint's own blanking keys; many clickers' "blank" button sends ".".
  '.': { type: 'blank', colour: 'black' },
  w: { type: 'blank', colour: 'white' },
  W: { type: 'blank', colour: 'white' },
  ',': { type: 'blank', colour: 'white' },
  f: { type: 'toggleFullscreen' },
  F: { type: 'toggleFullscreen' },
  Escape: { type: 'exit' },
};

/**
 * The action for a key press, or null to leave the key to the browser (Ctrl+R, Alt+Tab, F5, F11
 * and anything with a modifier but Shift). Number keys jump: 1 … 9 to slides 1 … 9, 0 to slide 10.
 * Space pauses like a video player unless `spaceAdvances`; Enter always advances.
 */
export function actionForKey(input: KeyInput, context: KeyContext): PresentAction | null {
  if (input.ctrlKey || input.altKey || input.metaKey) return null;
  if (MODIFIER_KEYS.has(input.key)) return null;
  if (context.blanked) return { type: 'unblank' };
  if (input.key === ' ' || input.key === 'Spacebar') {
    return context.spaceAdvances ? { type: 'next' } : { type: 'togglePause' };
  }
  if (NEXT_KEYS.has(input.key)) return { type: 'next' };
  if (PREVIOUS_KEYS.has(input.key)) return { type: 'previous' };
  if (/^[0-9]$/.test(input.key)) {
    const digit = Number(input.key);
    return { type: 'goto', index: digit === 0 ? 9 : digit - 1 };
  }
  return fixed[input.key] ?? null;
}
