// crictl v1.32 against the node's containerd (cri-tools cmd/crictl): `ps`
// (`-a`, `-q`, `--name`, `--pod`), `pods`, `images`, `inspect`, `inspectp`, `inspecti`,
// `logs`, `exec [-it]`. Tables as its tabwriter prints them (cells at least
// 20 wide, 3 spaces of padding, the last column unpadded); ids truncated to
// 13 characters; ages as Go's units.HumanDuration.
import type { Containerd } from '../../runtime/containerd.js';
import type { ContainerStatus, PodSandboxStatus } from '../../runtime/cri.js';
import { fakeDigest } from '../../images/reference.js';
import type { Job, Program, ProcessIO } from '../types.js';
import type { System } from './system.js';

/** text/tabwriter with minwidth 20, padding 3. */
export function tabwrite(rows: string[][]): string {
  const n = Math.max(...rows.map((r) => r.length));
  const w: number[] = [];
  for (let i = 0; i < n - 1; i++) w[i] = Math.max(20, ...rows.map((r) => (r[i] ?? '').length + 3));
  return rows.map((r) => r.map((c, i) => (i < r.length - 1 ? c.padEnd(w[i]!) : c)).join('') + '\n').join('');
}

/** github.com/docker/go-units HumanDuration. */
export function humanDuration(ms: number): string {
  const s = Math.floor(ms / 1000);
  if (s < 1) return 'Less than a second';
  if (s === 1) return '1 second';
  if (s < 60) return `${s} seconds`;
  const m = Math.floor(s / 60);
  if (m === 1) return 'About a minute';
  if (m < 60) return `${m} minutes`;
  const h = Math.round(s / 3600);
  if (h === 1) return 'About an hour';
  if (h < 48) return `${h} hours`;
  if (h < 24 * 7 * 2) return `${Math.floor(h / 24)} days`;
  return `${Math.floor(h / 24 / 7)} weeks`;
}

/** go-units HumanSize: decimal units, 4 significant digits ("72.1MB", "321kB"). */
export function humanSize(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let v = bytes;
  let i = 0;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return `${Number(v.toPrecision(4))}${units[i]}`;
}

const trunc = (id: string) => id.replace(/^sha256:/, '').slice(0, 13);
const stateName = { CONTAINER_CREATED: 'Created', CONTAINER_RUNNING: 'Running', CONTAINER_EXITED: 'Exited', CONTAINER_UNKNOWN: 'Unknown' } as const;

function findContainer(rt: Containerd, prefix: string): ContainerStatus | undefined {
  const all = rt.listContainers().filter((c) => c.id.startsWith(prefix));
  return all.length === 1 ? all[0] : undefined;
}

function findPod(rt: Containerd, prefix: string): PodSandboxStatus | undefined {
  const all = rt.listPodSandbox().filter((p) => p.id.startsWith(prefix));
  return all.length === 1 ? all[0] : undefined;
}

function option(args: string[], ...names: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    for (const n of names) {
      if (args[i] === n) return args[i + 1];
      if (args[i]!.startsWith(`${n}=`)) return args[i]!.slice(n.length + 1);
    }
  }
  return undefined;
}

