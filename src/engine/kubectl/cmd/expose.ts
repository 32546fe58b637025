// Mirrors staging/src/k8s.io/kubectl/pkg/cmd/expose/expose.go: a Service for a Pod,
// Service, ReplicaSet, ReplicationController or Deployment, its selector, ports and
// protocols read from the object unless given (MapBasedSelectorForObject, PortsForObject).
import type { Command, CommandContext } from '../command.js';
import { CmdError, UsageError } from '../command.js';
import { planResources, visitResources } from '../util/builder.js';
import { reportErrors } from './shared/errors.js';
import { withApplyAnnotation } from './shared/lastApplied.js';
import { dryRunFlag, dryRunStrategy, objectPrinter, printFlags, withDryRun } from './shared/print.js';

const exposable = new Set(['Pod', 'Service', 'ReplicationController', 'Deployment', 'ReplicaSet']);

function templateSpec(obj: any): any {
  return obj.kind === 'Pod' ? obj.spec : obj.spec?.template?.spec;
}

/** MapBasedSelectorForObject */
function selectorFor(obj: any): Record<string, string> {
  if (obj.kind === 'Pod') {
    if (!obj.metadata?.labels || !Object.keys(obj.metadata.labels).length) throw new Error(`the pod has no labels and cannot be exposed`);
    return obj.metadata.labels;
  }
  if (obj.kind === 'Service') {
    if (!obj.spec?.selector) throw new Error(`the service has no pod selector set`);
    return obj.spec.selector;
  }
  if (obj.kind === 'ReplicationController') return obj.spec?.selector ?? {};
  const sel = obj.spec?.selector ?? {};
  if (sel.matchExpressions?.length) {
    throw new Error(`couldn't convert expressions - "${JSON.stringify(sel.matchExpressions)}" to map-based selector format`);
  }
  return sel.matchLabels ?? {};
}

/** PortsForObject and ProtocolsForObject: every container port (or Service port), in order. */
function portsFor(obj: any): { port: number; protocol: string }[] {
  if (obj.kind === 'Service') return (obj.spec?.ports ?? []).map((p: any) => ({ port: p.port, protocol: p.protocol ?? 'TCP' }));
  const out: { port: number; protocol: string }[] = [];
  for (const c of templateSpec(obj)?.containers ?? []) {
    for (const p of c.ports ?? []) out.push({ port: p.containerPort, protocol: p.protocol ?? 'TCP' });
  }
  return out;
}

function atoi(s: string): number {
  if (!/^[+-]?\d+$/.test(s)) throw new CmdError(`strconv.Atoi: parsing "${s}": invalid syntax`);
  return Number(s);
}

function generate(ctx: CommandContext, obj: any): any {
  const f = ctx.flags;
  const selector = f.string('selector') ? parseSelectorMap(f.string('selector')) : selectorFrom(ctx, obj);
  const headless = f.string('cluster-ip') === 'None';
  const protocols = new Map<number, string>();
  for (const p of portsFor(obj)) if (!protocols.has(p.port)) protocols.set(p.port, p.protocol);
  let ports: number[];
  if (f.string('port')) ports = [atoi(f.string('port'))];
  else {
    ports = portsFor(obj).map((p) => p.port);
    if (!ports.length && !headless) throw new UsageError("couldn't find port via --port flag or introspection");
  }
  const protocol = f.string('protocol');
  const targetPort = f.string('target-port');
  const servicePorts = ports.map((port, i) => {
    const sp: any = {};
    if (ports.length > 1) sp.name = `port-${i + 1}`;
    sp.port = port;
    sp.protocol = protocol || protocols.get(port) || 'TCP';
    sp.targetPort = targetPort ? (/^\d+$/.test(targetPort) ? Number(targetPort) : targetPort) : port;
    return sp;
  });
  const labels = f.string('labels') ? parseSelectorMap(f.string('labels')) : obj.metadata?.labels;
  const name = f.string('name') || String(obj.metadata?.name ?? '').slice(0, 63);
  const spec: any = { ports: servicePorts, selector };
  if (f.string('cluster-ip')) spec.clusterIP = f.string('cluster-ip');
  if (f.string('type')) spec.type = f.string('type');
  if (f.strings('external-ip').length) spec.externalIPs = f.strings('external-ip');
  if (f.string('load-balancer-ip')) spec.loadBalancerIP = f.string('load-balancer-ip');
  const affinity = f.string('session-affinity');
  if (affinity) {
    if (affinity !== 'None' && affinity !== 'ClientIP') throw new CmdError(`unknown session affinity: ${affinity}`);
    spec.sessionAffinity = affinity;
  }
  const metadata: any = { name, creationTimestamp: null };
  if (labels && Object.keys(labels).length) metadata.labels = labels;
  return { apiVersion: 'v1', kind: 'Service', metadata, spec, status: { loadBalancer: {} } };
}

