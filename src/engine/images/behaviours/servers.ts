// Behaviours of the images every cluster runs: pause (the sandbox's init: holds
// namespaces, exits 0 on TERM) and the Kubernetes component images (listen on their
// ports). The students' smaller images are in smallImages.ts.
import type { Behaviour } from '../../linux/behaviour.js';
import { MiB } from '../../linux/daemon.js';
import { signals } from '../../linux/signals.js';

/** registry.k8s.io/pause: sleeps forever as the sandbox's PID 1; exits 0 on SIGINT/SIGTERM. */
export const pause = (): Behaviour => ({
  baseRss: 320 * 1024,
  start() {},
  signal(sig, ctx) {
    if (sig === signals.SIGTERM || sig === signals.SIGINT) {
      ctx.exit(0);
      return true;
    }
    return sig === signals.SIGCHLD;
  },
});

/** A Kubernetes component image (kube-apiserver, etcd …): prints its first log line and listens on its ports. */
export const component = (ports: number[], firstLine: string, rssMiB: number) => (): Behaviour => ({
  baseRss: rssMiB * MiB,
  start(ctx) {
    ctx.stderr(firstLine.replace('TIME', klogTime(ctx.now())) + '\n');
    for (const p of ports) ctx.listen(p, (req) => ({ status: 200, body: req.path === '/healthz' || req.path === '/livez' || req.path === '/readyz' || req.path === '/health' || req.path === '/ready' ? 'ok' : '' }));
  },
  signal(sig, ctx) {
    if (sig !== signals.SIGTERM && sig !== signals.SIGINT) return false;
    ctx.exit(0);
    return true;
  },
});

function klogTime(ms: number): string {
  const d = new Date(ms);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds() * 1000, 6)}`;
}
