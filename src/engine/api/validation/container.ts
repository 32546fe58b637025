// Mirrors validateContainers / validateContainerCommon and their helpers in
// pkg/apis/core/validation/validation.go: names, images, ports, env, volume
// mounts, pull policy, resources, probes and lifecycle handlers.
import type { Container, EnvFromSource, EnvVar, Probe, LifecycleHandler, VolumeMount } from 'kubernetes-types/core/v1';
import { duplicate, forbidden, invalid, notFound, notSupported, required, type FieldError } from '../errors.js';
import { isConfigMapKey, isDNS1123Label, isEnvVarName, isValidPortName, isValidPortNum, isQualifiedName } from './identifiers.js';
import { nameIsDNSSubdomain } from './names.js';
import { validateResourceRequirements } from './resources.js';
import { validateNonnegativeField } from './util.js';

export const supportedPortProtocols = ['SCTP', 'TCP', 'UDP'];

export function validateDNS1123Label(value: string, fld: string): FieldError[] {
  return isDNS1123Label(value).map((m) => invalid(fld, value, m));
}

/** ValidatePortNumOrName for an IntOrString. */
export function validatePortNumOrName(port: number | string | undefined, fld: string): FieldError[] {
  if (typeof port === 'string') return isValidPortName(port).map((m) => invalid(fld, port, m));
  const n = port ?? 0;
  return isValidPortNum(n).map((m) => invalid(fld, n, m));
}

function validateContainerPorts(c: Container, fld: string): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set<string>();
  (c.ports ?? []).forEach((p, i) => {
    const idx = `${fld}[${i}]`;
    if (p.name) {
      const msgs = isValidPortName(p.name);
      if (msgs.length) errs.push(...msgs.map((m) => invalid(`${idx}.name`, p.name, m)));
      else if (names.has(p.name)) errs.push(duplicate(`${idx}.name`, p.name));
      else names.add(p.name);
    }
    if (!p.containerPort) errs.push(required(`${idx}.containerPort`));
    else errs.push(...isValidPortNum(p.containerPort).map((m) => invalid(`${idx}.containerPort`, p.containerPort, m)));
    if (p.hostPort) errs.push(...isValidPortNum(p.hostPort).map((m) => invalid(`${idx}.hostPort`, p.hostPort, m)));
    if (!p.protocol) errs.push(required(`${idx}.protocol`));
    else if (!supportedPortProtocols.includes(p.protocol)) errs.push(notSupported(`${idx}.protocol`, p.protocol, supportedPortProtocols));
  });
  return errs;
}

const envFieldPaths = [
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'spec.nodeName',
  'spec.serviceAccountName',
  'status.hostIP',
  'status.hostIPs',
  'status.podIP',
  'status.podIPs',
];
/** Fields ConvertDownwardAPIFieldLabel accepts for v1 (besides subscripted labels/annotations). */
const convertibleFieldPaths = new Set([
  ...envFieldPaths,
  'metadata.annotations',
  'metadata.labels',
  'spec.restartPolicy',
  'spec.schedulerName',
  'status.phase',
]);
const resourceFieldPaths = ['limits.cpu', 'limits.ephemeral-storage', 'limits.memory', 'requests.cpu', 'requests.ephemeral-storage', 'requests.memory'];

/** validateObjectFieldSelector with the env var's allowed expressions. */
export function validateObjectFieldSelector(fs: { apiVersion?: string; fieldPath: string }, allowed: string[], fld: string): FieldError[] {
  if (!fs.apiVersion) return [required(`${fld}.apiVersion`)];
  if (!fs.fieldPath) return [required(`${fld}.fieldPath`)];
  const m = /^(metadata\.(?:labels|annotations))\['(.*)'\]$/.exec(fs.fieldPath);
  if (m) {
    const key = m[1] === 'metadata.annotations' ? m[2]!.toLowerCase() : m[2]!;
    return isQualifiedName(key).map((msg) => invalid(fld, key, msg));
  }
  if (!convertibleFieldPaths.has(fs.fieldPath)) {
    return [invalid(`${fld}.fieldPath`, fs.fieldPath, `error converting fieldPath: field label not supported: ${fs.fieldPath}`)];
  }
  if (!allowed.includes(fs.fieldPath)) return [notSupported(`${fld}.fieldPath`, fs.fieldPath, allowed)];
  return [];
}

