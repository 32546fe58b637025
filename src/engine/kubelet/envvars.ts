// Mirrors pkg/kubelet/kubelet_pods.go makeEnvironmentVariables and
// pkg/kubelet/envvars: envFrom, env (literal, fieldRef, resourceFieldRef,
// configMapKeyRef, secretKeyRef) with $(VAR) expansion, and the Docker-link
// style variables of the Services in the Pod's namespace (enableServiceLinks)
// plus the `kubernetes` Service's, which every container gets.
import type { ConfigMap, Container, EnvVar, Pod, Secret, Service } from 'kubernetes-types/core/v1';
import { parseQuantity } from '../api/quantity.js';
import { base64Decode } from './base64.js';

export interface EnvSources {
  getConfigMap(ns: string, name: string): ConfigMap | undefined;
  getSecret(ns: string, name: string): Secret | undefined;
  /** Services of a namespace, as the kubelet's service lister has them. */
  services(ns: string): Service[];
  podIP: string;
  hostIP: string;
  nodeName: string;
}

/** A CreateContainerConfigError: the container cannot be created until its inputs exist. */
export class ContainerConfigError extends Error {}

/** expansion.Expand: `$(VAR)` from earlier variables; `$$(VAR)` stays literal `$(VAR)`; unknown names stay as written. */
export function expand(s: string, vars: Map<string, string>): string {
  return s.replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)/g, (m, name: string | undefined) => {
    if (m === '$$') return '$';
    return vars.has(name!) ? vars.get(name!)! : m;
  });
}


/** envvars.FromServices: FOO_SERVICE_HOST, FOO_SERVICE_PORT, FOO_PORT, FOO_PORT_80_TCP… */
export function serviceEnv(services: Service[]): [string, string][] {
  const out: [string, string][] = [];
  for (const svc of [...services].sort((a, b) => (a.metadata!.name! < b.metadata!.name! ? -1 : 1))) out.push(...envOfService(svc));
  return out;
}

/**
 * One Service's variables, remembered per stored object (stored objects are immutable): every
 * Pod of a namespace gets the same ones, so its containers share these strings.
 */
const envOf = new WeakMap<Service, readonly [string, string][]>();

function envOfService(svc: Service): readonly [string, string][] {
  let env = envOf.get(svc);
  if (!env) {
    env = computeServiceEnv(svc);
    if (Object.isFrozen(svc)) envOf.set(svc, env);
  }
  return env;
}

function computeServiceEnv(svc: Service): [string, string][] {
  const out: [string, string][] = [];
  const ip = svc.spec?.clusterIP;
  const ports = svc.spec?.ports ?? [];
  // Headless Services and Services without ports give no variables.
  if (ip && ip !== 'None' && ports.length) {
    const name = svc.metadata!.name!.toUpperCase().replace(/-/g, '_');
    out.push([`${name}_SERVICE_HOST`, ip]);
    out.push([`${name}_SERVICE_PORT`, String(ports[0]!.port)]);
    for (const p of ports) if (p.name) out.push([`${name}_SERVICE_PORT_${p.name.toUpperCase().replace(/-/g, '_')}`, String(p.port)]);
    const first = ports[0]!;
    out.push([`${name}_PORT`, `${(first.protocol ?? 'TCP').toLowerCase()}://${ip}:${first.port}`]);
    for (const p of ports) {
      const proto = p.protocol ?? 'TCP';
      const prefix = `${name}_PORT_${p.port}_${proto.toUpperCase()}`;
      out.push([prefix, `${proto.toLowerCase()}://${ip}:${p.port}`]);
      out.push([`${prefix}_PROTO`, proto.toLowerCase()]);
      out.push([`${prefix}_PORT`, String(p.port)]);
      out.push([`${prefix}_ADDR`, ip]);
    }
  }
  return out;
}

function fieldRef(pod: Pod, path: string, src: EnvSources): string {
  const m = /^metadata\.(labels|annotations)\['(.*)'\]$/.exec(path);
  if (m) return (m[1] === 'labels' ? pod.metadata?.labels : pod.metadata?.annotations)?.[m[2]!] ?? '';
  switch (path) {
    case 'metadata.name':
      return pod.metadata?.name ?? '';
    case 'metadata.namespace':
      return pod.metadata?.namespace ?? '';
    case 'metadata.uid':
      return pod.metadata?.uid ?? '';
    case 'spec.nodeName':
      return src.nodeName;
    case 'spec.serviceAccountName':
      return pod.spec?.serviceAccountName ?? '';
    case 'status.hostIP':
    case 'status.hostIPs':
      return src.hostIP;
    case 'status.podIP':
    case 'status.podIPs':
      return src.podIP;
    default:
      return '';
  }
}

