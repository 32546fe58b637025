// `kubectl cluster-info`: mirrors staging/src/k8s.io/kubectl/pkg/cmd/clusterinfo/clusterinfo.go —
// the API server's address, then every kube-system Service labelled
// kubernetes.io/cluster-service=true as a proxy link. kubectl colours the names
// (go-colortext) when stdout is a terminal; the lab's terminal always is one.
import type { Command } from '../command.js';

const green = '\x1b[0;32m';
const yellow = '\x1b[0;33m';
const reset = '\x1b[0m';

function line(name: string, link: string): string {
  return `${green}${name}${reset} is running at ${yellow}${link}${reset}\n`;
}

interface Port {
  name?: string;
  port: number;
}

export const clusterInfoCommand: Command = {
  name: 'cluster-info',
  short: 'Display cluster information',
  flags: [],
  run: (ctx) => {
    const server = ctx.deps.kubeconfig(ctx.io).server;
    let out = line('Kubernetes control plane', server);
    const list = ctx.deps.client.list('', 'services', 'kube-system', { labelSelector: 'kubernetes.io/cluster-service=true' });
    for (const svc of list.items) {
      const ingress = svc.status?.loadBalancer?.ingress?.[0];
      let link = '';
      if (ingress) {
        const ip = ingress.ip || ingress.hostname;
        for (const p of (svc.spec?.ports ?? []) as Port[]) link += `http://${ip}:${p.port} `;
      } else {
        let name = svc.metadata.name as string;
        const ports = (svc.spec?.ports ?? []) as Port[];
        if (ports.length > 0) {
          const p = ports[0]!;
          name = p.name ? `${name}:${p.name}` : `${name}:${p.port}`;
        }
        link = `${server}/api/v1/namespaces/${svc.metadata.namespace}/services/${name}/proxy`;
      }
      out += line(svc.metadata.labels?.['kubernetes.io/name'] || svc.metadata.name, link);
    }
    ctx.io.stdout(out + "\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n");
    return 0;
  },
};