function validateKeySelector(s: { name?: string; key: string }, fld: string): FieldError[] {
  const errs = nameIsDNSSubdomain(s.name ?? '', false).map((m) => invalid(`${fld}.name`, s.name ?? '', m));
  if (!s.key) errs.push(required(`${fld}.key`));
  else errs.push(...isConfigMapKey(s.key).map((m) => invalid(`${fld}.key`, s.key, m)));
  return errs;
}

/** ValidateEnv. */
export function validateEnv(vars: EnvVar[] | undefined, fld: string): FieldError[] {
  const errs: FieldError[] = [];
  (vars ?? []).forEach((ev, i) => {
    const idx = `${fld}[${i}]`;
    if (!ev.name) errs.push(required(`${idx}.name`));
    else errs.push(...isEnvVarName(ev.name).map((m) => invalid(`${idx}.name`, ev.name, m)));
    const vf = ev.valueFrom;
    if (!vf) return;
    const vfPath = `${idx}.valueFrom`;
    let n = 0;
    if (vf.fieldRef) {
      n++;
      errs.push(...validateObjectFieldSelector(vf.fieldRef, envFieldPaths, `${vfPath}.fieldRef`));
    }
    if (vf.resourceFieldRef) {
      n++;
      const r = vf.resourceFieldRef.resource;
      const rp = `${vfPath}.resourceFieldRef.resource`;
      if (!r) errs.push(required(rp));
      else if (!resourceFieldPaths.includes(r) && !/^(requests|limits)\.hugepages-/.test(r)) errs.push(notSupported(rp, r, resourceFieldPaths));
    }
    if (vf.configMapKeyRef) {
      n++;
      errs.push(...validateKeySelector(vf.configMapKeyRef, `${vfPath}.configMapKeyRef`));
    }
    if (vf.secretKeyRef) {
      n++;
      errs.push(...validateKeySelector(vf.secretKeyRef, `${vfPath}.secretKeyRef`));
    }
    if (n === 0) errs.push(invalid(vfPath, '', 'must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`'));
    else if (ev.value) errs.push(invalid(vfPath, '', 'may not be specified when `value` is not empty'));
    else if (n > 1) errs.push(invalid(vfPath, '', 'may not have more than one field specified at a time'));
  });
  return errs;
}

function validateEnvFrom(vars: EnvFromSource[] | undefined, fld: string): FieldError[] {
  const errs: FieldError[] = [];
  (vars ?? []).forEach((ev, i) => {
    const idx = `${fld}[${i}]`;
    if (ev.prefix) errs.push(...isEnvVarName(ev.prefix).map((m) => invalid(`${idx}.prefix`, ev.prefix, m)));
    let n = 0;
    for (const [k, ref] of [['configMapRef', ev.configMapRef], ['secretRef', ev.secretRef]] as const) {
      if (!ref) continue;
      n++;
      if (!ref.name) errs.push(required(`${idx}.${k}.name`));
      else errs.push(...nameIsDNSSubdomain(ref.name, true).map((m) => invalid(`${idx}.${k}.name`, ref.name, m)));
    }
    if (n === 0) errs.push(invalid(fld, '', 'must specify one of: `configMapRef` or `secretRef`'));
    else if (n > 1) errs.push(invalid(fld, '', 'may not have more than one field specified at a time'));
  });
  return errs;
}

