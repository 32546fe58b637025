// The most recent API requests (the raw audit stream behind the animation).
// Redrawn at most four times a second: at 60× hundreds of requests a second
// would otherwise rebuild the list on every frame.
import { useEffect, useState } from 'react';
import { useT } from '../../i18n/index.js';
import type { AuditRecord } from '../../../engine/protocol/index.js';
import { useLab } from '../../state/labStore.js';

const everyMs = 250;
const rows = 40;

function useThrottledAudit(): AuditRecord[] {
  const [audit, setAudit] = useState(() => useLab.getState().audit);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = 0;
    const flush = () => {
      timer = undefined;
      last = performance.now();
      setAudit(useLab.getState().audit);
    };
    const unsubscribe = useLab.subscribe((s, prev) => {
      if (s.audit === prev.audit || timer) return;
      timer = setTimeout(flush, Math.max(0, everyMs - (performance.now() - last)));
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, []);
  return audit;
}

export function AuditFeed() {
  const { t } = useT();
  const audit = useThrottledAudit();
  const recent = audit.slice(-rows).reverse();
  return (
    <div className="audit-feed" data-testid="audit-feed">
      <h3>{t('diagram.recentRequests')}</h3>
      {recent.length === 0 ? (
        <p className="muted">{t('diagram.noRequests')}</p>
      ) : (
        <ol>
          {recent.map((r) => (
            <li key={r.seq} className={r.code >= 400 ? 'failed' : undefined}>
              <code>
                <span className="verb">{r.verb}</span> {r.resource}
                {r.subresource ? `/${r.subresource}` : ''} {r.namespace ? `${r.namespace}/` : ''}
                {r.name ?? ''}
              </code>
              <span className="code">{r.code}</span>
              <span className="user" title={r.user}>
                {r.user}
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
