// Says so when the engine is starting, has died (with "Restart lab"), or a
// component inside it threw: nothing fails silently.
import { useT } from '../i18n/index.js';
import { useLab } from '../state/labStore.js';

export function EngineBanner() {
  const { t } = useT();
  const status = useLab((s) => s.status);
  const crash = useLab((s) => s.crash);
  const errors = useLab((s) => s.engineErrors);
  const dismiss = useLab((s) => s.dismissEngineError);

  if (status === 'crashed') {
    return (
      <div className="banner error" role="alert" data-testid="engine-crashed">
        {t('app.crashed', { message: crash?.message ?? '' })}
        <button type="button" onClick={() => window.location.reload()}>
          {t('app.restart')}
        </button>
      </div>
    );
  }
  if (status === 'starting') {
    return (
      <div className="banner info" role="status" data-testid="engine-starting">
        {t('app.starting')}
      </div>
    );
  }
  if (errors.length) {
    return (
      <div className="banner warn" role="alert" data-testid="engine-error">
        {t('app.engineError', { message: errors[0]!.message })}
        <button type="button" onClick={dismiss}>
          {t('app.dismiss')}
        </button>
      </div>
    );
  }
  return null;
}
