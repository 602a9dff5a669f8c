import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { revealEverything, useNearViewport, useTurn } from './near-viewport.ts';

type Callback = (entries: { isIntersecting: boolean }[]) => void;
const observers: Callback[] = [];

class FakeIntersectionObserver {
  constructor(callback: Callback) {
    observers.push(callback);
  }
  observe() {}
  disconnect() {}
}

function Probe({ name }: { name: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearViewport(ref);
  const turn = useTurn(near);
  return (
    <div ref={ref} data-testid={name}>
      {near ? 'near' : 'far'} {turn.granted ? 'drawing' : 'waiting'}
      <button type="button" onClick={turn.done}>
        done {name}
      </button>
    </div>
  );
}

describe('useNearViewport and useTurn', () => {
  beforeEach(() => {
    observers.length = 0;
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('waits until the element comes near, then hands out one turn at a time', () => {
    render(
      <>
        <Probe name="a" />
        <Probe name="b" />
      </>,
    );
    expect(screen.getByTestId('a')).toHaveTextContent('far waiting');
    act(() => observers.forEach((callback) => callback([{ isIntersecting: true }])));
    expect(screen.getByTestId('a')).toHaveTextContent('near drawing');
    expect(screen.getByTestId('b')).toHaveTextContent('near waiting');
    act(() => screen.getByRole('button', { name: 'done a' }).click());
    expect(screen.getByTestId('b')).toHaveTextContent('near drawing');
  });

  it('reveals everything at once for printing', () => {
    render(<Probe name="c" />);
    expect(screen.getByTestId('c')).toHaveTextContent('far');
    act(() => revealEverything());
    expect(screen.getByTestId('c')).toHaveTextContent('near');
  });
});
