// The program set of a simulated machine: coreutils plus the busybox/procps/
// iproute2/util-linux/systemd/crictl programs of this folder, bound to the
// process whose shell runs them. The kernel's `programs` option calls
// systemPrograms for every shell or exec; in a container only those whose
// binary is on PATH in the image are found (linux/shell.ts wrapPrograms). The worker
// loads this table after its first answer; deferred.ts names its programs before that.
import type { Program } from '../types.js';
import { coreutils } from './coreutils.js';
import { crictl } from './crictl.js';
import { mysql } from './mysql.js';
import { chroot, lsns, nsenter, unshare } from './namespaces.js';
import { curl, ip, netstat, ping, wget } from './net.js';
import { dmesg, free, kill, ps, uptime } from './procps.js';
import { journalctl, stress, systemctl } from './services.js';
import { df, hostname, id, ls, mount, uname, which, whoami } from './sysinfo.js';
import { runIn } from './terminal.js';
import { selfOf, type System } from './system.js';
import { iptablesProgram, iptablesSaveProgram } from '../../network/kubeproxy/iptables.js';
import { rulesOf } from '../../network/kubeproxy/netfilter.js';
import { nslookupProgram } from '../../network/dns/nslookup.js';

/** `sh`/`bash` typed at a prompt: a nested interactive shell (or `sh -c`, or a script on stdin). */
function shell(sys: System, name: string): Program {
  return (argv, io) => runIn(sys, selfOf(sys, name), argv, io);
}

export function systemPrograms(sys: System): Map<string, Program> {
  const m = new Map<string, Program>(Object.entries(coreutils));
  const add: Record<string, Program> = {
    ps: ps(sys),
    kill: kill(sys),
    free: free(sys),
    uptime: uptime(sys),
    dmesg: dmesg(sys),
    hostname: hostname(sys),
    uname: uname(sys),
    id: id(sys),
    whoami: whoami(sys),
    df: df(sys),
    mount: mount(sys),
    which: which(sys),
    ls: ls(sys),
    ip: ip(sys),
    wget: wget(sys),
    curl: curl(sys),
    ping: ping(sys),
    netstat: netstat(sys),
    nslookup: nslookupProgram(sys.kernel, () => selfOf(sys, 'nslookup')),
    unshare: unshare(sys),
    nsenter: nsenter(sys),
    lsns: lsns(sys),
    chroot: chroot(sys),
    stress: stress(sys),
    sh: shell(sys, 'sh'),
    bash: shell(sys, 'bash'),
    ash: shell(sys, 'ash'),
    dash: shell(sys, 'dash'),
  };
  if (sys.node) Object.assign(add, { crictl: crictl(sys), systemctl: systemctl(sys), journalctl: journalctl(sys) });
  // Clients shipped by some images (found only where the binary is on PATH).
  add.mysql = mysql(sys);
  // kube-proxy's rules in the node's kernel (network/kubeproxy).
  if (sys.node) Object.assign(add, { iptables: iptablesProgram(() => rulesOf(sys.kernel)?.tables), 'iptables-save': iptablesSaveProgram(() => rulesOf(sys.kernel)?.tables, () => sys.kernel.now()) });
  for (const [k, v] of Object.entries(add)) m.set(k, v);
  return m;
}
