// Keeps a failing pane from taking the page down: it shows the error in its
// place, and the terminal and the rest of the lab keep working. A pane whose
// chunk did not load (LazyPane) says so and can try the import again.
import { Component, type ReactNode } from 'react';
import { useT } from '../i18n/index.js';
import { ChunkLoadError } from './LazyPane.js';

export type PaneName = 'lessons' | 'editor' | 'terminal' | 'diagram' | 'inspector';

interface Props {
  name: PaneName;
  children: ReactNode;
}

export class PaneBoundary extends Component<Props, { error?: Error }> {
  override state: { error?: Error } = {};

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const retry = () => {
      if (error instanceof ChunkLoadError) error.retry();
      this.setState({ error: undefined });
    };
    return <PaneError name={this.props.name} error={error} onRetry={retry} />;
  }
}

export function PaneError({ name, error, onRetry }: { name: PaneName; error: Error; onRetry: () => void }) {
  const { t } = useT();
  const pane = t(`pane.${name}`);
  return (
    <section className="pane pane-error" role="alert" data-testid={`pane-error-${name}`}>
      <p>{error instanceof ChunkLoadError ? t('pane.failedLoad', { pane, message: error.message }) : t('pane.failed', { pane, message: error.message })}</p>
      <p className="muted">{t('pane.keepsWorking')}</p>
      <button type="button" onClick={onRetry} data-testid={`pane-retry-${name}`}>
        {t('pane.retry')}
      </button>
    </section>
  );
}
