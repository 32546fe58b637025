// Mirrors pkg/kubelet/volumemanager and the in-tree volume plugins the lab has:
// emptyDir, hostPath, configMap, secret, downwardAPI and projected. Every volume is a
// directory under /var/lib/kubelet/pods/<uid>/volumes/<plugin>/<name> on the
// node (hostPath is the node path itself), bind-mounted into the containers;
// it lives as long as the Pod, not the container.
// A persistentVolumeClaim mounts its bound PersistentVolume's path on the node
// (hostPath or local), so its data outlives the Pod.
import type { ConfigMap, Container, PersistentVolume, PersistentVolumeClaim, Pod, Secret, Volume } from 'kubernetes-types/core/v1';
import type { Mount } from '../runtime/cri.js';
import type { VolumeHost } from './types.js';
import { base64Decode } from './base64.js';

export const podsDir = '/var/lib/kubelet/pods';

export interface VolumeSources {
  getConfigMap(ns: string, name: string): ConfigMap | undefined;
  getSecret(ns: string, name: string): Secret | undefined;
  getPersistentVolumeClaim?(ns: string, name: string): PersistentVolumeClaim | undefined;
  getPersistentVolume?(name: string): PersistentVolume | undefined;
}

/** The node path of the volume bound to a Pod's claim, or undefined while it is not bound. */
function claimPath(pod: Pod, v: Volume, src: VolumeSources | undefined): string | undefined {
  const pvc = src?.getPersistentVolumeClaim?.(pod.metadata?.namespace ?? 'default', v.persistentVolumeClaim!.claimName);
  const pv = pvc?.spec?.volumeName && pvc.status?.phase === 'Bound' ? src?.getPersistentVolume?.(pvc.spec.volumeName) : undefined;
  return pv?.spec?.hostPath?.path ?? pv?.spec?.local?.path;
}

function pluginDir(v: Volume): string {
  if (v.configMap) return 'kubernetes.io~configmap';
  if (v.secret) return 'kubernetes.io~secret';
  if (v.downwardAPI) return 'kubernetes.io~downward-api';
  if (v.projected) return 'kubernetes.io~projected';
  if (v.persistentVolumeClaim) return 'kubernetes.io~csi';
  return 'kubernetes.io~empty-dir';
}

export function volumePath(pod: Pod, v: Volume, src?: VolumeSources): string {
  if (v.hostPath) return v.hostPath.path;
  if (v.persistentVolumeClaim) {
    const p = claimPath(pod, v, src);
    if (p) return p;
  }
  return `${podsDir}/${pod.metadata?.uid}/volumes/${pluginDir(v)}/${v.name}`;
}


/** A failed MountVolume.SetUp: the message of the FailedMount event. */
export class MountError extends Error {}

/** A claim not bound yet: the volume manager keeps waiting (WaitForAttachAndMount) without an event. */
export class VolumePending extends MountError {}

/**
 * What a Pod's volumes were last set up with: the files written per volume directory
 * and its bound token (the kubelet's token manager keeps a Pod's token until it nears
 * expiry; the lab's never expires).
 */
export interface VolumeMemo {
  written: Map<string, Record<string, string>>;
  token?: string;
}

export const newVolumeMemo = (): VolumeMemo => ({ written: new Map() });

/**
 * SetUp every volume of the Pod. Idempotent, as the kubelet's periodic remount is:
 * configMap and secret volumes pick up changes on the next sync, and a volume whose
 * files are what was written last time is left alone (AtomicWriter writes only a
 * changed payload; it compares with the files, the memo with what it wrote).
 */
export function setUpVolumes(pod: Pod, host: VolumeHost | undefined, src: VolumeSources, memo: VolumeMemo = newVolumeMemo()): void {
  const ns = pod.metadata?.namespace ?? 'default';
  for (const v of pod.spec?.volumes ?? []) {
    if (v.persistentVolumeClaim && src.getPersistentVolumeClaim) {
      const claimName = v.persistentVolumeClaim.claimName;
      if (!src.getPersistentVolumeClaim(ns, claimName)) throw new MountError(`Unable to attach or mount volumes: unmounted volumes=[${v.name}], unattached volumes=[], failed to process volumes=[${v.name}]: error processing PVC ${ns}/${claimName}: PVC is not bound`);
      if (!claimPath(pod, v, src)) throw new VolumePending(`volume "${v.name}": claim ${ns}/${claimName} is not bound yet`);
    }
    const dir = volumePath(pod, v, src);
    const fail = (msg: string) => new MountError(`MountVolume.SetUp failed for volume "${v.name}" : ${msg}`);
    let files: Record<string, string> = {};
    if (v.configMap) {
      const cm = src.getConfigMap(ns, v.configMap.name ?? '');
      if (!cm) {
        if (v.configMap.optional) continue;
        throw fail(`configmap "${v.configMap.name}" not found`);
      }
      files = pick(cm.data ?? {}, v.configMap.items, (x) => x);
    } else if (v.secret) {
      const s = src.getSecret(ns, v.secret.secretName ?? '');
      if (!s) {
        if (v.secret.optional) continue;
        throw fail(`secret "${v.secret.secretName}" not found`);
      }
      files = pick(s.data ?? {}, v.secret.items, base64Decode);
    } else if (v.downwardAPI) {
      downwardFiles(pod, v.downwardAPI.items, files);
    } else if (v.projected) {
      // projected.go: the sources' files in one directory (the kube-api-access volume).
      for (const p of v.projected.sources ?? []) {
        if (p.configMap) {
          const cm = src.getConfigMap(ns, p.configMap.name ?? '');
          if (!cm) {
            if (p.configMap.optional) continue;
            throw fail(`configmap "${p.configMap.name}" not found`);
          }
          Object.assign(files, pick(cm.data ?? {}, p.configMap.items, (x) => x));
        } else if (p.secret) {
          const sec = src.getSecret(ns, p.secret.name ?? '');
          if (!sec) {
            if (p.secret.optional) continue;
            throw fail(`secret "${p.secret.name}" not found`);
          }
          Object.assign(files, pick(sec.data ?? {}, p.secret.items, base64Decode));
        } else if (p.downwardAPI) downwardFiles(pod, p.downwardAPI.items, files);
        else if (p.serviceAccountToken) files[p.serviceAccountToken.path] = memo.token ??= serviceAccountToken(pod);
      }
    }
    if (!host) continue;
    const last = memo.written.get(dir);
    if (last && samePayload(last, files)) continue;
    host.mkdirAll(dir);
    for (const [name, data] of Object.entries(files)) host.writeFile(`${dir}/${name}`, data);
    memo.written.set(dir, files);
  }
}

