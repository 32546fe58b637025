// Mirrors ValidateService / ValidateServiceUpdate in pkg/apis/core/validation/validation.go:
// ports, types, clusterIPs, traffic policies. Allocation errors (IP or NodePort in use,
// out of range) come from the registry's allocators, see apiserver/registry/services.ts.
import type { Service, ServicePort } from 'kubernetes-types/core/v1';
import { GoValue, duplicate, forbidden, goQuote, invalid, notSupported, required, type FieldError } from '../errors.js';
import { isValidPortNum, validateIP } from './identifiers.js';
import { nameIsDNS1035Label, validateLabels, validateObjectMeta } from './names.js';
import { supportedPortProtocols, validateDNS1123Label, validatePortNumOrName } from './container.js';
import { validateObjectMetaUpdate } from './meta.js';
import { goIntOrString, goStringSlice } from './util.js';

const serviceTypes = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];
const ipFamilyPolicies = ['PreferDualStack', 'RequireDualStack', 'SingleStack'];

export function isHeadlessService(svc: Service): boolean {
  return svc.spec?.clusterIP === 'None' || svc.spec?.clusterIPs?.[0] === 'None';
}

/** %#v of the (protocol, port) key upstream reports for a duplicate port. */
function goServicePortKey(p: ServicePort): GoValue {
  return new GoValue(
    `core.ServicePort{Name:"", Protocol:${goQuote(p.protocol ?? '')}, AppProtocol:(*string)(nil), Port:${p.port}, TargetPort:${goIntOrString(0).text}, NodePort:0}`,
  );
}

function validateServicePort(sp: ServicePort, requireName: boolean, names: Set<string>, fld: string): FieldError[] {
  const errs: FieldError[] = [];
  if (requireName && !sp.name) errs.push(required(`${fld}.name`));
  else if (sp.name) {
    errs.push(...validateDNS1123Label(sp.name, `${fld}.name`));
    if (names.has(sp.name)) errs.push(duplicate(`${fld}.name`, sp.name));
    else names.add(sp.name);
  }
  errs.push(...isValidPortNum(sp.port ?? 0).map((m) => invalid(`${fld}.port`, sp.port ?? 0, m)));
  if (!sp.protocol) errs.push(required(`${fld}.protocol`));
  else if (!supportedPortProtocols.includes(sp.protocol)) errs.push(notSupported(`${fld}.protocol`, sp.protocol, supportedPortProtocols));
  errs.push(...validatePortNumOrName(sp.targetPort, `${fld}.targetPort`));
  return errs;
}

