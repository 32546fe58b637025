// The node's service manager and its journal, as on Ubuntu 22.04 (systemd
// 249): `systemctl status kubelet|containerd` (unit header, Loaded/Active,
// Main PID, the CGroup tree, the last journal lines), `journalctl -u UNIT`
// (`Jan 06 09:05:01 node01 kubelet[1043]: I0106 …` klog lines), and `stress`
// (polinux/stress 1.0.4, the same program the image runs) to meet the OOM killer.
import type { Cgroup } from '../../linux/cgroup.js';
import type { Process } from '../../linux/process.js';
import { stress as stressBehaviour } from '../../images/behaviours/smallImages.js';
import type { Program } from '../types.js';
import { dayName, human, monthName, selfOf, type JournalEntry, type System } from './system.js';
import { humanDuration } from './crictl.js';
import { waitFor } from './terminal.js';

interface Unit {
  name: string;
  description: string;
  docs: string;
  comm: string;
  dropIn?: string;
}

const units: Unit[] = [
  { name: 'kubelet', description: 'kubelet: The Kubernetes Node Agent', docs: 'https://kubernetes.io/docs/', comm: 'kubelet', dropIn: '10-kubeadm.conf' },
  { name: 'containerd', description: 'containerd container runtime', docs: 'https://containerd.io', comm: 'containerd' },
  { name: 'ssh', description: 'OpenBSD Secure Shell server', docs: 'man:sshd(8)\n             man:sshd_config(5)', comm: 'sshd' },
  { name: 'cron', description: 'Regular background program processing daemon', docs: 'man:cron(8)', comm: 'cron' },
  { name: 'systemd-journald', description: 'Journal Service', docs: 'man:systemd-journald.service(8)\n             man:journald.conf(5)', comm: 'systemd-journal' },
];

const p2 = (n: number) => String(n).padStart(2, '0');

/** `Jan 06 09:05:01` (journald's short format). */
export function journalTime(ms: number): string {
  const d = new Date(ms);
  return `${monthName(ms)} ${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
}

function unitOf(name: string): Unit | undefined {
  const n = name.replace(/\.service$/, '');
  return units.find((u) => u.name === n || (n === 'sshd' && u.name === 'ssh'));
}

function mainProcess(sys: System, u: Unit): Process | undefined {
  return sys.kernel.processes().find((p) => p.alive && p.comm === u.comm && p.parent === sys.kernel.init);
}

function journalLines(sys: System, u: Unit, main: Process | undefined): string[] {
  const host = sys.kernel.hostname;
  const entries: readonly JournalEntry[] = sys.node?.journal?.() ?? [];
  const out: string[] = [];
  if (main) out.push(`${journalTime(main.startTime)} ${host} systemd[1]: Started ${u.description.replace(/^kubelet: /, 'kubelet: ')}.`);
  for (const e of entries) if (e.unit === u.name) out.push(`${journalTime(e.time)} ${host} ${u.comm}[${main?.pid ?? 0}]: ${e.text}`);
  return out;
}

function cgroupTree(cg: Cgroup): string[] {
  const procs = cg.allProcs().filter((p) => p.alive).sort((a, b) => a.pid - b.pid);
  return procs.map((p, i) => `${i === procs.length - 1 ? '└─' : '├─'}${p.pid} ${p.cmdline}`);
}

export function systemctl(sys: System): Program {
  return (argv, io) => {
    const [verb, ...names] = argv.slice(1).filter((a) => !a.startsWith('-'));
    if (verb !== 'status' && verb !== 'is-active') {
      io.stderr(verb ? `systemctl ${verb}: not available in this lab (use 'lab node stop|start' to stop a node's kubelet)\n` : 'systemctl: this lab shows units with `systemctl status UNIT`\n');
      return 1;
    }
    const u = unitOf(names[0] ?? '');
    if (!u) {
      io.stderr(`Unit ${names[0] ?? ''}${names[0]?.endsWith('.service') ? '' : '.service'} could not be found.\n`);
      return 4;
    }
    const main = mainProcess(sys, u);
    if (verb === 'is-active') {
      io.stdout(main ? 'active\n' : 'inactive\n');
      return main ? 0 : 3;
    }
    const now = io.now();
    const since = (t: number) => {
      const d = new Date(t);
      return `${dayName(t)} ${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} UTC; ${humanDuration(now - t).replace(/^About an? /, '1 ').replace(' minutes', 'min').replace(' minute', 'min').replace(' hours', 'h').replace(' hour', 'h').replace(' days', ' days').replace(' seconds', 's')} ago`;
    };
    const lines = [`${main ? '●' : '○'} ${u.name}.service - ${u.description}`, `     Loaded: loaded (/lib/systemd/system/${u.name}.service; enabled; vendor preset: enabled)`];
    if (u.dropIn) lines.push('    Drop-In: /usr/lib/systemd/system/kubelet.service.d', `             └─${u.dropIn}`);
    if (!main) {
      lines.push('     Active: inactive (dead)', `       Docs: ${u.docs}`);
      io.stdout(lines.join('\n') + '\n');
      return 3;
    }
    const cg = main.cgroup;
    lines.push(
      `     Active: active (running) since ${since(main.startTime)}`,
      `       Docs: ${u.docs}`,
      `   Main PID: ${main.pid} (${main.comm})`,
      `      Tasks: ${cg.allProcs().filter((p) => p.alive).length * (u.comm === 'sshd' || u.comm === 'cron' ? 1 : 11)} (limit: 4557)`,
      `     Memory: ${human(cg.memoryCurrent).replace(/^(\d+)([KMG])$/, '$1.0$2')}`,
      `        CPU: ${((now - main.startTime) / 1000 / 600).toFixed(3)}s`,
      `     CGroup: /${cg.path.replace(/^\//, '')}`,
      ...cgroupTree(cg).map((l) => `             ${l}`),
    );
    const journal = journalLines(sys, u, main).slice(-10);
    io.stdout(lines.join('\n') + '\n' + (journal.length ? '\n' + journal.join('\n') + '\n' : ''));
    return 0;
  };
}