export function crictl(sys: System): Program {
  return (argv, io) => {
    const node = sys.node;
    if (!node) {
      io.stderr('crictl: command not found\n');
      return 127;
    }
    const rt = node.runtime;
    const now = io.now();
    const [sub, ...args] = argv.slice(1);
    const imageId = (ref: string) => trunc(node.images.imageStatus(ref)?.id ?? ref);
    const fatal = (msg: string) => {
      io.stderr(`${msg}\n`);
      return 1;
    };
    switch (sub) {
      case 'ps': {
        const all = args.includes('-a') || args.includes('--all');
        const quiet = args.includes('-q') || args.includes('--quiet');
        const name = option(args, '--name');
        const pod = option(args, '-p', '--pod');
        const list = rt
          .listContainers()
          .filter((c) => all || c.state === 'CONTAINER_RUNNING')
          .filter((c) => !name || new RegExp(name).test(c.metadata.name))
          .filter((c) => !pod || c.sandboxId.startsWith(pod))
          .sort((a, b) => b.createdAt - a.createdAt);
        if (quiet) {
          for (const c of list) io.stdout(`${c.id}\n`);
          return 0;
        }
        const rows = [['CONTAINER', 'IMAGE', 'CREATED', 'STATE', 'NAME', 'ATTEMPT', 'POD ID', 'POD']];
        for (const c of list) rows.push([trunc(c.id), imageId(c.image), `${humanDuration(now - c.createdAt)} ago`, stateName[c.state], c.metadata.name, String(c.metadata.attempt), trunc(c.sandboxId), c.labels['io.kubernetes.pod.name'] ?? 'unknown']);
        io.stdout(tabwrite(rows));
        return 0;
      }
      case 'pods': {
        const quiet = args.includes('-q') || args.includes('--quiet');
        const name = option(args, '--name');
        const ns = option(args, '--namespace');
        const list = rt
          .listPodSandbox()
          .filter((p) => (!name || new RegExp(name).test(p.metadata.name)) && (!ns || p.metadata.namespace === ns))
          .sort((a, b) => b.createdAt - a.createdAt);
        if (quiet) {
          for (const p of list) io.stdout(`${p.id}\n`);
          return 0;
        }
        const rows = [['POD ID', 'CREATED', 'STATE', 'NAME', 'NAMESPACE', 'ATTEMPT', 'RUNTIME']];
        for (const p of list) rows.push([trunc(p.id), `${humanDuration(now - p.createdAt)} ago`, p.state === 'SANDBOX_READY' ? 'Ready' : 'NotReady', p.metadata.name, p.metadata.namespace, String(p.metadata.attempt), '(default)']);
        io.stdout(tabwrite(rows));
        return 0;
      }
      case 'images':
      case 'img': {
        const quiet = args.includes('-q') || args.includes('--quiet');
        const rows = [['IMAGE', 'TAG', 'IMAGE ID', 'SIZE']];
        for (const img of node.images.listImages()) {
          if (quiet) {
            io.stdout(`${img.id}\n`);
            continue;
          }
          for (const tag of img.repoTags) {
            const i = tag.lastIndexOf(':');
            rows.push([tag.slice(0, i), tag.slice(i + 1), trunc(img.id), humanSize(img.size)]);
          }
        }
        if (!quiet) io.stdout(tabwrite(rows));
        return 0;
      }
      case 'inspect': {
        const id = args.find((a) => !a.startsWith('-'));
        if (!id) return fatal('ID cannot be empty');
        const c = findContainer(rt, id);
        if (!c) return fatal(`getting the status of the container "${id}": rpc error: code = NotFound desc = an error occurred when try to find container "${id}": not found`);
        const info = rt.containerInfo(c.id);
        const iso = (t: number) => (t ? new Date(t).toISOString().replace('Z', '000000Z') : '0001-01-01T00:00:00Z');
        const doc = {
          status: {
            id: c.id,
            metadata: { attempt: c.metadata.attempt, name: c.metadata.name },
            state: c.state,
            createdAt: iso(c.createdAt),
            startedAt: iso(c.startedAt),
            finishedAt: iso(c.finishedAt),
            exitCode: c.exitCode,
            image: { image: c.image },
            imageRef: c.imageRef,
            reason: c.reason,
            message: c.message,
            labels: c.labels,
            logPath: `/var/log/pods/${c.labels['io.kubernetes.pod.namespace']}_${c.labels['io.kubernetes.pod.name']}_${c.labels['io.kubernetes.pod.uid']}/${c.metadata.name}/${c.metadata.attempt}.log`,
          },
          info: {
            sandboxID: c.sandboxId,
            pid: info?.pid ?? 0,
            runtimeSpec: { process: { args: info?.argv ?? [] }, root: { path: 'rootfs' }, linux: { cgroupsPath: info?.cgroupPath ?? '' } },
          },
        };
        io.stdout(JSON.stringify(doc, null, 2) + '\n');
        return 0;
      }
      case 'inspectp': {
        const id = args.find((a) => !a.startsWith('-'));
        if (!id) return fatal('ID cannot be empty');
        const p = findPod(rt, id);
        if (!p) return fatal(`getting the pod sandbox status for "${id}": rpc error: code = NotFound desc = an error occurred when try to find sandbox: not found`);
        const doc = {
          status: {
            id: p.id,
            metadata: { attempt: p.metadata.attempt, name: p.metadata.name, namespace: p.metadata.namespace, uid: p.metadata.uid },
            state: p.state,
            createdAt: new Date(p.createdAt).toISOString().replace('Z', '000000Z'),
            network: { additionalIps: [], ip: p.ip },
            labels: p.labels,
          },
          info: { pid: p.pausePid, image: 'registry.k8s.io/pause:3.10', runtimeHandler: '' },
        };
        io.stdout(JSON.stringify(doc, null, 2) + '\n');
        return 0;
      }
      case 'inspecti': {
        const ref = args.find((a) => !a.startsWith('-'));
        if (!ref) return fatal('ID cannot be empty');
        const stored = node.images.resolve(ref);
        if (!stored) return fatal(`no such image "${ref}" present`);
        const { def, info } = stored;
        // The image config's rootfs: one diff_id per layer, bottom (the distribution) first.
        const doc = {
          status: { id: info.id, repoTags: info.repoTags, repoDigests: info.repoDigests, size: String(info.size), uid: null, username: '', spec: null, pinned: false },
          info: {
            imageSpec: {
              architecture: 'amd64',
              os: 'linux',
              config: {
                Env: Object.entries(def.config.env).map(([k, v]) => `${k}=${v}`),
                ...(def.config.entrypoint.length ? { Entrypoint: def.config.entrypoint } : {}),
                ...(def.config.cmd.length ? { Cmd: def.config.cmd } : {}),
                WorkingDir: def.config.workingDir,
              },
              rootfs: { type: 'layers', diff_ids: def.layers.map((_, i) => fakeDigest(`layer:${def.repository}:${def.tags[0]}:${i}`)) },
            },
          },
        };
        io.stdout(JSON.stringify(doc, null, 2) + '\n');
        return 0;
      }
      case 'logs': {
        const id = args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '--tail');
        if (!id) return fatal('ID cannot be empty');
        const c = findContainer(rt, id);
        if (!c) return fatal(`rpc error: code = NotFound desc = an error occurred when try to find container "${id}": not found`);
        const tail = option(args, '--tail');
        let lines = rt.containerLogs(c.id);
        if (tail !== undefined) lines = lines.slice(-Number(tail));
        for (const l of lines) (l.stream === 'stderr' ? io.stderr : io.stdout)(l.text.endsWith('\n') ? l.text : `${l.text}\n`);
        return 0;
      }
      case 'exec':
        return crictlExec(rt, args, io);
      case 'version':
        io.stdout('Version:  0.1.0\nRuntimeName:  containerd\nRuntimeVersion:  v1.7.24\nRuntimeApiVersion:  v1\n');
        return 0;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout('NAME:\n   crictl - client for CRI\n\nUSAGE:\n   crictl [global options] command [command options]\n\nVERSION:\n   v1.32.0\n\nCOMMANDS:\n   exec        Run a command in a running container\n   images      List images\n   inspect     Display the status of one or more containers\n   inspecti    Return the status of one or more images\n   inspectp    Display the status of one or more pods\n   logs        Fetch the logs of a container\n   pods        List pods\n   ps          List containers\n   version     Display runtime version information\n');
        return 0;
      default:
        io.stderr(`No help topic for '${sub}'\n`);
        return 3;
    }
  };
}

