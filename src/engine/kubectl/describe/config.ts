// Mirrors describe.go (v1.32) for ConfigMap, Secret, ServiceAccount (with its
// "(not found)" secret references) and Namespace (quota and LimitRange summaries).
// Data keys print in the object's order: v1.32 ranges over a Go map, in no fixed order.

import type { ConfigMap, Event, LimitRange, Namespace, ResourceQuota, Secret, ServiceAccount } from 'kubernetes-types/core/v1';
import { describeEvents } from './events.js';
import { byteCompare, printAnnotationsMultiline, printLabelsMultiline, quantityString, rfc1123z, sortedKeys } from './format.js';
import { LEVEL_0, LEVEL_1, type PrefixWriter, tabbedString } from './writer.js';

export function describeConfigMap(cm: ConfigMap, events: readonly Event[] | undefined, nowMs: number): string {
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${cm.metadata?.name ?? ''}\n`);
    w.write(LEVEL_0, `Namespace:\t${cm.metadata?.namespace ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', cm.metadata?.labels);
    printAnnotationsMultiline(w, 'Annotations', cm.metadata?.annotations);
    w.write(LEVEL_0, '\nData\n====\n');
    for (const [k, v] of Object.entries(cm.data ?? {})) {
      w.write(LEVEL_0, `${k}:\n----\n`);
      w.write(LEVEL_0, `${v}\n`);
      w.write(LEVEL_0, '\n');
    }
    w.write(LEVEL_0, '\nBinaryData\n====\n');
    for (const [k, v] of Object.entries(cm.binaryData ?? {})) w.write(LEVEL_0, `${k}: ${base64Length(v)} bytes\n`);
    w.write(LEVEL_0, '\n');
    if (events) describeEvents(events, w, nowMs);
  });
}

/** Decoded length of base64 text (Secret.data and ConfigMap.binaryData travel as base64). */
function base64Length(b64: string): number {
  const s = b64.replace(/\s/g, '');
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  return Math.floor((s.length * 3) / 4) - pad;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** base64 → UTF-8 text (the engine has no atob/TextDecoder in its lib). */
function base64Decode(b64: string): string {
  const s = b64.replace(/[\s=]/g, '');
  let bits = 0;
  let acc = 0;
  let pct = '';
  for (const ch of s) {
    acc = (acc << 6) | B64.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      pct += '%' + ((acc >> bits) & 0xff).toString(16).padStart(2, '0');
    }
  }
  try {
    return decodeURIComponent(pct);
  } catch {
    return unescape(pct);
  }
}

export function describeSecret(secret: Secret): string {
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${secret.metadata?.name ?? ''}\n`);
    w.write(LEVEL_0, `Namespace:\t${secret.metadata?.namespace ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', secret.metadata?.labels);
    printAnnotationsMultiline(w, 'Annotations', secret.metadata?.annotations);
    w.write(LEVEL_0, `\nType:\t${secret.type ?? ''}\n`);
    w.write(LEVEL_0, '\nData\n====\n');
    for (const [k, v] of Object.entries(secret.data ?? {})) {
      if (k === 'token' && secret.type === 'kubernetes.io/service-account-token') w.write(LEVEL_0, `${k}:\t${base64Decode(v)}\n`);
      else w.write(LEVEL_0, `${k}:\t${base64Length(v)} bytes\n`);
    }
  });
}

export function describeServiceAccount(sa: ServiceAccount, secrets: readonly Secret[], events: readonly Event[] | undefined, nowMs: number): string {
  const tokens = secrets.filter((s) => s.type === 'kubernetes.io/service-account-token' &&
    s.metadata?.annotations?.['kubernetes.io/service-account.name'] === sa.metadata?.name &&
    s.metadata?.annotations?.['kubernetes.io/service-account.uid'] === sa.metadata?.uid);
  const existing = new Set(secrets.map((s) => s.metadata?.name));
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${sa.metadata?.name ?? ''}\n`);
    w.write(LEVEL_0, `Namespace:\t${sa.metadata?.namespace ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', sa.metadata?.labels);
    printAnnotationsMultiline(w, 'Annotations', sa.metadata?.annotations);
    const emptyHeader = '                   ';
    const sections: Array<[string, string[]]> = [
      ['Image pull secrets:', (sa.imagePullSecrets ?? []).map((s) => s.name ?? '')],
      ['Mountable secrets: ', (sa.secrets ?? []).map((s) => s.name ?? '')],
      ['Tokens:            ', tokens.map((s) => s.metadata?.name ?? '')],
    ];
    for (const [header, names] of sections) {
      if (names.length === 0) {
        w.write(LEVEL_0, `${header}\t<none>\n`);
        continue;
      }
      let prefix = header;
      for (const name of names) {
        w.write(LEVEL_0, `${prefix}\t${name}${existing.has(name) ? '' : ' (not found)'}\n`);
        prefix = emptyHeader;
      }
    }
    if (events) describeEvents(events, w, nowMs);
  });
}

