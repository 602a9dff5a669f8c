import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from './locale-context.tsx';

export type ErrorBoundaryProps = {
  /** Rendered instead of the children once they have thrown. */
  fallback: (error: Error, reset: () => void) => ReactNode;
  children: ReactNode;
};

type ErrorBoundaryState = { error: Error | null };

/** Keeps a rendering error inside the part of the page that caused it. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    // Visible to whoever opens the console; the fallback tells the user.
    console.warn('Rendering failed:', error, info.componentStack);
  }

  reset = () => this.setState({ error: null });

  render() {
    return this.state.error
      ? this.props.fallback(this.state.error, this.reset)
      : this.props.children;
  }
}

export type PanelFailedProps = { error: Error; className?: string };

/** Says, in its place, why a chart, panel or slide could not be drawn: the one such message. */
export function PanelFailed({ error, className = 'panel-failed' }: PanelFailedProps) {
  const t = useT();
  return (
    <p role="alert" className={className}>
      {t('panel.failed', { detail: error.message })}
    </p>
  );
}

/**
 * One panel's boundary: a panel that throws while it builds its chart shows why, in its place,
 * and the rest of the page goes on working.
 */
export function PanelBoundary({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary fallback={(error) => <PanelFailed error={error} />}>{children}</ErrorBoundary>
  );
}
