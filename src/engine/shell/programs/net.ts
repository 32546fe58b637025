// Network tools over the kernel's network namespaces and socket table:
// `ip addr|link|route` (iproute2 6.1 and busybox 1.37 shapes), busybox
// `wget` and curl 7.88 (HTTP through kernel.connect: Pod IPs, the node's
// addresses, localhost = this network namespace), `ping`, `netstat -tlnp`.
// Names resolve as getaddrinfo does: IP literals, /etc/hosts, then cluster DNS
// (CoreDNS at the nameserver of /etc/resolv.conf, with its search domains).
import type { NetDevice } from '../../linux/net/netns.js';
import { ipToInt, intToIp } from '../../linux/net/netns.js';
import type { Job, Program, ProcessIO } from '../types.js';
import { lookup } from '../../network/dns/resolver.js';
import { isBusybox, padEnd, selfOf, type System } from './system.js';

function flagsOf(d: NetDevice): string {
  if (d.kind === 'loopback') return d.up ? '<LOOPBACK,UP,LOWER_UP>' : '<LOOPBACK>';
  return d.up ? '<BROADCAST,MULTICAST,UP,LOWER_UP>' : '<BROADCAST,MULTICAST>';
}

function devName(d: NetDevice): string {
  return d.peer ? `${d.name}@if${d.peer.index}` : d.name;
}

function linkLines(d: NetDevice, bb: boolean): string[] {
  const qdisc = d.kind === 'loopback' || d.kind === 'veth' || d.kind === 'bridge' ? 'noqueue' : 'fq_codel';
  const master = d.master ? ` master ${d.master}` : '';
  const state = d.kind === 'loopback' ? 'UNKNOWN' : d.up ? 'UP' : 'DOWN';
  const head = bb
    ? `${d.index}: ${devName(d)}: ${d.peer ? flagsOf(d).replace('>', ',M-DOWN>') : flagsOf(d)} mtu ${d.mtu} qdisc ${qdisc}${master}${d.kind === 'loopback' ? ' qlen 1000' : ' '}`
    : `${d.index}: ${devName(d)}: ${flagsOf(d)} mtu ${d.mtu} qdisc ${qdisc}${master} state ${state} group default${d.kind === 'veth' && d.master ? '' : ' qlen 1000'}`;
  const link = d.kind === 'loopback' ? '    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00' : `    link/ether ${d.mac} brd ff:ff:ff:ff:ff:ff${d.peer && !bb ? (d.master ? ` link-netns cni-${d.peer.netnsId ?? 0}` : ' link-netnsid 0') : ''}`;
  return [head, link];
}

function addrLines(d: NetDevice): string[] {
  const out: string[] = [];
  for (const a of d.addrs) {
    const scope = a.ip.startsWith('127.') ? 'host' : 'global';
    const mask = a.prefix === 32 ? 0xffffffff : ((0xffffffff << (32 - a.prefix)) >>> 0);
    const brd = a.ip.startsWith('127.') ? '' : ` brd ${intToIp(((ipToInt(a.ip) & mask) | (~mask >>> 0)) >>> 0)}`;
    out.push(`    inet ${a.ip}/${a.prefix}${brd} scope ${scope} ${d.name}`, '       valid_lft forever preferred_lft forever');
  }
  return out;
}

export function ip(sys: System): Program {
  return (argv, io) => {
    const args = argv.slice(1).filter((a) => a !== '-4');
    const stack = sys.ctx.process.ns.net.stack;
    const bb = isBusybox(io);
    const obj = args[0] ?? '';
    const usage = () => {
      io.stderr('Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\nwhere  OBJECT := { address | link | route | neigh | netns }\n');
      return 255;
    };
    const devFilter = args.indexOf('dev') >= 0 ? args[args.indexOf('dev') + 1] : /^(show|list)$/.test(args[1] ?? '') ? args[2] : undefined;
    const devs = stack.devices.filter((d) => !devFilter || d.name === devFilter);
    if (devFilter && !devs.length) {
      io.stderr(`Device "${devFilter}" does not exist.\n`);
      return 1;
    }
    if (/^a(d(d(r(e(s(s)?)?)?)?)?)?$/.test(obj)) {
      for (const d of devs) io.stdout([...linkLines(d, bb), ...addrLines(d)].join('\n') + '\n');
      return 0;
    }
    if (/^l(i(n(k)?)?)?$/.test(obj)) {
      for (const d of devs) io.stdout(linkLines(d, bb).join('\n') + '\n');
      return 0;
    }
    if (/^r(o(u(t(e)?)?)?)?$/.test(obj)) {
      for (const r of stack.routes) {
        let s = r.dst === 'default' ? `default via ${r.via} dev ${r.dev}` : `${r.dst}${r.via ? ` via ${r.via}` : ''} dev ${r.dev}`;
        if (r.proto && !(bb && r.proto === 'kernel')) s += ` proto ${r.proto}`;
        if (r.scope) s += ` scope ${r.scope}`;
        if (r.src && (r.dst !== 'default' || r.proto === 'dhcp')) s += `${bb ? ' ' : ''} src ${r.src}`;
        if (r.proto === 'dhcp') s += ' metric 100';
        io.stdout(s + (bb && r.dst !== 'default' ? ' \n' : '\n'));
      }
      return 0;
    }
    return usage();
  };
}

