import { actionForKey, type KeyInput, type PresentAction } from './present-keys.ts';

const playing = { blanked: false, spaceAdvances: false };

describe('actionForKey', () => {
  it.each<[string, PresentAction | null]>([
    ['ArrowRight', { type: 'next' }],
    ['ArrowDown', { type: 'next' }],
    ['PageDown', { type: 'next' }],
    ['Enter', { type: 'next' }],
    ['n', { type: 'next' }],
    ['ArrowLeft', { type: 'previous' }],
    ['ArrowUp', { type: 'previous' }],
    ['PageUp', { type: 'previous' }],
    ['Backspace', { type: 'previous' }],
    ['Home', { type: 'first' }],
    ['End', { type: 'last' }],
    ['1', { type: 'goto', index: 0 }],
    ['9', { type: 'goto', index: 8 }],
    ['0', { type: 'goto', index: 9 }],
    [' ', { type: 'togglePause' }],
    ['p', { type: 'togglePause' }],
    ['P', { type: 'togglePause' }],
    ['MediaPlayPause', { type: 'togglePause' }],
    ['b', { type: 'blank', colour: 'black' }],
    ['B', { type: 'blank', colour: 'black' }],
    ['.', { type: 'blank', colour: 'black' }],
    ['w', { type: 'blank', colour: 'white' }],
    ['W', { type: 'blank', colour: 'white' }],
    [',', { type: 'blank', colour: 'white' }],
    ['f', { type: 'toggleFullscreen' }],
    ['F', { type: 'toggleFullscreen' }],
    ['Escape', { type: 'exit' }],
    ['F5', null],
    ['F11', null],
    ['Tab', null],
    ['x', null],
    ['Shift', null],
  ])('maps %j to %j while the slides play', (key, expected) => {
    expect(actionForKey({ key }, playing)).toEqual(expected);
  });

  it('advances on Space when asked to behave like PowerPoint', () => {
    expect(actionForKey({ key: ' ' }, { ...playing, spaceAdvances: true })).toEqual({
      type: 'next',
    });
  });

  it.each<[KeyInput]>([
    [{ key: 'r', ctrlKey: true }],
    [{ key: 'ArrowLeft', altKey: true }],
    [{ key: 'f', metaKey: true }],
  ])('leaves %j to the browser', (input) => {
    expect(actionForKey(input, playing)).toBeNull();
  });

  it.each(['ArrowRight', 'Escape', ' ', 'b', 'x', '3'])(
    'brings a blanked screen back on %j and does nothing else',
    (key) => {
      expect(actionForKey({ key }, { ...playing, blanked: true })).toEqual({ type: 'unblank' });
    },
  );

  it('does not bring a blanked screen back on a modifier alone', () => {
    expect(actionForKey({ key: 'Shift' }, { ...playing, blanked: true })).toBeNull();
  });
});
