// The inspector: the selected object's live YAML, events, owner chain and, for
// a Pod, the scheduler's reasoning per node and plugin. Refreshed whenever the
// object changes (its resourceVersion in the lab store moves).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Inspection } from '../../../engine/protocol/index.js';
import { useEngine } from '../../engine-client/context.js';
import { useLab } from '../../state/labStore.js';
import { addFeatureMessages } from '../editor/messages.js';
import { SchedulingView, type SchedulingRecord } from './SchedulingView.js';
import { ContainersView, type ContainersRecord } from './ContainersView.js';
import { refKey, useSelection, type ObjectRef } from './selectionStore.js';
// inspector.css is imported by LazyInspectorPane, so the placeholder has the pane's box.

addFeatureMessages();

type Tab = 'yaml' | 'events' | 'owners' | 'scheduling' | 'container';

export function InspectorPane() {
  const { t } = useTranslation();
  const client = useEngine();
  const selected = useSelection((s) => s.selected);
  const hoveredKey = useSelection((s) => (s.hovered ? refKey(s.hovered) : undefined));
  const [tab, setTab] = useState<Tab>('yaml');
  const [data, setData] = useState<Inspection>();
  const [gone, setGone] = useState(false);
  const version = useLab((s) => {
    if (!selected) return undefined;
    const key = selected.namespace ? `${selected.namespace}/${selected.name}` : selected.name;
    return s.objects[selected.resource][key]?.metadata.resourceVersion ?? 'deleted';
  });
  // Events arrive without changing the object; refresh on the clock's second too while open.
  const second = useLab((s) => (selected ? Math.floor(s.clock.now / 5000) : 0));

  useEffect(() => {
    if (!selected) return;
    let stale = false;
    client.request('object.inspect', selected).then(
      (r) => {
        if (stale) return;
        setData(r);
        setGone(false);
      },
      () => !stale && setGone(true),
    );
    return () => {
      stale = true;
    };
  }, [client, selected, version, second]);

  useEffect(() => {
    if (selected?.resource !== 'pods' && (tab === 'scheduling' || tab === 'container')) setTab('yaml');
  }, [selected, tab]);

  if (!selected) return null;
  const tabs: Tab[] = selected.resource === 'pods' ? ['yaml', 'events', 'owners', 'scheduling', 'container'] : ['yaml', 'events', 'owners'];
  const select = useSelection.getState().select;
  // An object of the owner chain: hovering it lights it in the diagram and the terminal, and it lights when hovered there.
  const chainItem = (ref: ObjectRef | undefined) =>
    ref
      ? {
          className: `linkish${refKey(ref) === hoveredKey ? ' hovered' : ''}`,
          onMouseEnter: () => useSelection.getState().hover(ref),
          onMouseLeave: () => useSelection.getState().hover(undefined),
          onFocus: () => useSelection.getState().hover(ref),
          onBlur: () => useSelection.getState().hover(undefined),
          'data-ref': refKey(ref),
        }
      : { className: 'linkish' };

  return (
    <section className="pane inspector-pane" aria-label={t('inspector.label')} data-testid="inspector">
      <header className="pane-header inspector-header">
        <h2>
          {data?.kind || selected.resource} <code>{selected.namespace ? `${selected.namespace}/` : ''}{selected.name}</code>
        </h2>
        <button type="button" className="icon" aria-label={t('inspector.close')} data-testid="inspector-close" onClick={() => select(undefined)}>
          ×
        </button>
      </header>
      <div className="inspector-tabs" role="tablist">
        {tabs.map((k) => (
          <button key={k} type="button" role="tab" aria-selected={tab === k} className={tab === k ? 'active' : undefined} data-testid={`inspector-tab-${k}`} onClick={() => setTab(k)}>
            {t(`inspector.${k}`)}
          </button>
        ))}
      </div>
      <div className="inspector-body" data-testid={`inspector-${tab}`}>
        {gone && <p className="muted">{t('inspector.gone')}</p>}
        {!gone && data && tab === 'yaml' && <pre className="inspector-yaml">{data.yaml}</pre>}
        {!gone && data && tab === 'events' &&
          (data.events.length === 0 ? (
            <p className="muted">{t('inspector.noEvents')}</p>
          ) : (
            <table className="inspector-events">
              <tbody>
                {data.events.map((e, i) => (
                  <tr key={i} className={e.type === 'Warning' ? 'warning' : undefined}>
                    <td>{e.type}</td>
                    <td>{e.reason}</td>
                    <td>{e.source}</td>
                    <td>{e.count > 1 ? `×${e.count} ` : ''}{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        {!gone && data && tab === 'owners' && (
          <div className="owner-chain">
            {data.owners.length === 0 && <p className="muted">{t('inspector.noOwners')}</p>}
            <ol>
              {data.owners.map((o) => (
                <li key={`${o.kind}/${o.name}`}>
                  <button
                    type="button"
                    {...chainItem(o.resource && { resource: o.resource, namespace: selected.namespace, name: o.name })}
                    disabled={!o.resource}
                    onClick={() => o.resource && select({ resource: o.resource, namespace: selected.namespace, name: o.name })}
                  >
                    {o.kind} <code>{o.name}</code>
                  </button>
                </li>
              ))}
              <li className={`self${refKey(selected) === hoveredKey ? ' hovered' : ''}`}>
                {data.kind} <code>{data.name}</code>
              </li>
            </ol>
            {data.owned.length > 0 && (
              <>
                <h3>{t('inspector.owned')}</h3>
                <ul>
                  {data.owned.map((o) => (
                    <li key={`${o.kind}/${o.name}`}>
                      <button
                        type="button"
                        {...chainItem({ resource: o.resource, namespace: selected.namespace, name: o.name })}
                        onClick={() => select({ resource: o.resource, namespace: selected.namespace, name: o.name })}
                      >
                        {o.kind} <code>{o.name}</code>
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
        {!gone && data && tab === 'scheduling' &&
          (data.scheduling ? <SchedulingView record={data.scheduling as SchedulingRecord} /> : <p className="muted">{t('inspector.notScheduled')}</p>)}
        {!gone && data && tab === 'container' &&
          (data.containers ? <ContainersView record={data.containers as ContainersRecord} /> : <p className="muted">{t('inspector.noContainerView')}</p>)}
      </div>
    </section>
  );
}