function selectorFrom(ctx: CommandContext, obj: any): Record<string, string> {
  try {
    return selectorFor(obj);
  } catch (e) {
    throw new UsageError(`couldn't retrieve selectors via --selector flag or introspection: ${(e as Error).message}`);
  }
}

/** ParseLabels: `a=b,c=d` into a map; anything else is `invalid label spec`. */
function parseSelectorMap(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of s.split(',')) {
    const kv = part.split('=');
    if (kv.length !== 2 || !kv[0]) throw new CmdError(`invalid label spec: ${part}`);
    out[kv[0]] = kv[1]!;
  }
  return out;
}

function run(ctx: CommandContext): number {
  const f = ctx.flags;
  const dryRun = dryRunStrategy(ctx);
  const printer = objectPrinter(ctx);
  const plan = planResources(ctx.io, {
    args: f.args,
    filenames: f.strings('filename'),
    recursive: f.bool('recursive'),
    namespace: ctx.namespace,
    enforceNamespace: ctx.explicitNamespace,
  });
  const visited = visitResources(ctx.deps.client, plan, { latest: true });
  // Visit stops at the first error, as expose's builder is not ContinueOnError
  for (const item of visited.items) {
    const obj = item.object;
    if (!exposable.has(obj.kind)) throw new CmdError(`cannot expose a ${obj.kind}`);
    let svc = generate(ctx, obj);
    if (dryRun === 'client') {
      if (ctx.explicitNamespace) svc.metadata.namespace = ctx.namespace;
      printer.print(svc, withDryRun('exposed', dryRun));
      continue;
    }
    if (f.bool('save-config')) svc = withApplyAnnotation(svc);
    svc = ctx.deps.client.create('', 'services', ctx.namespace, svc, { dryRun: dryRun === 'server' });
    printer.print({ apiVersion: 'v1', kind: 'Service', ...svc }, withDryRun('exposed', dryRun));
  }
  return reportErrors(ctx, visited.errors);
}

export const exposeCommand: Command = {
  name: 'expose',
  short: 'Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service',
  flags: [
    { name: 'filename', short: 'f', type: 'stringSlice', default: [] },
    { name: 'recursive', short: 'R', type: 'bool', default: false },
    { name: 'kustomize', short: 'k', type: 'string', default: '' },
    { name: 'protocol', type: 'string', default: '' },
    { name: 'port', type: 'string', default: '' },
    { name: 'type', type: 'string', default: '' },
    { name: 'load-balancer-ip', type: 'string', default: '' },
    { name: 'selector', type: 'string', default: '' },
    { name: 'labels', short: 'l', type: 'string', default: '' },
    { name: 'target-port', type: 'string', default: '' },
    { name: 'external-ip', type: 'stringSlice', default: [] },
    { name: 'name', type: 'string', default: '' },
    { name: 'session-affinity', type: 'string', default: '' },
    { name: 'cluster-ip', type: 'string', default: '' },
    { name: 'override-type', type: 'string', default: 'merge' },
    { name: 'overrides', type: 'string', default: '' },
    { name: 'save-config', type: 'bool', default: false },
    { name: 'record', type: 'bool', default: false },
    { name: 'field-manager', type: 'string', default: 'kubectl-expose' },
    dryRunFlag,
    ...printFlags,
  ],
  run,
};