function crictlExec(rt: Containerd, args: string[], io: ProcessIO): number | Job {
  let interactive = false;
  let i = 0;
  for (; i < args.length && args[i]!.startsWith('-'); i++) {
    const a = args[i]!;
    if (/^-[it]+$/.test(a) || a === '--interactive' || a === '--tty') interactive ||= a.includes('i') || a === '--interactive';
  }
  const id = args[i];
  const cmd = args.slice(i + 1);
  if (!id) {
    io.stderr('ID cannot be empty\n');
    return 1;
  }
  if (!cmd.length) {
    io.stderr('command cannot be empty\n');
    return 1;
  }
  const c = findContainer(rt, id);
  if (!c) {
    io.stderr(`execing command in container: rpc error: code = NotFound desc = an error occurred when try to find container "${id}": not found\n`);
    return 1;
  }
  const finish = (r: { stdout: string; stderr: string; exitCode: number }) => {
    io.stdout(r.stdout);
    io.stderr(r.stderr.endsWith('\n') || !r.stderr ? r.stderr : `${r.stderr}\n`);
    return r.exitCode;
  };
  if (!interactive) return finish(rt.execSync(c.id, cmd, 0));
  let status = 0;
  let result: { stdout: string; stderr: string; exitCode: number } | undefined;
  return (function* (): Job {
    yield {
      kind: 'attach',
      open(out, done) {
        const r = rt.execInteractive(c.id, cmd, out);
        if ('input' in r) {
          const st = r.state;
          const prev = st.onExit;
          st.onExit = (code) => {
            prev?.(code);
            status = code;
            done(code);
          };
          return r;
        }
        result = r;
        done(r.exitCode);
        return { prompt: '', busy: false, input() {}, interrupt() {} };
      },
    };
    return result ? finish(result) : status;
  })();
}