export function describeNamespace(ns: Namespace, quotas: readonly ResourceQuota[], limitRanges: readonly LimitRange[]): string {
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${ns.metadata?.name ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', ns.metadata?.labels);
    printAnnotationsMultiline(w, 'Annotations', ns.metadata?.annotations);
    w.write(LEVEL_0, `Status:\t${ns.status?.phase ?? ''}\n`);
    const conds = ns.status?.conditions ?? [];
    if (conds.length > 0) {
      w.write(LEVEL_0, 'Conditions:\n');
      w.write(LEVEL_1, 'Type\tStatus\tLastTransitionTime\tReason\tMessage\n');
      w.write(LEVEL_1, '----\t------\t------------------\t------\t-------\n');
      for (const c of conds) w.write(LEVEL_1, `${c.type}\t${c.status}\t${rfc1123z(c.lastTransitionTime)}\t${c.reason ?? ''}\t${c.message ?? ''}\n`);
    }
    w.write(LEVEL_0, '\n');
    describeResourceQuotas(quotas, w);
    w.write(LEVEL_0, '\n');
    describeLimitRanges(limitRanges, w);
  });
}

function describeResourceQuotas(quotas: readonly ResourceQuota[], w: PrefixWriter): void {
  if (quotas.length === 0) {
    w.write(LEVEL_0, 'No resource quota.\n');
    return;
  }
  w.write(LEVEL_0, 'Resource Quotas\n');
  for (const q of [...quotas].sort((a, b) => byteCompare(a.metadata?.name ?? '', b.metadata?.name ?? ''))) {
    w.write(LEVEL_1, `Name:\t${q.metadata?.name ?? ''}\n`);
    const scopes = [...(q.spec?.scopes ?? [])].sort(byteCompare);
    if (scopes.length > 0) w.write(LEVEL_1, `Scopes:\t${scopes.join(', ')}\n`);
    w.write(LEVEL_1, 'Resource\tUsed\tHard\n');
    w.write(LEVEL_1, '--------\t---\t---\n');
    const hard = q.status?.hard ?? {};
    for (const r of sortedKeys(hard)) w.write(LEVEL_1, `${r}\t${quantityString(q.status?.used?.[r] ?? '0')}\t${quantityString(hard[r])}\n`);
  }
}

function describeLimitRanges(lrs: readonly LimitRange[], w: PrefixWriter): void {
  if (lrs.length === 0) {
    w.write(LEVEL_0, 'No LimitRange resource.\n');
    return;
  }
  w.write(LEVEL_0, 'Resource Limits\n Type\tResource\tMin\tMax\tDefault Request\tDefault Limit\tMax Limit/Request Ratio\n');
  w.write(LEVEL_0, ' ----\t--------\t---\t---\t---------------\t-------------\t-----------------------\n');
  for (const lr of lrs) {
    for (const item of lr.spec?.limits ?? []) {
      const keys = new Set([...Object.keys(item.max ?? {}), ...Object.keys(item.min ?? {}), ...Object.keys(item.default ?? {}), ...Object.keys(item.defaultRequest ?? {}), ...Object.keys(item.maxLimitRequestRatio ?? {})]);
      const v = (m: { [k: string]: string | number } | undefined, k: string) => (m && m[k] !== undefined ? quantityString(m[k]) : '-');
      for (const k of keys) {
        w.write(LEVEL_0, ` ${item.type}\t${k}\t${v(item.min, k)}\t${v(item.max, k)}\t${v(item.defaultRequest, k)}\t${v(item.default, k)}\t${v(item.maxLimitRequestRatio, k)}\n`);
      }
    }
  }
}
