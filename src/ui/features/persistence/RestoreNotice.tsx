// What happened to the saved lab on load: restored (dismissable, and gone by
// itself after a while), or thrown away with the reason — the student always
// knows. It floats over the panes (App's .notices), so it shifts nothing.
import { useEffect } from 'react';
import { useT } from '../../i18n/index.js';
import { usePersistence } from './persistence.js';

/** How long "restored" stays; a warning stays until dismissed. */
const restoredMs = 15_000;

export function RestoreNotice() {
  const { t } = useT();
  const notice = usePersistence((s) => s.notice);
  const dismiss = usePersistence((s) => s.dismiss);
  useEffect(() => {
    if (notice?.kind !== 'restored') return;
    const timer = setTimeout(dismiss, restoredMs);
    return () => clearTimeout(timer);
  }, [notice, dismiss]);
  if (!notice) return null;
  const text =
    notice.kind === 'restored'
      ? t('persistence.restored', { count: notice.count })
      : notice.kind === 'mismatch'
        ? t('persistence.mismatch')
        : t('persistence.discarded', { reason: notice.reason });
  return (
    <div className={`banner ${notice.kind === 'restored' ? 'info' : 'warn'}`} role="status" data-testid={`restore-${notice.kind}`}>
      <span>{text}</span>
      <button type="button" onClick={dismiss}>
        {t('app.dismiss')}
      </button>
    </div>
  );
}