/** ValidateVolumeMounts against the pod's volume names. */
function validateVolumeMounts(mounts: VolumeMount[] | undefined, volumes: ReadonlySet<string>, fld: string): FieldError[] {
  const errs: FieldError[] = [];
  const points = new Set<string>();
  (mounts ?? []).forEach((m, i) => {
    const idx = `${fld}[${i}]`;
    if (!m.name) errs.push(required(`${idx}.name`));
    if (!volumes.has(m.name)) errs.push(notFound(`${idx}.name`, m.name));
    if (!m.mountPath) errs.push(required(`${idx}.mountPath`));
    if (points.has(m.mountPath)) errs.push(invalid(`${idx}.mountPath`, m.mountPath, 'must be unique'));
    points.add(m.mountPath);
    if (m.subPath) errs.push(...validateLocalDescendingPath(m.subPath, `${fld}.subPath`));
    if (m.subPathExpr) {
      if (m.subPath) errs.push(invalid(`${idx}.subPathExpr`, m.subPathExpr, 'subPathExpr and subPath are mutually exclusive'));
      errs.push(...validateLocalDescendingPath(m.subPathExpr, `${fld}.subPathExpr`));
    }
  });
  return errs;
}

/** validateLocalDescendingPath: relative, no `..` element. */
export function validateLocalDescendingPath(p: string, fld: string): FieldError[] {
  const errs: FieldError[] = [];
  if (p.startsWith('/')) errs.push(invalid(fld, p, 'must be a relative path'));
  errs.push(...validatePathNoBacksteps(p, fld));
  return errs;
}

export function validatePathNoBacksteps(p: string, fld: string): FieldError[] {
  return p.split(/[\\/]/).includes('..') ? [invalid(fld, p, "must not contain '..'")] : [];
}

const pullPolicies = ['Always', 'IfNotPresent', 'Never'];

/** validateContainerCommon: what regular, init and ephemeral containers share. */
export function validateContainerCommon(c: Container, volumes: ReadonlySet<string>, fld: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!c.name) errs.push(required(`${fld}.name`));
  else errs.push(...validateDNS1123Label(c.name, `${fld}.name`));
  if (!c.image) errs.push(required(`${fld}.image`));
  const tmp = c.terminationMessagePolicy;
  if (!tmp) errs.push(required(`${fld}.terminationMessagePolicy`));
  else if (tmp !== 'File' && tmp !== 'FallbackToLogsOnError') {
    errs.push(notSupported(`${fld}.terminationMessagePolicy`, tmp, ['File', 'FallbackToLogsOnError']));
  }
  errs.push(...validateContainerPorts(c, `${fld}.ports`));
  errs.push(...validateEnv(c.env, `${fld}.env`));
  errs.push(...validateEnvFrom(c.envFrom, `${fld}.envFrom`));
  errs.push(...validateVolumeMounts(c.volumeMounts, volumes, `${fld}.volumeMounts`));
  const pp = c.imagePullPolicy;
  if (!pp) errs.push(required(`${fld}.imagePullPolicy`));
  else if (!pullPolicies.includes(pp)) errs.push(notSupported(`${fld}.imagePullPolicy`, pp, pullPolicies));
  errs.push(...validateResourceRequirements(c.resources, `${fld}.resources`));
  return errs;
}

type Handler = Pick<LifecycleHandler, 'exec' | 'httpGet' | 'tcpSocket' | 'sleep'> & { grpc?: Probe['grpc'] };