export function validateService(svc: Service): FieldError[] {
  const errs = validateObjectMeta(svc.metadata ?? {}, true, nameIsDNS1035Label, 'metadata');
  const spec = svc.spec ?? {};
  const ports = spec.ports ?? [];
  const headless = isHeadlessService(svc);
  if (ports.length === 0 && !headless && spec.type !== 'ExternalName') errs.push(required('spec.ports'));
  switch (spec.type) {
    case 'LoadBalancer':
    case 'NodePort':
      if (headless) errs.push(invalid('spec.clusterIPs[0]', spec.clusterIPs?.[0] ?? 'None', `may not be set to 'None' for ${spec.type} services`));
      break;
    case 'ExternalName': {
      if (spec.clusterIPs?.length) errs.push(forbidden('spec.clusterIPs', 'may not be set for ExternalName services'));
      if (spec.ipFamilies?.length) errs.push(forbidden('spec.ipFamilies', 'may not be set for ExternalName services'));
      if (spec.ipFamilyPolicy) errs.push(forbidden('spec.ipFamilyPolicy', 'may not be set for ExternalName services'));
      const cname = (spec.externalName ?? '').replace(/\.$/, '');
      if (!cname) errs.push(required('spec.externalName'));
      break;
    }
  }
  const names = new Set<string>();
  ports.forEach((p, i) => errs.push(...validateServicePort(p, ports.length > 1, names, `spec.ports[${i}]`)));
  if (spec.selector) errs.push(...validateLabels(spec.selector, 'spec.selector'));
  const sa = spec.sessionAffinity ?? '';
  if (!sa) errs.push(required('spec.sessionAffinity'));
  else if (sa !== 'ClientIP' && sa !== 'None') errs.push(notSupported('spec.sessionAffinity', sa, ['ClientIP', 'None']));
  if (sa === 'None' && spec.sessionAffinityConfig) errs.push(forbidden('spec.sessionAffinityConfig', 'must not be set when session affinity is None'));
  errs.push(...validateClusterIPs(svc));
  (spec.externalIPs ?? []).forEach((ip, i) => errs.push(...validateIP(`spec.externalIPs[${i}]`, ip)));
  const type = spec.type ?? '';
  if (!type) errs.push(required('spec.type'));
  else if (!serviceTypes.includes(type)) errs.push(notSupported('spec.type', type, serviceTypes));
  if (type === 'ClusterIP') {
    ports.forEach((p, i) => {
      if (p.nodePort) errs.push(forbidden(`spec.ports[${i}].nodePort`, "may not be used when `type` is 'ClusterIP'"));
    });
  }
  const nodePorts = new Set<string>();
  ports.forEach((p, i) => {
    if (!p.nodePort) return;
    const k = `${p.protocol}/${p.nodePort}`;
    if (nodePorts.has(k)) errs.push(duplicate(`spec.ports[${i}].nodePort`, p.nodePort));
    nodePorts.add(k);
  });
  const seen = new Set<string>();
  ports.forEach((p, i) => {
    const k = `${p.protocol}/${p.port}`;
    if (seen.has(k)) errs.push(duplicate(`spec.ports[${i}]`, goServicePortKey(p)));
    seen.add(k);
  });
  const external = type === 'NodePort' || type === 'LoadBalancer' || (spec.externalIPs?.length ?? 0) > 0;
  const etp = spec.externalTrafficPolicy ?? '';
  if (!external) {
    if (etp) errs.push(invalid('spec.externalTrafficPolicy', etp, 'may only be set for externally-accessible services'));
  } else if (!etp) errs.push(required('spec.externalTrafficPolicy'));
  else if (etp !== 'Cluster' && etp !== 'Local') errs.push(notSupported('spec.externalTrafficPolicy', etp, ['Cluster', 'Local']));
  const itp = spec.internalTrafficPolicy;
  if (itp === undefined) {
    if (type === 'NodePort' || type === 'LoadBalancer' || type === 'ClusterIP') errs.push(required('spec.internalTrafficPolicy'));
  } else if (itp !== 'Cluster' && itp !== 'Local') errs.push(notSupported('spec.internalTrafficPolicy', itp, ['Cluster', 'Local']));
  return errs;
}

/** ValidateServiceClusterIPsRelatedFields (single-stack cluster). */
function validateClusterIPs(svc: Service): FieldError[] {
  const errs: FieldError[] = [];
  const spec = svc.spec ?? {};
  const ips = spec.clusterIPs ?? [];
  if (spec.ipFamilyPolicy && !ipFamilyPolicies.includes(spec.ipFamilyPolicy)) {
    errs.push(notSupported('spec.ipFamilyPolicy', spec.ipFamilyPolicy, ipFamilyPolicies));
  }
  (spec.ipFamilies ?? []).forEach((f, i) => {
    if (f !== 'IPv4' && f !== 'IPv6') errs.push(notSupported(`spec.ipFamilies[${i}]`, f, ['IPv4', 'IPv6']));
  });
  if (spec.type === 'ExternalName') return errs;
  if (ips.length > 0 && spec.clusterIP !== ips[0]) {
    errs.push(invalid('spec.clusterIPs', goStringSlice(ips), 'first value must match `clusterIP`'));
  }
  if (ips.length > 2) errs.push(invalid('spec.clusterIPs', goStringSlice(ips), 'may only hold up to 2 values'));
  ips.forEach((ip, i) => {
    if (ip === 'None') {
      if (ips.length > 1) errs.push(invalid(`spec.clusterIPs[${i}]`, ip, "'None' must be the first and only value"));
      return;
    }
    errs.push(...validateIP(`spec.clusterIPs[${i}]`, ip));
  });
  return errs;
}

export function validateServiceUpdate(svc: Service, old: Service): FieldError[] {
  const errs = validateObjectMetaUpdate(svc.metadata ?? {}, old.metadata ?? {});
  const wasExternalName = old.spec?.type === 'ExternalName';
  const isExternalName = svc.spec?.type === 'ExternalName';
  if (!wasExternalName && !isExternalName) {
    const oldIPs = old.spec?.clusterIPs ?? [];
    const newIPs = svc.spec?.clusterIPs ?? [];
    if (oldIPs.length && newIPs.length && oldIPs[0] !== newIPs[0]) {
      errs.push(invalid('spec.clusterIPs[0]', goStringSlice(newIPs), 'may not change once set'));
    }
  }
  return errs;
}
