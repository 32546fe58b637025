// Mirrors the storage keys kube-apiserver writes to etcd:
// /registry/<resource>/<namespace>/<name>, with the group prepended for
// non-core groups so that no two resources share a prefix.
import { qualifiedResource } from '../api/errors.js';
import type { ResourceInfo } from '../api/resources.js';

export function resourcePrefix(info: ResourceInfo): string {
  return `/registry/${qualifiedResource(info.group, info.name)}/`;
}

/** Prefix for a list or watch: all namespaces when namespace is empty. */
export function listPrefix(info: ResourceInfo, namespace: string | undefined): string {
  const base = resourcePrefix(info);
  return info.namespaced && namespace ? `${base}${namespace}/` : base;
}

export function objectKey(info: ResourceInfo, namespace: string | undefined, name: string): string {
  return info.namespaced ? `${resourcePrefix(info)}${namespace}/${name}` : `${resourcePrefix(info)}${name}`;
}