/** resourceFieldRef: limits.memory in bytes, limits.cpu rounded up to whole cores (divisor 1), else the node's. */
function resourceField(container: Container, resource: string, divisor?: string): string {
  const [kind, name] = resource.split('.') as ['limits' | 'requests', string];
  const v = container.resources?.[kind]?.[name];
  if (v === undefined) return name === 'cpu' ? '2' : name === 'memory' ? String(4015476 * 1024) : '0';
  const q = parseQuantity(String(v));
  const d = divisor ? parseQuantity(divisor).asApproximateFloat64() : 1;
  return String(Math.ceil(q.asApproximateFloat64() / d));
}

export function makeEnvironmentVariables(pod: Pod, container: Container, src: EnvSources): { key: string; value: string }[] {
  const ns = pod.metadata?.namespace ?? 'default';
  const vars = new Map<string, string>();
  for (const from of container.envFrom ?? []) {
    const prefix = from.prefix ?? '';
    if (from.configMapRef) {
      const cm = src.getConfigMap(ns, from.configMapRef.name ?? '');
      if (!cm) {
        if (from.configMapRef.optional) continue;
        throw new ContainerConfigError(`configmap "${from.configMapRef.name}" not found`);
      }
      for (const [k, v] of Object.entries(cm.data ?? {})) vars.set(prefix + k, v);
    } else if (from.secretRef) {
      const s = src.getSecret(ns, from.secretRef.name ?? '');
      if (!s) {
        if (from.secretRef.optional) continue;
        throw new ContainerConfigError(`secret "${from.secretRef.name}" not found`);
      }
      for (const [k, v] of Object.entries(s.data ?? {})) vars.set(prefix + k, base64Decode(v));
    }
  }
  // Service links are visible to $(VAR) expansion, as upstream builds them first.
  const svcVars = new Map<string, string>();
  const services = pod.spec?.enableServiceLinks === false ? [] : src.services(ns);
  const master = src.services('default').filter((s) => s.metadata?.name === 'kubernetes');
  for (const [k, v] of serviceEnv(ns === 'default' ? services : [...services, ...master])) svcVars.set(k, v);
  if (pod.spec?.enableServiceLinks === false && ns === 'default') for (const [k, v] of serviceEnv(master)) svcVars.set(k, v);
  const scope = new Map([...svcVars, ...vars]);
  for (const e of container.env ?? []) {
    const value = envValue(pod, container, e, src, scope);
    if (value === undefined) continue;
    vars.set(e.name, value);
    scope.set(e.name, value);
  }
  for (const [k, v] of svcVars) if (!vars.has(k)) vars.set(k, v);
  return [...vars].map(([key, value]) => ({ key, value }));
}

function envValue(pod: Pod, container: Container, e: EnvVar, src: EnvSources, scope: Map<string, string>): string | undefined {
  const ns = pod.metadata?.namespace ?? 'default';
  if (e.value !== undefined) return expand(e.value, scope);
  const vf = e.valueFrom;
  if (!vf) return '';
  if (vf.fieldRef) return fieldRef(pod, vf.fieldRef.fieldPath, src);
  if (vf.resourceFieldRef) return resourceField(container, vf.resourceFieldRef.resource, vf.resourceFieldRef.divisor as string | undefined);
  if (vf.configMapKeyRef) {
    const ref = vf.configMapKeyRef;
    const cm = src.getConfigMap(ns, ref.name ?? '');
    if (!cm) {
      if (ref.optional) return undefined;
      throw new ContainerConfigError(`configmap "${ref.name}" not found`);
    }
    const v = cm.data?.[ref.key];
    if (v === undefined) {
      if (ref.optional) return undefined;
      throw new ContainerConfigError(`couldn't find key ${ref.key} in ConfigMap ${ns}/${ref.name}`);
    }
    return v;
  }
  if (vf.secretKeyRef) {
    const ref = vf.secretKeyRef;
    const s = src.getSecret(ns, ref.name ?? '');
    if (!s) {
      if (ref.optional) return undefined;
      throw new ContainerConfigError(`secret "${ref.name}" not found`);
    }
    const v = s.data?.[ref.key];
    if (v === undefined) {
      if (ref.optional) return undefined;
      throw new ContainerConfigError(`couldn't find key ${ref.key} in Secret ${ns}/${ref.name}`);
    }
    return base64Decode(v);
  }
  return '';
}
