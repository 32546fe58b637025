// The student's machine: a home directory with ~/.kube/config, the shell
// programs, kubectl and lab. One per terminal session; the file system is
// shared by every session of the lab.
import type { VirtualClock } from '../clock/clock.js';
import type { Interpreter, ShellState } from '../shell/interp.js';
import { MemoryFS } from '../shell/fs.js';
import type { ProcessIO, Program } from '../shell/types.js';
import { contextOf, loadKubeconfig, rememberKubeconfig } from '../kubectl/cmd/config/kubeconfig.js';
import type { KubeConfigView } from '../kubectl/command.js';
import { apiServerAddress } from './bootstrap.js';

export const studentHome = '/root';
export const workstationHost = 'controlplane';

export function kubeconfigText(namespace = ''): string {
  const text = `apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: DATA+OMITTED
    server: https://${apiServerAddress}:6443
  name: kubernetes
contexts:
- context:
    cluster: kubernetes
    user: kubernetes-admin${namespace ? `\n    namespace: ${namespace}` : ''}
  name: kubernetes-admin@kubernetes
current-context: kubernetes-admin@kubernetes
kind: Config
preferences: {}
users:
- name: kubernetes-admin
  user:
    client-certificate-data: DATA+OMITTED
    client-key-data: DATA+OMITTED
`;
  // kubectl reads the file the lab wrote without the YAML parser (loaded after the first answer).
  if (!namespace) rememberKubeconfig(text, kubeconfigValue());
  return text;
}

/** What the YAML parser reads in kubeconfigText() (without a namespace), key for key. */
function kubeconfigValue(): Record<string, unknown> {
  const omitted = 'DATA+OMITTED';
  return {
    apiVersion: 'v1',
    clusters: [{ cluster: { 'certificate-authority-data': omitted, server: `https://${apiServerAddress}:6443` }, name: 'kubernetes' }],
    contexts: [{ context: { cluster: 'kubernetes', user: 'kubernetes-admin' }, name: 'kubernetes-admin@kubernetes' }],
    'current-context': 'kubernetes-admin@kubernetes',
    kind: 'Config',
    preferences: {},
    users: [{ name: 'kubernetes-admin', user: { 'client-certificate-data': omitted, 'client-key-data': omitted } }],
  };
}

export function newWorkstationFS(clock: VirtualClock): MemoryFS {
  const fs = new MemoryFS(() => clock.now());
  for (const d of ['/root/.kube', '/tmp', '/etc', '/usr/bin']) fs.mkdir(d, { recursive: true });
  fs.writeFile('/root/.kube/config', kubeconfigText());
  fs.writeFile('/etc/hostname', `${workstationHost}\n`);
  return fs;
}

/** The kubeconfig view kubectl needs: the current context's cluster, user and namespace. */
export function readKubeconfig(io: ProcessIO): KubeConfigView {
  let kc;
  try {
    kc = loadKubeconfig(io);
  } catch {
    kc = undefined;
  }
  const current = kc?.contexts.find((c) => c.name === kc?.currentContext);
  const ctx = contextOf(current);
  return {
    currentContext: kc?.currentContext ?? '',
    cluster: ctx.cluster ?? 'kubernetes',
    user: ctx.user ?? 'kubernetes-admin',
    server: `https://${apiServerAddress}:6443`,
    namespace: ctx.namespace ?? '',
  };
}

export function workstationState(fs: MemoryFS, clock: VirtualClock, programs: Map<string, Program>): ShellState {
  const vars = new Map<string, string>([
    ['HOME', studentHome],
    ['PWD', studentHome],
    ['USER', 'root'],
    ['HOSTNAME', workstationHost],
    ['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    ['SHELL', '/bin/bash'],
    ['TERM', 'xterm-256color'],
    ['KUBECONFIG', '/root/.kube/config'],
  ]);
  return {
    fs,
    programs,
    vars,
    exported: new Set(vars.keys()),
    aliases: new Map([['k', 'kubectl']]),
    cwd: studentHome,
    home: studentHome,
    shellName: 'bash',
    pid: 1234,
    lastStatus: 0,
    columns: 120,
    now: () => clock.now(),
  };
}

/** `controlplane:~$ ` — the prompt of killercoda-style labs students know. */
export function workstationPrompt(state: ShellState): string {
  const dir = state.cwd === state.home ? '~' : state.cwd.startsWith(state.home + '/') ? '~' + state.cwd.slice(state.home.length) : state.cwd;
  return `${workstationHost}:${dir}$ `;
}

export type { Interpreter };
