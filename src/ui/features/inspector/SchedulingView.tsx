// The scheduler's last decision about a Pod, as its explain() record gives it:
// which nodes each Filter plugin rejected and why, and each Score plugin's
// points per feasible node, then the node chosen.
import { useTranslation } from 'react-i18next';

/** The parts of the scheduler's ExplainRecord shown here (the UI imports no engine types beyond the protocol). */
export interface SchedulingRecord {
  result: string;
  node?: string;
  message: string;
  time: string;
  filter: { node: string; feasible: boolean; plugin?: string; reasons: readonly string[] }[];
  score?: {
    plugins: { plugin: string; weight: number; skipped: boolean }[];
    nodes: { node: string; total: number; plugins: { plugin: string; weighted: number }[] }[];
  };
  selection?: { node: string; score: number; note: string };
}

export function SchedulingView({ record }: { record: SchedulingRecord }) {
  const { t } = useTranslation();
  const plugins = record.score?.plugins.filter((p) => !p.skipped) ?? [];
  return (
    <div className="scheduling" data-testid="scheduling">
      <p>
        <strong>{record.result}</strong> {record.selection ? t('inspector.chosen', { node: record.selection.node, score: record.selection.score }) : record.message}
      </p>
      <table className="filter-table">
        <tbody>
          {record.filter.map((f) => (
            <tr key={f.node} className={f.feasible ? 'ok' : 'bad'} data-testid={`filter-${f.node}`}>
              <th>{f.node}</th>
              <td>{f.feasible ? t('inspector.feasible') : t('inspector.rejected', { plugin: f.plugin })}</td>
              <td className="muted">{f.reasons.join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {record.score && plugins.length > 0 && (
        <div className="score-scroll">
          <table className="score-table">
            <thead>
              <tr>
                <th />
                {record.score.nodes.map((n) => (
                  <th key={n.node} className={n.node === record.node ? 'chosen' : undefined}>
                    {n.node}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {plugins.map((p) => (
                <tr key={p.plugin}>
                  <th>
                    {p.plugin} <span className="muted">×{p.weight}</span>
                  </th>
                  {record.score!.nodes.map((n) => (
                    <td key={n.node}>{n.plugins.find((x) => x.plugin === p.plugin)?.weighted ?? ''}</td>
                  ))}
                </tr>
              ))}
              <tr className="total">
                <th>{t('inspector.total')}</th>
                {record.score.nodes.map((n) => (
                  <td key={n.node} className={n.node === record.node ? 'chosen' : undefined}>
                    {n.total}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
