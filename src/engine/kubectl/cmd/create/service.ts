// Mirrors staging/src/k8s.io/kubectl/pkg/cmd/create/create_service.go (clusterip,
// nodeport, loadbalancer, externalname): `--tcp=<port>[:<targetPort>]`, labels and
// selector `app: NAME`, `--clusterip=None`, `--external-name`, and its Validate order.
import { isDNS1123Subdomain, isValidPortName, isValidPortNum } from '../../../api/validation/identifiers.js';
import type { Command, CommandContext } from '../../command.js';
import { CmdError } from '../../command.js';
import type { FlagSpec } from '../../flags.js';
import { createFlagsNoFile } from './flags.js';
import { meta, oneName, requireFlag, sendGenerated } from './common.js';

type ServiceType = 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';

/** utilsnet.ParsePort(s, true): strconv.ParseUint(s, 10, 16). */
function parsePort(s: string): number {
  if (!/^\d+$/.test(s)) throw new CmdError(`strconv.ParseUint: parsing "${s}": invalid syntax`);
  const n = Number(s);
  if (n > 65535) throw new CmdError(`strconv.ParseUint: parsing "${s}": value out of range`);
  return n;
}

/** parsePorts: `80` → 80/80, `80:8080` → 80/8080, `443:https` → 443/"https"; a third part is ignored. */
function parsePorts(spec: string): [number, number | string] {
  const parts = spec.split(':');
  const port = parsePort(parts[0]!);
  if (parts.length === 1) return [port, port];
  const target = parts[1]!;
  // strconv.Atoi: an optional sign and digits within int64; anything else is a port name.
  const asInt = /^[+-]?\d+$/.test(target) && Math.abs(Number(target)) < 2 ** 63 ? Number(target) : undefined;
  const errs = asInt === undefined ? isValidPortName(target) : isValidPortNum(asInt);
  if (errs.length) throw new CmdError(errs.join(','));
  return [port, asInt ?? target];
}

function service(type: ServiceType) {
  return (ctx: CommandContext): number => {
    if (type === 'ExternalName') requireFlag(ctx, 'external-name');
    const name = oneName(ctx);
    const clusterIP = type === 'ClusterIP' ? ctx.flags.string('clusterip') : '';
    const externalName = type === 'ExternalName' ? ctx.flags.string('external-name') : '';
    const tcp = ctx.flags.strings('tcp');
    if (clusterIP !== 'None' && !tcp.length && type !== 'ExternalName') throw new CmdError('at least one tcp port specifier must be provided');
    if (type === 'ExternalName' && isDNS1123Subdomain(externalName).length) throw new CmdError(`invalid service external name ${externalName}`);
    const nodePort = type === 'NodePort' ? ctx.flags.int('node-port') : 0;
    const ports = tcp.map((spec) => {
      const [port, targetPort] = parsePorts(spec);
      return { name: spec.replace(/:/g, '-'), protocol: 'TCP', port, targetPort, ...(nodePort ? { nodePort } : {}) };
    });
    const labels = { app: name };
    const spec: any = {};
    if (ports.length) spec.ports = ports;
    spec.selector = { ...labels };
    if (clusterIP) spec.clusterIP = clusterIP;
    spec.type = type;
    if (externalName) spec.externalName = externalName;
    const svc = { kind: 'Service', apiVersion: 'v1', metadata: meta(ctx, name, labels), spec, status: { loadBalancer: {} } };
    return sendGenerated(ctx, '', 'services', svc, { failedTo: `failed to create ${type} service: `, ignoreSaveConfig: true });
  };
}

const tcpFlag: FlagSpec = { name: 'tcp', type: 'stringSlice', default: [] };

const clusterip: Command = {
  name: 'clusterip',
  short: 'Create a ClusterIP service',
  flags: [...createFlagsNoFile, tcpFlag, { name: 'clusterip', type: 'string', default: '' }],
  run: service('ClusterIP'),
};

const nodeport: Command = {
  name: 'nodeport',
  short: 'Create a NodePort service',
  flags: [...createFlagsNoFile, tcpFlag, { name: 'node-port', type: 'int', default: 0 }],
  run: service('NodePort'),
};

const loadbalancer: Command = {
  name: 'loadbalancer',
  short: 'Create a LoadBalancer service',
  flags: [...createFlagsNoFile, tcpFlag],
  run: service('LoadBalancer'),
};

const externalname: Command = {
  name: 'externalname',
  short: 'Create an ExternalName service',
  flags: [...createFlagsNoFile, tcpFlag, { name: 'external-name', type: 'string', default: '' }],
  run: service('ExternalName'),
};

export const createService: Command = {
  name: 'service',
  aliases: ['svc'],
  short: 'Create a service using a specified subcommand',
  flags: [],
  subcommands: [clusterip, externalname, loadbalancer, nodeport],
};
