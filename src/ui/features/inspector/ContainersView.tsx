// A Pod's containers as its node's kernel sees them: which namespaces each
// shares with the pause container, its cgroup's limits and usage, and the
// overlay layers of its root file system.
import { useTranslation } from 'react-i18next';

/** The shape of the engine's containerView() (src/engine/protocol/containers.ts). */
export interface ContainersRecord {
  node: string;
  sandbox: { id: string; pausePid: number; ip: string; state: string };
  containers: {
    name: string;
    id: string;
    state: string;
    pid: number;
    image: string;
    namespaces: { type: string; inode: number; sharedWithPause: boolean }[];
    cgroup?: { path: string; memoryMax: number | null; memoryCurrent: number; cpuMax: string; cpuUsageUsec: number; pids: number };
    rootfs?: { lower: string[]; upper: string };
  }[];
}

function mib(n: number): string {
  return `${(n / 2 ** 20).toFixed(1)} MiB`;
}

export function ContainersView({ record }: { record: ContainersRecord }) {
  const { t } = useTranslation();
  return (
    <div className="containers" data-testid="containers">
      <p className="muted">
        {record.node} · pause PID {record.sandbox.pausePid} · {record.sandbox.ip}
      </p>
      {record.containers.map((c) => (
        <section key={c.id} className="container-card" data-testid={`container-${c.name}`}>
          <h3>
            {c.name} <span className="muted">{c.state.replace('CONTAINER_', '').toLowerCase()} · PID {c.pid || '—'} · {c.image}</span>
          </h3>
          {c.namespaces.length > 0 && (
            <table className="ns-table">
              <tbody>
                {c.namespaces.map((n) => (
                  <tr key={n.type} className={n.sharedWithPause ? 'shared' : 'own'}>
                    <th>{n.type}</th>
                    <td className="mono">{n.inode}</td>
                    <td>{n.sharedWithPause ? t('inspector.sharedWithPause') : t('inspector.ownNamespace')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {c.cgroup && (
            <p className="mono cgroup-line">
              {c.cgroup.path}
              <br />
              memory {mib(c.cgroup.memoryCurrent)} / {c.cgroup.memoryMax === null ? 'max' : mib(c.cgroup.memoryMax)} · cpu.max {c.cgroup.cpuMax} · {(c.cgroup.cpuUsageUsec / 1e6).toFixed(2)} s CPU · {c.cgroup.pids} procs
            </p>
          )}
          {c.rootfs && (
            <details>
              <summary>
                {t('inspector.rootfs', { count: c.rootfs.lower.length })}
              </summary>
              <ol className="mono layers">
                {c.rootfs.lower.map((l) => (
                  <li key={l}>{l}</li>
                ))}
                <li className="upper">{c.rootfs.upper} (upper, rw)</li>
              </ol>
            </details>
          )}
        </section>
      ))}
    </div>
  );
}