/** validateHandler: exactly one of exec, httpGet, tcpSocket, grpc, sleep. */
function validateHandler(h: Handler, gracePeriod: number | undefined, fld: string): FieldError[] {
  const errs: FieldError[] = [];
  let n = 0;
  const one = (key: string, present: unknown, check: () => FieldError[]): void => {
    if (!present) return;
    if (n > 0) errs.push(forbidden(`${fld}.${key}`, 'may not specify more than 1 handler type'));
    else {
      n++;
      errs.push(...check());
    }
  };
  one('exec', h.exec, () => (h.exec!.command?.length ? [] : [required(`${fld}.exec.command`)]));
  one('httpGet', h.httpGet, () => {
    const g = h.httpGet!;
    const e: FieldError[] = [];
    if (!g.path) e.push(required(`${fld}.httpGet.path`));
    e.push(...validatePortNumOrName(g.port, `${fld}.httpGet.port`));
    if (g.scheme !== 'HTTP' && g.scheme !== 'HTTPS') e.push(notSupported(`${fld}.httpGet.scheme`, g.scheme ?? '', ['HTTP', 'HTTPS']));
    return e;
  });
  one('tcpSocket', h.tcpSocket, () => validatePortNumOrName(h.tcpSocket!.port, `${fld}.tcpSocket.port`));
  one('grpc', h.grpc, () => validatePortNumOrName(h.grpc!.port, `${fld}.grpc.port`));
  one('sleep', h.sleep, () => {
    const s = h.sleep!.seconds;
    if (gracePeriod !== undefined && (s < 0 || s > gracePeriod)) {
      return [invalid(`${fld}.sleep`, s, `must be non-negative and less than terminationGracePeriodSeconds (${gracePeriod})`)];
    }
    return [];
  });
  if (n === 0) errs.push(required(fld, 'must specify a handler type'));
  return errs;
}

function validateProbe(p: Probe, gracePeriod: number | undefined, fld: string): FieldError[] {
  const errs = validateHandler(p, gracePeriod, fld);
  for (const k of ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold'] as const) {
    errs.push(...validateNonnegativeField(p[k], `${fld}.${k}`));
  }
  if (p.terminationGracePeriodSeconds !== undefined && p.terminationGracePeriodSeconds <= 0) {
    errs.push(invalid(`${fld}.terminationGracePeriodSeconds`, p.terminationGracePeriodSeconds, 'must be greater than 0'));
  }
  return errs;
}

/** Liveness, readiness and startup probes plus lifecycle hooks of one container. */
export function validateProbesAndLifecycle(c: Container, gracePeriod: number | undefined, fld: string): FieldError[] {
  const errs: FieldError[] = [];
  if (c.lifecycle) {
    if (c.lifecycle.postStart) errs.push(...validateHandler(c.lifecycle.postStart, gracePeriod, `${fld}.lifecycle.postStart`));
    if (c.lifecycle.preStop) errs.push(...validateHandler(c.lifecycle.preStop, gracePeriod, `${fld}.lifecycle.preStop`));
  }
  if (c.livenessProbe) {
    errs.push(...validateProbe(c.livenessProbe, gracePeriod, `${fld}.livenessProbe`));
    if ((c.livenessProbe.successThreshold ?? 0) !== 1) {
      errs.push(invalid(`${fld}.livenessProbe.successThreshold`, c.livenessProbe.successThreshold ?? 0, 'must be 1'));
    }
  }
  if (c.readinessProbe) {
    errs.push(...validateProbe(c.readinessProbe, gracePeriod, `${fld}.readinessProbe`));
    if (c.readinessProbe.terminationGracePeriodSeconds !== undefined) {
      errs.push(invalid(`${fld}.readinessProbe.terminationGracePeriodSeconds`, c.readinessProbe.terminationGracePeriodSeconds, 'must not be set for readinessProbes'));
    }
  }
  if (c.startupProbe) {
    errs.push(...validateProbe(c.startupProbe, gracePeriod, `${fld}.startupProbe`));
    if ((c.startupProbe.successThreshold ?? 0) !== 1) {
      errs.push(invalid(`${fld}.startupProbe.successThreshold`, c.startupProbe.successThreshold ?? 0, 'must be 1'));
    }
  }
  return errs;
}

/** AccumulateUniqueHostPorts over a list of containers. */
export function checkHostPortConflicts(containers: Container[], fld: string): FieldError[] {
  const seen = new Set<string>();
  const errs: FieldError[] = [];
  containers.forEach((c, ci) => {
    (c.ports ?? []).forEach((p, pi) => {
      if (!p.hostPort) return;
      const key = `${p.protocol ?? ''}/${p.hostIP ?? ''}/${p.hostPort}`;
      if (seen.has(key)) errs.push(duplicate(`${fld}[${ci}].ports[${pi}].hostPort`, key));
      else seen.add(key);
    });
  });
  return errs;
}
