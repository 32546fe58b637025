// The data sources `kubectl create configmap|secret` read (create_configmap.go,
// create_secret.go, util.ParseFileSource/ParseLiteralSource, cmdutil.AddFromEnvFile)
// and --append-hash (pkg/util/hash: the first 10 hex digits of a sha256, re-lettered).
import { goQuote } from '../../../api/errors.js';
import { marshalJSON } from '../../../api/yaml.js';
import { resolvePath } from '../../../shell/fs.js';
import { sha256Hex } from '../../../util/sha256.js';
import type { CommandContext } from '../../command.js';
import { CmdError } from '../../command.js';
import { base64Encode } from '../../../util/base64.js';

const envNameRe = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
const keyRe = /^[-._a-zA-Z0-9]+$/;
const keyHelp =
  "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";
const envHelp =
  "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')";

/** base64.StdEncoding of a string's UTF-8 bytes, as a Secret's data carries it. */
export const base64 = base64Encode;

/** What a source adds to: a ConfigMap's data (text as is) or a Secret's data (base64). */
export class DataBuilder {
  readonly data: Record<string, string> = {};
  constructor(
    private readonly kind: 'ConfigMap' | 'Secret',
    private readonly name: string,
  ) {}

  /** validateNewConfigMap / addKeyFromLiteralToSecret: their messages differ. */
  add(key: string, value: string): void {
    const secret = this.kind === 'Secret';
    if (!keyRe.test(key)) {
      throw new CmdError(secret ? `${goQuote(key)} is not valid key name for a Secret ${keyHelp}` : `${goQuote(key)} is not a valid key name for a ConfigMap: ${keyHelp}`);
    }
    if (key in this.data) {
      throw new CmdError(
        secret ? `cannot add key ${key}, another key by that name already exists` : `cannot add key ${goQuote(key)}, another key by that name already exists in Data for ConfigMap ${goQuote(this.name)}`,
      );
    }
    this.data[key] = secret ? base64(value) : value;
  }

  /** The data with keys sorted, as Go's map encoding writes them. */
  sorted(): Record<string, string> {
    return Object.fromEntries(Object.keys(this.data).sort().map((k) => [k, this.data[k]!]));
  }
}

function readError(path: string, what: string): CmdError {
  return new CmdError(`error reading ${path}: ${what}`);
}

function absolute(ctx: CommandContext, path: string): string {
  return resolvePath(ctx.io.cwd, path, ctx.io.env.get('HOME') || '/root');
}

/** util.ParseFileSource: `path` (key = base name) or `key=path`. */
export function parseFileSource(source: string): [string, string] {
  const n = source.split('=').length - 1;
  if (n === 0) return [source.replace(/\/+$/, '').split('/').pop() || (source.startsWith('/') ? '/' : '.'), source];
  if (n === 1 && source.startsWith('=')) throw new CmdError(`key name for file path ${source.slice(1)} missing`);
  if (n === 1 && source.endsWith('=')) throw new CmdError(`file path for key name ${source.slice(0, -1)} missing`);
  if (n > 1) throw new CmdError("key names or file paths cannot contain '='");
  const [k, p] = source.split('=');
  return [k!, p!];
}

/** handle…FromFileSources: a file's content under its key, or each regular file of a directory. */
export function addFileSources(ctx: CommandContext, b: DataBuilder, sources: string[]): void {
  const fs = ctx.io.fs;
  for (const source of sources) {
    const [key, path] = parseFileSource(source);
    const abs = absolute(ctx, path);
    const st = fs.stat(abs);
    if (!st) throw readError(path, 'no such file or directory');
    if (st.type === 'dir') {
      if (source.includes('=')) throw new CmdError('cannot give a key name for a directory path');
      for (const f of [...fs.readdir(abs)].sort()) {
        const p = `${abs.replace(/\/$/, '')}/${f}`;
        if (fs.stat(p)?.type === 'file') b.add(f, fs.readFile(p));
      }
    } else b.add(key, fs.readFile(abs));
  }
}

/** util.ParseLiteralSource: `key=value`, the value may hold more `=`. */
export function addLiteralSources(b: DataBuilder, sources: string[]): void {
  for (const lit of sources) {
    const eq = lit.indexOf('=');
    if (eq <= 0) throw new CmdError(`invalid literal source ${lit}, expected key=value`);
    b.add(lit.slice(0, eq), lit.slice(eq + 1));
  }
}

/**
 * cmdutil.AddFromEnvFile: one `KEY=value` a line; leading blanks, blank lines and
 * `#` comments are skipped; a bare `KEY` takes the value of the environment variable
 * ("" when unset). The value is kept exactly (`C= 2 ` is " 2 ").
 */
export function addEnvFileSources(ctx: CommandContext, b: DataBuilder, sources: string[], what: 'secret' | 'config'): void {
  const fs = ctx.io.fs;
  for (const path of sources) {
    const abs = absolute(ctx, path);
    const st = fs.stat(abs);
    if (!st) throw readError(path, 'no such file or directory');
    if (st.type === 'dir') throw new CmdError(`env ${what} file cannot be a directory`);
    fs.readFile(abs)
      .split('\n')
      .forEach((raw, i) => {
        let line = raw.replace(/\r$/, '');
        if (i === 0) line = line.replace(/^\uFEFF/, '');
        line = line.replace(/^\s+/, '');
        if (!line || line.startsWith('#')) return;
        const eq = line.indexOf('=');
        const key = eq < 0 ? line : line.slice(0, eq);
        if (!envNameRe.test(key)) throw new CmdError(`${goQuote(key)} is not a valid key name: ${envHelp}`);
        b.add(key, eq < 0 ? (ctx.io.env.get(key) ?? '') : line.slice(eq + 1));
      });
  }
}

/** from-env-file cannot be mixed with the other sources (Validate of both commands). */
export function checkEnvFileAlone(ctx: CommandContext): void {
  if (ctx.flags.strings('from-env-file').length && (ctx.flags.strings('from-file').length || ctx.flags.strings('from-literal').length)) {
    throw new CmdError('from-env-file cannot be combined with from-file or from-literal');
  }
}

/** hash.encodeHash: 10 hex digits with 0,1,3,a,e swapped for letters that spell no words. */
function encodeHash(json: string): string {
  const swap: Record<string, string> = { '0': 'g', '1': 'h', '3': 'k', a: 'm', e: 't' };
  return sha256Hex(json).slice(0, 10).replace(/[013ae]/g, (c) => swap[c]!);
}

/** hash.ConfigMapHash: over {"data":…,"kind":"ConfigMap","name":…} (keys sorted as Go writes a map). */
export function configMapHash(name: string, data: Record<string, string>): string {
  return encodeHash(marshalJSON({ data, kind: 'ConfigMap', name }, { sortKeys: true }));
}

/** hash.SecretHash: over {"data":…,"kind":"Secret","name":…,"type":…}; e.g. g with a=b → 6bmfk69m66. */
export function secretHash(name: string, type: string, data: Record<string, string>): string {
  return encodeHash(marshalJSON({ data, kind: 'Secret', name, type }, { sortKeys: true }));
}

export const sourceFlags = [
  { name: 'from-file', type: 'stringSlice' as const, default: [] },
  { name: 'from-literal', type: 'stringArray' as const, default: [] },
  { name: 'from-env-file', type: 'stringSlice' as const, default: [] },
  { name: 'append-hash', type: 'bool' as const, default: false },
];
