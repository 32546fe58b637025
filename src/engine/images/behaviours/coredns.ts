// CoreDNS 1.11.3 as kubeadm deploys it (Corefile: errors, health :8080, ready :8181,
// kubernetes cluster.local, prometheus :9153, forward, cache): its startup lines and a
// DNS server on :53. Answers come from the cluster's kubernetes plugin, which
// network/dns registers per cluster network (the Fabric the node is attached to).
import type { Behaviour } from '../../linux/behaviour.js';
import type { Kernel } from '../../linux/kernel.js';
import { MiB } from '../../linux/daemon.js';
import { signals } from '../../linux/signals.js';

/** A DNS message handler: the query's wire text in, the response's out (network/dns/message.ts). */
export interface DnsBackend {
  serve(query: string, clientIP: string): string;
}

/** The kubernetes plugin's view of each cluster, by the cluster network (Fabric) object. */
export const dnsBackends = new WeakMap<object, DnsBackend>();

const banner =
  '.:53\n[INFO] plugin/reload: Running configuration SHA512 = 591cf328cccc12bc490481273e738df59329c62c0b729d94e8b61db9961c2fa5f046dd37f1cf888b953814040d180f52594972691cd6ff41be96639138a43908\nCoreDNS-1.11.3\nlinux/amd64, go1.21.11, a6338e9\n';

export const coredns = (_argv: string[], k: Kernel): Behaviour => ({
  baseRss: 14 * MiB,
  start(ctx) {
    ctx.stdout(banner);
    ctx.listen(53, (req) => {
      const backend = k.options.fabric && dnsBackends.get(k.options.fabric);
      // Without the API (no kubernetes plugin data) CoreDNS answers SERVFAIL.
      if (!backend) return { body: JSON.stringify({ rcode: 'SERVFAIL', answers: [] }) };
      return { body: backend.serve(req.body ?? '', req.srcIP) };
    });
    ctx.listen(8080, () => ({ status: 200, body: 'OK' }));
    ctx.listen(8181, () => ({ status: 200, body: 'OK' }));
    ctx.listen(9153, () => ({ status: 200, body: '# HELP coredns_build_info A metric with a constant \'1\' value labeled by version, revision, and goversion from which CoreDNS was built.\n' }));
  },
  signal(sig, ctx) {
    if (sig !== signals.SIGTERM && sig !== signals.SIGINT) return false;
    ctx.exit(0);
    return true;
  },
});