export function journalctl(sys: System): Program {
  return (argv, io) => {
    const args = argv.slice(1);
    let unit: string | undefined;
    let n: number | undefined;
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === '-u' || a === '--unit') unit = args[++i];
      else if (a.startsWith('--unit=')) unit = a.slice(7);
      else if (a.startsWith('-u') && a.length > 2) unit = a.slice(2);
      else if (a === '-n' || a === '--lines') n = Number(args[++i]);
      else if (a.startsWith('-n') && a.length > 2) n = Number(a.slice(2));
    }
    const chosen = unit ? unitOf(unit) : undefined;
    if (unit && !chosen) {
      io.stdout('-- No entries --\n');
      return 0;
    }
    const list = chosen ? [chosen] : units;
    let lines: { t: number; s: string }[] = [];
    for (const u of list) {
      const main = mainProcess(sys, u);
      const host = sys.kernel.hostname;
      if (main) lines.push({ t: main.startTime, s: `${journalTime(main.startTime)} ${host} systemd[1]: Started ${u.description}.` });
      for (const e of sys.node?.journal?.() ?? []) if (e.unit === u.name) lines.push({ t: e.time, s: `${journalTime(e.time)} ${host} ${u.comm}[${main?.pid ?? 0}]: ${e.text}` });
    }
    lines = lines.sort((a, b) => a.t - b.t);
    if (n !== undefined) lines = lines.slice(-n);
    if (!lines.length) {
      io.stdout('-- No entries --\n');
      return 0;
    }
    io.stdout(lines.map((l) => l.s).join('\n') + '\n');
    return 0;
  };
}

/** `stress --vm N --vm-bytes SIZE [--vm-hang S] [--cpu N] [--timeout S]`: the image's program, run as this process. */
export function stress(sys: System): Program {
  return (argv, io) => {
    const self = selfOf(sys, 'stress');
    self.stdio = { stdout: io.stdout, stderr: io.stderr };
    const args = argv.map((a) => a.replace(/^(\d+)s$/, '$1'));
    sys.kernel.exec(self, argv, stressBehaviour(args, sys.kernel), 'stress');
    return waitFor(self, io);
  };
}