function samePayload(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const k of keys) if (a[k] !== b[k]) return false;
  return true;
}

function downwardFiles(pod: Pod, items: { path: string; fieldRef?: { fieldPath: string } }[] | undefined, files: Record<string, string>): void {
  for (const item of items ?? []) {
    const fp = item.fieldRef?.fieldPath ?? '';
    if (fp === 'metadata.labels') files[item.path] = formatMap(pod.metadata?.labels);
    else if (fp === 'metadata.annotations') files[item.path] = formatMap(pod.metadata?.annotations);
    else if (fp === 'metadata.name') files[item.path] = pod.metadata?.name ?? '';
    else if (fp === 'metadata.namespace') files[item.path] = pod.metadata?.namespace ?? 'default';
    else if (fp === 'metadata.uid') files[item.path] = pod.metadata?.uid ?? '';
  }
}

/** A bound token's shape (header.claims.signature); the lab signs nothing. */
function serviceAccountToken(pod: Pod): string {
  const claims = { aud: ['https://kubernetes.default.svc.cluster.local'], iss: 'https://kubernetes.default.svc.cluster.local', kubernetes: { namespace: pod.metadata?.namespace, pod: { name: pod.metadata?.name, uid: pod.metadata?.uid }, serviceaccount: { name: pod.spec?.serviceAccountName ?? 'default' } }, sub: `system:serviceaccount:${pod.metadata?.namespace}:${pod.spec?.serviceAccountName ?? 'default'}` };
  return `${tokenHeader}.${base64url(JSON.stringify(claims))}.${base64url(pod.metadata?.uid ?? '')}`;
}

const base64urlAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** base64url without padding (RFC 4648 §5) of ASCII text (names and UIDs), as one flat string. */
export function base64url(s: string): string {
  const a = base64urlAlphabet;
  const out: string[] = [];
  for (let i = 0; i < s.length; i += 3) {
    const b1 = i + 1 < s.length ? s.charCodeAt(i + 1) & 255 : 0;
    const b2 = i + 2 < s.length ? s.charCodeAt(i + 2) & 255 : 0;
    const n = ((s.charCodeAt(i) & 255) << 16) | (b1 << 8) | b2;
    const quad = a[(n >> 18) & 63]! + a[(n >> 12) & 63]!;
    out.push(i + 2 < s.length ? quad + a[(n >> 6) & 63]! + a[n & 63]! : i + 1 < s.length ? quad + a[(n >> 6) & 63]! : quad);
  }
  return out.join('');
}

const tokenHeader = base64url(JSON.stringify({ alg: 'RS256', kid: 'kubelab' }));

function pick(data: Record<string, string>, items: { key: string; path: string }[] | undefined, conv: (s: string) => string): Record<string, string> {
  const out: Record<string, string> = {};
  if (items?.length) for (const it of items) out[it.path] = conv(data[it.key] ?? '');
  else for (const [k, v] of Object.entries(data)) out[k] = conv(v);
  return out;
}

/** The downward API's `key="value"` lines, sorted. */
function formatMap(m: Record<string, string> | undefined): string {
  return Object.keys(m ?? {})
    .sort()
    .map((k) => `${k}="${m![k]}"`)
    .join('\n');
}

/** The container's bind mounts (subPath joins the volume's directory). */
export function containerMounts(pod: Pod, c: Container, src?: VolumeSources): Mount[] {
  const vols = new Map((pod.spec?.volumes ?? []).map((v) => [v.name, v]));
  const out: Mount[] = [];
  for (const m of c.volumeMounts ?? []) {
    const v = vols.get(m.name);
    if (!v) continue;
    const base = volumePath(pod, v, src);
    out.push({ containerPath: m.mountPath, hostPath: m.subPath ? `${base}/${m.subPath}` : base, readonly: !!m.readOnly || !!v.configMap || !!v.secret || !!v.downwardAPI || !!v.projected });
  }
  return out;
}

/** Remove the Pod's volume directories once it is gone (hostPath is never touched). */
export function tearDownVolumes(pod: Pod, host: VolumeHost | undefined): void {
  host?.removeAll(`${podsDir}/${pod.metadata?.uid}`);
}
