// What happened to the saved lab on load: restored (dismissable), or thrown
// away with the reason — the student always knows.
import { useTranslation } from 'react-i18next';
import { usePersistence } from './persistence.js';

export function RestoreNotice() {
  const { t } = useTranslation();
  const notice = usePersistence((s) => s.notice);
  const dismiss = usePersistence((s) => s.dismiss);
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
