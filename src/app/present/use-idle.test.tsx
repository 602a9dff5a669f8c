import { act, fireEvent, render, screen } from '@testing-library/react';
import { useIdle } from './use-idle.ts';

/** Whether the mouse rests on the buttons: jsdom has no hover, so the test says. */
let resting = false;
const isResting = () => resting;

function Probe() {
  const idle = useIdle(3000, isResting);
  return (
    <div>
      <p>{idle ? 'idle' : 'awake'}</p>
      <p>elsewhere</p>
    </div>
  );
}

describe('useIdle', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    resting = false;
  });
  afterEach(() => vi.useRealTimers());

  const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms));

  it('goes idle after the delay and wakes when the pointer moves', () => {
    render(<Probe />);
    advance(2999);
    expect(screen.getByText('awake')).toBeInTheDocument();
    advance(1);
    expect(screen.getByText('idle')).toBeInTheDocument();

    fireEvent.pointerMove(screen.getByText('elsewhere'));
    expect(screen.getByText('awake')).toBeInTheDocument();
    advance(3000);
    expect(screen.getByText('idle')).toBeInTheDocument();
  });

  it('stays awake while the mouse rests on the buttons, and goes idle once it leaves', () => {
    render(<Probe />);
    fireEvent.pointerMove(screen.getByText('elsewhere'), { pointerType: 'mouse' });
    resting = true;
    advance(60_000);
    expect(screen.getByText('awake')).toBeInTheDocument();

    // The pointer has left without another event (the buttons moved away from it).
    resting = false;
    advance(3000);
    expect(screen.getByText('idle')).toBeInTheDocument();
  });

  it('does not count a touch as resting: a finger leaves no hover behind', () => {
    render(<Probe />);
    resting = true;
    fireEvent.pointerDown(screen.getByText('elsewhere'), { pointerType: 'touch' });
    advance(3000);
    expect(screen.getByText('idle')).toBeInTheDocument();
  });

  it('is not woken by keys: a clicker must not bring the cursor back', () => {
    render(<Probe />);
    advance(3000);
    fireEvent.keyDown(window, { key: 'PageDown' });
    expect(screen.getByText('idle')).toBeInTheDocument();
  });
});