/** IP literals, localhost, /etc/hosts, then DNS through the resolver (network/dns). */
function resolve(sys: System, io: ProcessIO, host: string, prog: string): string | undefined {
  if (host === 'localhost') return '127.0.0.1';
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) return host;
  const r = lookup(sys.kernel, selfOf(sys, prog), io.fs, host);
  return r.ok ? r.records[0]?.data : undefined;
}

function parseUrl(u: string): { host: string; port: number; path: string } | undefined {
  const m = /^(?:http:\/\/)?([^/:]+)(?::(\d+))?(\/.*)?$/.exec(u);
  if (!m) return undefined;
  return { host: m[1]!, port: m[2] ? Number(m[2]) : 80, path: m[3] ?? '/' };
}

const statusText: Record<number, string> = { 200: 'OK', 301: 'Moved Permanently', 403: 'Forbidden', 404: 'Not Found', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable' };

export function wget(sys: System): Program {
  return (argv, io) => {
    let quiet = false;
    let out: string | undefined;
    let url: string | undefined;
    const args = argv.slice(1);
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === '-O') out = args[++i];
      else if (a.startsWith('-O')) out = a.slice(2);
      else if (a.startsWith('-') && a.length > 1) {
        if (a.includes('q')) quiet = true;
        if (a.includes('O')) out = a.slice(a.indexOf('O') + 1) || args[++i];
        if (a === '-T' || a === '--timeout') i++;
      } else url = a;
    }
    if (!url) {
      io.stderr('BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[-P DIR] [-U AGENT] [-T SEC] URL...\n');
      return 1;
    }
    const u = parseUrl(url);
    if (!u) {
      io.stderr(`wget: not an http or ftp url: ${url}\n`);
      return 1;
    }
    const addr = resolve(sys, io, u.host, 'wget');
    if (!addr) {
      io.stderr(`wget: bad address '${u.host}'\n`);
      return 1;
    }
    if (!quiet) io.stderr(`Connecting to ${u.host}${u.port !== 80 ? `:${u.port}` : ''} (${addr}:${u.port})\n`);
    const self = selfOf(sys, 'wget');
    const r = sys.kernel.connect(self, addr, u.port, { protocol: 'http', method: 'GET', path: u.path, headers: { Host: u.host, 'User-Agent': 'Wget' } });
    if (!r.ok) {
      if (r.error === 'ETIMEDOUT') io.stderr('wget: download timed out\n');
      else io.stderr(`wget: can't connect to remote host (${addr}): ${r.message}\n`);
      return 1;
    }
    const status = r.response.status ?? 200;
    if (status >= 400) {
      io.stderr(`wget: server returned error: HTTP/1.1 ${status} ${statusText[status] ?? ''}\n`);
      return 1;
    }
    const body = r.response.body;
    const file = out ?? (u.path.split('/').pop() || 'index.html');
    if (file === '-') {
      if (!quiet) io.stderr('writing to stdout\n');
      io.stdout(body);
      if (!quiet) io.stderr(`-                    100% |********************************|  ${String(body.length).padStart(4)}  0:00:00 ETA\nwritten to stdout\n`);
      return 0;
    }
    if (!quiet) io.stderr(`saving to '${file}'\n`);
    io.fs.writeFile(file.startsWith('/') ? file : `${io.cwd.replace(/\/$/, '')}/${file}`, body);
    if (!quiet) io.stderr(`${padEnd(file, 20)} 100% |********************************|  ${String(body.length).padStart(4)}  0:00:00 ETA\n'${file}' saved\n`);
    return 0;
  };
}

export function curl(sys: System): Program {
  return (argv, io) => {
    const url = argv.slice(1).find((a) => !a.startsWith('-'));
    const head = argv.includes('-I') || argv.includes('--head');
    const fail = argv.some((a) => /^-[a-zA-Z]*f/.test(a));
    if (!url) {
      io.stderr("curl: try 'curl --help' or 'curl --manual' for more information\n");
      return 2;
    }
    const u = parseUrl(url);
    const addr = u && resolve(sys, io, u.host, 'curl');
    if (!u || !addr) {
      io.stderr(`curl: (6) Could not resolve host: ${u?.host ?? url}\n`);
      return 6;
    }
    const r = sys.kernel.connect(selfOf(sys, 'curl'), addr, u.port, { protocol: 'http', method: head ? 'HEAD' : 'GET', path: u.path, headers: { Host: u.host, 'User-Agent': 'curl/7.88.1' } });
    if (!r.ok) {
      if (r.error === 'ETIMEDOUT') io.stderr(`curl: (28) Failed to connect to ${u.host} port ${u.port} after 130000 ms: Couldn't connect to server\n`);
      else io.stderr(`curl: (7) Failed to connect to ${u.host} port ${u.port} after 0 ms: Couldn't connect to server\n`);
      return r.error === 'ETIMEDOUT' ? 28 : 7;
    }
    const status = r.response.status ?? 200;
    if (fail && status >= 400) {
      io.stderr(`curl: (22) The requested URL returned error: ${status}\n`);
      return 22;
    }
    if (head) {
      io.stdout(`HTTP/1.1 ${status} ${statusText[status] ?? ''}\r\n`);
      for (const [k, v] of Object.entries(r.response.headers ?? {})) io.stdout(`${k}: ${v}\r\n`);
      io.stdout('\r\n');
      return 0;
    }
    io.stdout(r.response.body);
    return 0;
  };
}

