// Keeps a failing pane from taking the page down: it shows the error in its
// place, and the terminal and the rest of the lab keep working.
import { Component, type ReactNode } from 'react';

interface Props {
  name: string;
  children: ReactNode;
}

export class PaneBoundary extends Component<Props, { error?: Error }> {
  override state: { error?: Error } = {};

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (this.state.error) {
      return (
        <section className="pane pane-error" role="alert" data-testid={`pane-error-${this.props.name}`}>
          <p>
            {this.props.name}: {this.state.error.message}
          </p>
        </section>
      );
    }
    return this.props.children;
  }
}
