// The stub resolver programs in containers use (musl/busybox res_query over
// /etc/resolv.conf, resolv.conf(5)): names with at least `ndots` dots (or a trailing
// dot) are tried as given first, others through each `search` domain first; each
// query goes to the nameserver (10.96.0.10, the kube-dns Service) through the
// kernel's connect, so kube-proxy's rules carry it to a CoreDNS Pod.
import type { Kernel } from '../../linux/kernel.js';
import type { Process } from '../../linux/process.js';
import type { FileSystem } from '../../shell/fs.js';
import { decodeResponse, encodeQuestion, type RRType, type ResourceRecord } from './message.js';

export interface ResolvConf {
  nameservers: string[];
  search: string[];
  ndots: number;
}

export function readResolvConf(fs: FileSystem): ResolvConf {
  const conf: ResolvConf = { nameservers: [], search: [], ndots: 1 };
  let text = '';
  try {
    text = fs.readFile('/etc/resolv.conf');
  } catch {
    return conf;
  }
  for (const line of text.split('\n')) {
    const [key, ...rest] = line.replace(/[#;].*/, '').trim().split(/\s+/);
    if (key === 'nameserver' && rest[0]) conf.nameservers.push(rest[0]);
    else if (key === 'search' || key === 'domain') conf.search = rest;
    else if (key === 'options') for (const o of rest) if (o.startsWith('ndots:')) conf.ndots = Math.min(15, Number(o.slice(6)) || 0);
  }
  return conf;
}

/** The names tried for `name`, in order. */
export function candidates(name: string, conf: ResolvConf): string[] {
  if (name.endsWith('.')) return [name.slice(0, -1)];
  const dots = name.split('.').length - 1;
  const searched = conf.search.map((d) => `${name}.${d}`);
  return dots >= conf.ndots ? [name, ...searched] : [...searched, name];
}

export type QueryResult =
  | { ok: true; server: string; name: string; records: ResourceRecord[] }
  | { ok: false; server?: string; error: 'NXDOMAIN' | 'SERVFAIL' | 'timeout' | 'no-nameserver'; name: string };

/** One query to `server`:53 from `proc`. */
export function query(kernel: Kernel, proc: Process, server: string, name: string, type: RRType = 'A'): QueryResult {
  const r = kernel.connect(proc, server, 53, { protocol: 'tcp', body: encodeQuestion({ id: 1, name, type }) });
  if (!r.ok) return { ok: false, server, error: 'timeout', name };
  const resp = decodeResponse(r.response.body);
  if (!resp) return { ok: false, server, error: 'SERVFAIL', name };
  if (resp.rcode === 'NOERROR') return { ok: true, server, name, records: resp.answers };
  return { ok: false, server, error: resp.rcode === 'NXDOMAIN' ? 'NXDOMAIN' : 'SERVFAIL', name };
}

/**
 * getaddrinfo for programs in a container or on a node: /etc/hosts, then DNS through the
 * search list. Returns the first name that has A records (`name` is the FQDN that answered).
 */
export function lookup(kernel: Kernel, proc: Process, fs: FileSystem, host: string, server?: string): QueryResult {
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) return { ok: true, server: '', name: host, records: [{ name: host, type: 'A', ttl: 0, data: host }] };
  const fromHosts = hostsFile(fs, host);
  if (fromHosts) return { ok: true, server: '', name: host, records: [{ name: host, type: 'A', ttl: 0, data: fromHosts }] };
  const conf = readResolvConf(fs);
  const ns = server ?? conf.nameservers[0];
  if (!ns) return { ok: false, error: 'no-nameserver', name: host };
  let last: QueryResult = { ok: false, server: ns, error: 'NXDOMAIN', name: host };
  for (const name of candidates(host, conf)) {
    const r = query(kernel, proc, ns, name);
    if (r.ok && r.records.some((x) => x.type === 'A')) return r;
    if (!r.ok && r.error === 'timeout') return r;
    last = r.ok ? { ok: false, server: ns, error: 'NXDOMAIN', name: host } : { ...r, name: host };
  }
  return last;
}

function hostsFile(fs: FileSystem, host: string): string | undefined {
  if (host === 'localhost') return '127.0.0.1';
  try {
    for (const line of fs.readFile('/etc/hosts').split('\n')) {
      const [addr, ...names] = line.replace(/#.*/, '').trim().split(/\s+/);
      if (addr && /^\d+\./.test(addr) && names.includes(host)) return addr;
    }
  } catch {
    // no /etc/hosts
  }
  return undefined;
}