export function ping(sys: System): Program {
  return (argv, io) => {
    const ci = argv.indexOf('-c');
    const count = ci >= 0 ? Number(argv[ci + 1]) : Infinity;
    const host = argv.slice(1).filter((a, i, all) => !a.startsWith('-') && all[i - 1] !== '-c' && all[i - 1] !== '-W' && all[i - 1] !== '-i').pop();
    if (!host) {
      io.stderr('ping: usage error: Destination address required\n');
      return 1;
    }
    const bb = isBusybox(io);
    const addr = resolve(sys, io, host, 'ping');
    if (!addr) {
      io.stderr(bb ? `ping: bad address '${host}'\n` : `ping: ${host}: Temporary failure in name resolution\n`);
      return bb ? 1 : 2;
    }
    const self = selfOf(sys, 'ping');
    const probe = sys.kernel.connect(self, addr, 0, { protocol: 'tcp' });
    const reachable = probe.ok || probe.error === 'ECONNREFUSED';
    io.stdout(bb ? `PING ${host} (${addr}): 56 data bytes\n` : `PING ${host} (${addr}) 56(84) bytes of data.\n`);
    const times: number[] = [];
    let sent = 0;
    const summary = () => {
      io.stdout(`\n--- ${host} ping statistics ---\n`);
      const loss = sent ? Math.round(((sent - times.length) / sent) * 100) : 0;
      io.stdout(bb ? `${sent} packets transmitted, ${times.length} packets received, ${loss}% packet loss\n` : `${sent} packets transmitted, ${times.length} received, ${loss}% packet loss, time ${Math.max(0, sent - 1) * 1000}ms\n`);
      if (times.length) {
        const min = Math.min(...times).toFixed(3);
        const max = Math.max(...times).toFixed(3);
        const avg = (times.reduce((a, b) => a + b, 0) / times.length).toFixed(3);
        io.stdout(bb ? `round-trip min/avg/max = ${min}/${avg}/${max} ms\n` : `rtt min/avg/max/mdev = ${min}/${avg}/${max}/0.010 ms\n`);
      }
    };
    return (function* (): Job {
      try {
        while (sent < count) {
          const local = addr.startsWith('127.') || sys.ctx.process.ns.net.stack.hasAddress(addr);
          const t = local ? 0.031 + (sent % 3) * 0.004 : 0.058 + (sent % 4) * 0.007;
          if (reachable) {
            times.push(t);
            io.stdout(bb ? `64 bytes from ${addr}: seq=${sent} ttl=64 time=${t.toFixed(3)} ms\n` : `64 bytes from ${addr}: icmp_seq=${sent + 1} ttl=64 time=${t.toFixed(3)} ms\n`);
          }
          sent++;
          if (sent < count) yield { kind: 'sleep', ms: 1000 };
        }
      } finally {
        summary();
      }
      return times.length ? 0 : 1;
    })();
  };
}

export function netstat(sys: System): Program {
  return (_argv, io) => {
    const k = sys.kernel;
    const stack = sys.ctx.process.ns.net.stack;
    io.stdout('Active Internet connections (only servers)\n');
    io.stdout('Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name    \n');
    const me = selfOf(sys, 'netstat');
    for (const l of [...stack.listeners.values()].sort((a, b) => a.port - b.port)) {
      const p = k.process(l.pid);
      const pid = p ? (p.pidIn(me.ns.pid) ?? '-') : '-';
      const prog = p ? `${pid}/${p.comm}` : '-';
      io.stdout(`tcp        0      0 ${padEnd(`${l.bind}:${l.port}`, 23)} ${padEnd('0.0.0.0:*', 23)} LISTEN      ${prog}\n`);
    }
    return 0;
  };
}

export function nslookup(): Program {
  return (_argv, io) => {
    // Cluster DNS (CoreDNS behind the kube-dns Service) is not simulated yet: queries to it time out, as with no route to DNS.
    io.stdout(';; connection timed out; no servers could be reached\n\n');
    return 1;
  };
}
