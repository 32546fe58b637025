// Mirrors create_secret.go (generic), create_secret_docker.go (docker-registry) and
// create_secret_tls.go (tls): the Secret each builds from flags and workstation files,
// their Validate messages, and "failed to create secret <server message>" on a refusal.
import { marshalJSON } from '../../../api/yaml.js';
import { resolvePath } from '../../../shell/fs.js';
import type { Command, CommandContext } from '../../command.js';
import { CmdError } from '../../command.js';
import { createFlagsNoFile } from './flags.js';
import { meta, oneName, sendGenerated } from './common.js';
import { x509KeyPairError } from './keypair.js';
import { addEnvFileSources, addFileSources, addLiteralSources, base64, checkEnvFileAlone, DataBuilder, secretHash, sourceFlags } from './sources.js';

/** newSecretObj plus --append-hash (the hash covers the name before the suffix). */
function send(ctx: CommandContext, name: string, type: string, data: Record<string, string>): number {
  const secretName = ctx.flags.bool('append-hash') ? `${name}-${secretHash(name, type, data)}` : name;
  const s: any = { kind: 'Secret', apiVersion: 'v1', metadata: meta(ctx, secretName) };
  if (Object.keys(data).length) s.data = data;
  if (type) s.type = type;
  return sendGenerated(ctx, '', 'secrets', s, { failedTo: 'failed to create secret ' });
}

const secretGeneric: Command = {
  name: 'generic',
  short: 'Create a secret from a local file, directory, or literal value',
  flags: [...createFlagsNoFile, ...sourceFlags, { name: 'type', type: 'string', default: '' }],
  run(ctx) {
    const name = oneName(ctx);
    checkEnvFileAlone(ctx);
    const b = new DataBuilder('Secret', name);
    addLiteralSources(b, ctx.flags.strings('from-literal'));
    addFileSources(ctx, b, ctx.flags.strings('from-file'));
    addEnvFileSources(ctx, b, ctx.flags.strings('from-env-file'), 'secret');
    return send(ctx, name, ctx.flags.string('type'), b.sorted());
  },
};

/**
 * docker-registry: a ~/.docker/config.json with one `auths` entry, or the files given
 * (a path without `key=` is stored under .dockerconfigjson).
 */
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
    const f = (n: string) => ctx.flags.string(n);
    const files = ctx.flags.strings('from-file').map((s) => (s.includes('=') ? s : `.dockerconfigjson=${s}`));
    if (!files.length && (!f('docker-username') || !f('docker-password') || !f('docker-server'))) {
      throw new CmdError('either --from-file or the combination of --docker-username, --docker-password and --docker-server is required');
    }
    const b = new DataBuilder('Secret', name);
    if (files.length) addFileSources(ctx, b, files);
    else {
      // DockerConfigEntry's fields are all omitempty.
      const entry: Record<string, string> = {};
      for (const k of ['username', 'password', 'email'] as const) if (f(`docker-${k}`)) entry[k] = f(`docker-${k}`);
      entry.auth = base64(`${f('docker-username')}:${f('docker-password')}`);
      b.add('.dockerconfigjson', marshalJSON({ auths: { [f('docker-server')]: entry } }));
    }
    return send(ctx, name, 'kubernetes.io/dockerconfigjson', b.sorted());
  },
};

/** os.ReadFile as readFile in create_secret_tls.go reports it: `Cannot read file F, open F: …`. */
function readFile(ctx: CommandContext, path: string): string {
  const abs = resolvePath(ctx.io.cwd, path, ctx.io.env.get('HOME') || '/root');
  const st = ctx.io.fs.stat(abs);
  if (!st) throw new CmdError(`Cannot read file ${path}, open ${path}: no such file or directory`);
  if (st.type === 'dir') throw new CmdError(`Cannot read file ${path}, read ${path}: is a directory`);
  return ctx.io.fs.readFile(abs);
}

const secretTLS: Command = {
  name: 'tls',
  short: 'Create a TLS secret',
  flags: [
    ...createFlagsNoFile,
    { name: 'cert', type: 'string', default: '' },
    { name: 'key', type: 'string', default: '' },
    { name: 'append-hash', type: 'bool', default: false },
  ],
  run(ctx) {
    const name = oneName(ctx);
    const [certPath, keyPath] = [ctx.flags.string('cert'), ctx.flags.string('key')];
    if (!certPath || !keyPath) throw new CmdError('key and cert must be specified');
    const cert = readFile(ctx, certPath);
    const key = readFile(ctx, keyPath);
    const bad = x509KeyPairError(cert, key);
    if (bad) throw new CmdError(bad);
    return send(ctx, name, 'kubernetes.io/tls', { 'tls.crt': base64(cert), 'tls.key': base64(key) });
  },
};

export const createSecret: Command = {
  name: 'secret',
  short: 'Create a secret using a specified subcommand',
  flags: [],
  subcommands: [secretDockerRegistry, secretGeneric, secretTLS],
};
