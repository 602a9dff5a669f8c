import { act, fireEvent, render, screen } from '@testing-library/react';
import { useIdle } from './use-idle.ts';

function Probe() {
  const idle = useIdle(3000);
  return (
    <div>
      <p>{idle ? 'idle' : 'awake'}</p>
      <div data-keep-awake>
        <button type="button">full screen</button>
      </div>
      <p>elsewhere</p>
    </div>
  );
}

describe('useIdle', () => {
  beforeEach(() => vi.useFakeTimers());
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

  it('stays awake while the pointer rests on a keep-awake element', () => {
    render(<Probe />);
    advance(3000);
    fireEvent.pointerMove(screen.getByRole('button', { name: 'full screen' }));
    advance(60_000);
    expect(screen.getByText('awake')).toBeInTheDocument();

    // Leaving the buttons starts the clock again.
    fireEvent.pointerMove(screen.getByText('elsewhere'));
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
