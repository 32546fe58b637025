// The centre pane: one xterm terminal on the workstation shell.
import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/index.js';
import { useEngine } from '../../engine-client/context.js';
import { usePrefs } from '../../state/prefsStore.js';
import { setActiveTerminal } from './activeTerminal.js';
import { TerminalController } from './xtermAdapter.js';
import './terminal.css';

export function TerminalPane() {
  const { t } = useT();
  const client = useEngine();
  const theme = usePrefs((s) => s.theme);
  const host = useRef<HTMLDivElement>(null);
  const controller = useRef<TerminalController | null>(null);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const c = new TerminalController(client, usePrefs.getState().theme);
    controller.current = c;
    setActiveTerminal(c);
    void c.mount(el).then(() => c.focus());
    const ro = new ResizeObserver(() => c.fitNow());
    ro.observe(el);
    return () => {
      ro.disconnect();
      setActiveTerminal(undefined);
      c.dispose();
      controller.current = null;
    };
  }, [client]);

  useEffect(() => {
    controller.current?.setTheme(theme);
  }, [theme]);

  return (
    <section className="pane terminal-pane" aria-label={t('terminal.label')}>
      <div className="terminal-host" ref={host} data-testid="terminal" />
    </section>
  );
}
