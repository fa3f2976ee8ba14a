import { Component, type ReactNode } from 'react';

interface LoadBoundaryProps {
  children: ReactNode;
  /** Draws the failure in the piece's place (with a way to try again). */
  fallback: (error: unknown) => ReactNode;
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

  override render() {
    return this.state.error === undefined ? this.props.children : this.props.fallback(this.state.error);
  }
}
