// The status and time bar: the virtual clock, pause / 1× / 10× / 60× / step.
import { useT } from '../../i18n/index.js';
import type { Speed } from '../../../engine/protocol/index.js';
import { useEngine } from '../../engine-client/context.js';
import { useLab } from '../../state/labStore.js';

/** `2025-01-06 09:00:05 UTC`: the cluster's clock is UTC, like its timestamps. */
export function formatClock(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

const speedButtons: { speed: Speed; key: string; testid: string }[] = [
  { speed: 0, key: 'time.pause', testid: 'speed-pause' },
  { speed: 1, key: 'time.play', testid: 'speed-1' },
  { speed: 10, key: 'time.fast', testid: 'speed-10' },
  { speed: 60, key: 'time.faster', testid: 'speed-60' },
];

export function TimeBar() {
  const { t } = useT();
  const client = useEngine();
  const clock = useLab((s) => s.clock);
  const ready = useLab((s) => s.status === 'ready');
  const apply = (c: { now: number; speed: Speed }) => useLab.setState({ clock: { now: c.now, speed: c.speed } });

  return (
    <footer className={`time-bar${clock.speed === 0 ? ' paused' : ''}`} aria-label={t('time.label')}>
      <span className="clock-label">{t('time.label')}</span>
      <time className="clock" data-testid="clock" dateTime={new Date(clock.now || 0).toISOString()}>
        {ready ? formatClock(clock.now) : '—'}
      </time>
      <span className="muted" data-testid="clock-speed">
        {clock.speed === 0 ? t('time.paused') : t('time.speed', { speed: clock.speed })}
      </span>
      <div className="speed-buttons" role="group" aria-label={t('time.label')}>
        {speedButtons.map((b) => (
          <button
            key={b.speed}
            type="button"
            data-testid={b.testid}
            aria-pressed={clock.speed === b.speed}
            className={clock.speed === b.speed ? 'active' : undefined}
            disabled={!ready}
            onClick={() => void client.request('clock.setSpeed', { speed: b.speed }).then(apply)}
          >
            {t(b.key)}
          </button>
        ))}
        <button
          type="button"
          data-testid="step"
          title={t('time.stepTitle')}
          disabled={!ready}
          onClick={() => void client.request('clock.step', {}).then(apply)}
        >
          {t('time.step')}
        </button>
      </div>
    </footer>
  );
}
