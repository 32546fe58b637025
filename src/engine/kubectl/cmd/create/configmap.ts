// Mirrors create_configmap.go and create_secret.go (generic, docker-registry):
// --from-literal, --from-file ([key=]path, directories), --from-env-file, --type.
import { resolvePath } from '../../../shell/fs.js';
import type { Command, CommandContext } from '../../command.js';
import { CmdError } from '../../command.js';
import { createFlagsNoFile } from './flags.js';
import { meta, oneName, requireFlag, sendGenerated } from './common.js';

type Kind = 'ConfigMap' | 'Secret';

const envNameRe = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
const keyRe = /^[-._a-zA-Z0-9]+$/;

function base64(s: string): string {
  const bytes: number[] = [];
  for (const ch of encodeURIComponent(s).matchAll(/%([0-9A-F]{2})|./g)) bytes.push(ch[1] ? parseInt(ch[1], 16) : ch[0].charCodeAt(0));
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i]!, bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += abc[(n >> 18) & 63]! + abc[(n >> 12) & 63]! + (b === undefined ? '=' : abc[(n >> 6) & 63]!) + (c === undefined ? '=' : abc[n & 63]!);
  }
  return out;
}

class DataBuilder {
  readonly data: Record<string, string> = {};
  constructor(
    private readonly kind: Kind,
    private readonly name: string,
  ) {}

  add(key: string, value: string): void {
    if (!keyRe.test(key)) {
      throw new CmdError(
        `"${key}" is not a valid key name for a ${this.kind}: a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')`,
      );
    }
    if (key in this.data) {
      throw new CmdError(`cannot add key "${key}", another key by that name already exists in ${this.kind === 'Secret' ? 'data' : 'Data'} for ${this.kind} "${this.name}"`);
    }
    this.data[key] = this.kind === 'Secret' ? base64(value) : value;
  }
}

function fromSources(ctx: CommandContext, b: DataBuilder): void {
  const io = ctx.io;
  const home = io.env.get('HOME') || '/root';
  for (const src of ctx.flags.strings('from-file')) {
    const eq = src.indexOf('=');
    const [key, path] = eq < 0 ? ['', src] : [src.slice(0, eq), src.slice(eq + 1)];
    if (eq >= 0 && (!key || !path)) throw new CmdError(`key names or file paths cannot be empty`);
    const abs = resolvePath(io.cwd, path, home);
    const st = io.fs.stat(abs);
    if (!st) throw new CmdError(`error reading ${path}: no such file or directory`);
    if (st.type === 'dir') {
      if (key) throw new CmdError('cannot give a key name for a directory path');
      for (const f of io.fs.readdir(abs)) {
        const p = `${abs}/${f}`;
        if (io.fs.stat(p)?.type === 'file') b.add(f, io.fs.readFile(p));
      }
    } else b.add(key || path.split('/').pop()!, io.fs.readFile(abs));
  }
  for (const lit of ctx.flags.strings('from-literal')) {
    const eq = lit.indexOf('=');
    if (eq <= 0) throw new CmdError(`invalid literal source ${lit}, expected key=value`);
    b.add(lit.slice(0, eq), lit.slice(eq + 1));
  }
  for (const path of ctx.flags.strings('from-env-file')) {
    const abs = resolvePath(io.cwd, path, home);
    if (!io.fs.stat(abs)) throw new CmdError(`error reading ${path}: no such file or directory`);
    const lines = io.fs.readFile(abs).split('\n');
    lines.forEach((raw, i) => {
      const line = raw.replace(/^\uFEFF/, '').replace(/^\s+/, '');
      if (!line || line.startsWith('#')) return;
      const eq = line.indexOf('=');
      const k = eq < 0 ? line.trimEnd() : line.slice(0, eq);
      if (!envNameRe.test(k)) {
        throw new CmdError(
          `"${k}" is not a valid key name: a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')`,
        );
      }
      if (eq < 0) {
        const v = io.env.get(k);
        if (v !== undefined) b.add(k, v);
        return;
      }
      void i;
      b.add(k, line.slice(eq + 1));
    });
  }
}

const sourceFlags = [
  { name: 'from-file', type: 'stringSlice' as const, default: [] },
  { name: 'from-literal', type: 'stringArray' as const, default: [] },
  { name: 'from-env-file', type: 'stringSlice' as const, default: [] },
  { name: 'append-hash', type: 'bool' as const, default: false },
];

export const createConfigMap: Command = {
  name: 'configmap',
  aliases: ['cm'],
  short: 'Create a config map from a local file, directory or literal value',
  flags: [...createFlagsNoFile, ...sourceFlags],
  run(ctx) {
    const name = oneName(ctx);
    const b = new DataBuilder('ConfigMap', name);
    fromSources(ctx, b);
    const cm: any = { kind: 'ConfigMap', apiVersion: 'v1', metadata: meta(ctx, name) };
    if (Object.keys(b.data).length) cm.data = b.data;
    return sendGenerated(ctx, '', 'configmaps', cm);
  },
};

const secretGeneric: Command = {
  name: 'generic',
  short: 'Create a secret from a local file, directory, or literal value',
  flags: [...createFlagsNoFile, ...sourceFlags, { name: 'type', type: 'string', default: '' }],
  run(ctx) {
    const name = oneName(ctx);
    const b = new DataBuilder('Secret', name);
    fromSources(ctx, b);
    const s: any = { kind: 'Secret', apiVersion: 'v1', metadata: meta(ctx, name) };
    if (Object.keys(b.data).length) s.data = b.data;
    if (ctx.flags.string('type')) s.type = ctx.flags.string('type');
    return sendGenerated(ctx, '', 'secrets', s);
  },
};

const secretDockerRegistry: Command = {
  name: 'docker-registry',
  short: 'Create a secret for use with a Docker registry',
  flags: [
    ...createFlagsNoFile,
    { name: 'docker-server', type: 'string', default: 'https://index.docker.io/v1/' },
    { name: 'docker-username', type: 'string', default: '' },
    { name: 'docker-password', type: 'string', default: '' },
    { name: 'docker-email', type: 'string', default: '' },
    { name: 'from-file', type: 'stringSlice', default: [] },
    { name: 'append-hash', type: 'bool', default: false },
  ],
  run(ctx) {
    const name = oneName(ctx);
    if (!ctx.flags.strings('from-file').length && (!ctx.flags.string('docker-username') || !ctx.flags.string('docker-password'))) {
      throw new CmdError('either --from-file or the combination of --docker-username, --docker-password and --docker-server is required');
    }
    const f = (n: string) => ctx.flags.string(n);
    const auth = {
      username: f('docker-username'),
      password: f('docker-password'),
      ...(f('docker-email') ? { email: f('docker-email') } : {}),
      auth: base64(`${f('docker-username')}:${f('docker-password')}`),
    };
    const json = JSON.stringify({ auths: { [f('docker-server')]: auth } });
    const s = { kind: 'Secret', apiVersion: 'v1', metadata: meta(ctx, name), data: { '.dockerconfigjson': base64(json) }, type: 'kubernetes.io/dockerconfigjson' };
    return sendGenerated(ctx, '', 'secrets', s);
  },
};

export const createSecret: Command = {
  name: 'secret',
  short: 'Create a secret using a specified subcommand',
  flags: [],
  subcommands: [secretDockerRegistry, secretGeneric],
};
