import { Component, type ReactNode } from 'react';

interface LoadBoundaryProps {
  children: ReactNode;
  /** Draws the failure in the piece's place (with a way to try again). */
  fallback: (error: unknown) => ReactNode;
  /** A new value clears a caught failure (another page was chosen): the children are drawn again. */
  resetKey?: unknown;
}

/**
 * Around a lazily loaded piece: when its code cannot load (offline on a cold cache, a deploy that
 * replaced it), only its place says so and the rest of the page keeps working. Without it React
 * would take the whole page down.
 */
export class LoadBoundary extends Component<LoadBoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: undefined };

  static getDerivedStateFromError(error: unknown) {
    return { error: error ?? new Error('The piece could not load') };
  }

  override componentDidUpdate(previous: LoadBoundaryProps) {
    if (this.state.error !== undefined && previous.resetKey !== this.props.resetKey)
      this.setState({ error: undefined });
  }

  override render() {
    return this.state.error === undefined ? this.props.children : this.props.fallback(this.state.error);
  }
}
