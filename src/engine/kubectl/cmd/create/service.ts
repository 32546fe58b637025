// Mirrors staging/src/k8s.io/kubectl/pkg/cmd/create/create_service.go (clusterip, nodeport):
// `--tcp=<port>[:<targetPort>]`, labels and selector `app: NAME`, `--clusterip=None`.
import type { Command, CommandContext } from '../../command.js';
import { CmdError } from '../../command.js';
import { createFlagsNoFile } from './flags.js';
import { meta, oneName, sendGenerated } from './common.js';

function parsePorts(specs: string[], nodePort: number): any[] {
  return specs.map((spec) => {
    const parts = spec.split(':');
    const port = Number(parts[0]);
    if (!/^\d+$/.test(parts[0]!)) throw new CmdError(`strconv.Atoi: parsing "${parts[0]}": invalid syntax`);
    let targetPort: number | string = port;
    if (parts.length > 1) targetPort = /^\d+$/.test(parts[1]!) ? Number(parts[1]) : parts[1]!;
    return {
      name: spec.replace(/:/g, '-'),
      protocol: 'TCP',
      port,
      targetPort,
      ...(nodePort > 0 ? { nodePort } : {}),
    };
  });
}

function service(type: 'ClusterIP' | 'NodePort') {
  return (ctx: CommandContext): number => {
    const name = oneName(ctx);
    const clusterIP = type === 'ClusterIP' ? ctx.flags.string('clusterip') : '';
    const tcp = ctx.flags.strings('tcp');
    if (!tcp.length && clusterIP !== 'None') throw new CmdError('at least one tcp port specifier must be provided');
    const labels = { app: name };
    const spec: any = {};
    const ports = parsePorts(tcp, type === 'NodePort' ? ctx.flags.int('node-port') : 0);
    if (ports.length) spec.ports = ports;
    spec.selector = { ...labels };
    if (clusterIP) spec.clusterIP = clusterIP;
    spec.type = type;
    const svc = { kind: 'Service', apiVersion: 'v1', metadata: meta(ctx, name, labels), spec, status: { loadBalancer: {} } };
    return sendGenerated(ctx, '', 'services', svc);
  };
}

const clusterip: Command = {
  name: 'clusterip',
  short: 'Create a ClusterIP service',
  flags: [...createFlagsNoFile, { name: 'tcp', type: 'stringSlice', default: [] }, { name: 'clusterip', type: 'string', default: '' }],
  run: service('ClusterIP'),
};

const nodeport: Command = {
  name: 'nodeport',
  short: 'Create a NodePort service',
  flags: [...createFlagsNoFile, { name: 'tcp', type: 'stringSlice', default: [] }, { name: 'node-port', type: 'int', default: 0 }],
  run: service('NodePort'),
};

export const createService: Command = {
  name: 'service',
  aliases: ['svc'],
  short: 'Create a service using a specified subcommand',
  flags: [],
  subcommands: [clusterip, nodeport],
};
