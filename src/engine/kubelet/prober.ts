// Mirrors pkg/kubelet/prober (prober_manager.go, worker.go, prober.go): one
// worker per container and probe type, ticking every periodSeconds from the
// container's start, skipping ticks inside initialDelaySeconds; a result flips
// after failureThreshold failures or successThreshold successes. Liveness and
// readiness wait for the startup probe. Every failed probe records `Unhealthy`.
// Deliberate simplification: no start-up jitter (probes tick from the start).
import type { Container, Pod, Probe } from 'kubernetes-types/core/v1';
import type { EventRecorder } from '../client/events.js';
import type { TimerId, VirtualClock } from '../clock/clock.js';
import type { RuntimeService } from '../runtime/cri.js';
import type { ProbeNetwork } from './types.js';

export type ProbeType = 'liveness' | 'readiness' | 'startup';
type Result = 'Success' | 'Failure' | 'Unknown';

interface Worker {
  type: ProbeType;
  probe: Probe;
  containerId: string;
  timer?: TimerId;
  result: Result;
  successes: number;
  failures: number;
  stopped: boolean;
}

const title: Record<ProbeType, string> = { liveness: 'Liveness', readiness: 'Readiness', startup: 'Startup' };

export class ProbeManager {
  private workers = new Map<string, Worker[]>();
  private results = new Map<string, Result>();

  constructor(
    private readonly clock: VirtualClock,
    private readonly runtime: RuntimeService,
    private readonly network: ProbeNetwork | undefined,
    private readonly recorder: EventRecorder,
    /** Tell the kubelet a result changed (readiness → status; liveness failure → restart). */
    private readonly onChange: (podKey: string, type: ProbeType) => void,
  ) {}

  /** Start probing a container that just started. */
  addContainer(podKey: string, pod: () => Pod, c: Container, containerId: string, fieldPath: string, podIP: () => string): void {
    const ws: Worker[] = [];
    const probes: [ProbeType, Probe | undefined][] = [
      ['startup', c.startupProbe],
      ['liveness', c.livenessProbe],
      ['readiness', c.readinessProbe],
    ];
    for (const [type, probe] of probes) {
      if (!probe) continue;
      const w: Worker = { type, probe, containerId, result: type === 'readiness' ? 'Failure' : type === 'startup' ? 'Unknown' : 'Success', successes: 0, failures: 0, stopped: false };
      this.results.set(`${type}/${containerId}`, w.result);
      ws.push(w);
      const started = this.clock.now();
      const tick = () => {
        if (w.stopped) return;
        this.doProbe(podKey, pod(), c, w, started, fieldPath, podIP());
        if (!w.stopped) w.timer = this.clock.setTimeout(tick, (probe.periodSeconds ?? 10) * 1000);
      };
      w.timer = this.clock.setTimeout(tick, 0);
    }
    if (ws.length) this.workers.set(containerId, ws);
  }

  removeContainer(containerId: string): void {
    for (const w of this.workers.get(containerId) ?? []) {
      w.stopped = true;
      this.clock.clearTimeout(w.timer);
    }
    this.workers.delete(containerId);
    for (const t of ['liveness', 'readiness', 'startup']) this.results.delete(`${t}/${containerId}`);
  }

  /** Readiness: true without a readiness probe, else its last result. */
  ready(containerId: string): boolean {
    return (this.results.get(`readiness/${containerId}`) ?? 'Success') === 'Success';
  }

  /** Started: true without a startup probe, else once it succeeded. */
  started(containerId: string): boolean {
    return (this.results.get(`startup/${containerId}`) ?? 'Success') === 'Success';
  }

  /** The container must be restarted: its liveness or startup probe failed. */
  failed(containerId: string): ProbeType | undefined {
    if (this.results.get(`liveness/${containerId}`) === 'Failure') return 'liveness';
    if (this.results.get(`startup/${containerId}`) === 'Failure') return 'startup';
    return undefined;
  }

  private doProbe(podKey: string, pod: Pod, c: Container, w: Worker, started: number, fieldPath: string, podIP: string): void {
    if ((this.clock.now() - started) / 1000 < (w.probe.initialDelaySeconds ?? 0)) return;
    if (w.type !== 'startup' && !this.started(w.containerId)) return;
    if (w.type === 'startup' && w.result === 'Success') return;
    const out = this.probe(w.probe, c, w.containerId, podIP);
    if (out.ok) {
      w.successes++;
      w.failures = 0;
    } else {
      this.recorder.event(pod, 'Warning', 'Unhealthy', `${title[w.type]} probe failed: ${out.message}`, fieldPath);
      w.failures++;
      w.successes = 0;
    }
    let next = w.result;
    if (w.successes >= (w.probe.successThreshold ?? 1)) next = 'Success';
    if (w.failures >= (w.probe.failureThreshold ?? 3)) next = 'Failure';
    if (next === w.result) return;
    w.result = next;
    this.results.set(`${w.type}/${w.containerId}`, next);
    // A failed liveness or startup probe holds the worker until the container is replaced.
    if (next === 'Failure' && w.type !== 'readiness') {
      w.stopped = true;
      this.clock.clearTimeout(w.timer);
    }
    this.onChange(podKey, w.type);
  }

  private probe(p: Probe, c: Container, containerId: string, podIP: string): { ok: boolean; message: string } {
    const timeoutS = p.timeoutSeconds ?? 1;
    if (p.exec) {
      try {
        const r = this.runtime.execSync(containerId, p.exec.command ?? [], timeoutS);
        return { ok: r.exitCode === 0, message: r.stdout + r.stderr };
      } catch (e) {
        return { ok: false, message: e instanceof Error ? e.message : String(e) };
      }
    }
    if (p.httpGet) {
      const port = resolvePort(p.httpGet.port, c);
      const host = p.httpGet.host || podIP;
      const path = p.httpGet.path || '/';
      if (!this.network) return { ok: true, message: '' };
      const r = this.network.httpGet(host, port, path, timeoutS * 1000);
      if ('error' in r) return { ok: false, message: r.error };
      if (r.statusCode >= 200 && r.statusCode < 400) return { ok: true, message: '' };
      return { ok: false, message: `HTTP probe failed with statuscode: ${r.statusCode}` };
    }
    if (p.tcpSocket) {
      const port = resolvePort(p.tcpSocket.port, c);
      if (!this.network) return { ok: true, message: '' };
      const err = this.network.tcpConnect(p.tcpSocket.host || podIP, port, timeoutS * 1000);
      return err ? { ok: false, message: err } : { ok: true, message: '' };
    }
    return { ok: true, message: '' };
  }
}

/** A probe's port: a number, or the name of one of the container's ports. */
export function resolvePort(port: number | string, c: Container): number {
  if (typeof port === 'number') return port;
  if (/^\d+$/.test(port)) return Number(port);
  return c.ports?.find((p) => p.name === port)?.containerPort ?? 0;
}
