// `kubectl config view`: mirrors staging/src/k8s.io/kubectl/pkg/cmd/config/view.go —
// the merged kubeconfig with certificate data shown as DATA+OMITTED and secrets as
// REDACTED unless --raw; --minify keeps only what the current context uses.
import { marshalJSON, toYAML } from '../../../api/yaml.js';
import { CmdError, type Command } from '../../command.js';
import { executeJsonPath } from '../../printers/jsonpath.js';
import { contextOf, loadKubeconfig, type KubeConfig, type Named } from './kubeconfig.js';

type Obj = Record<string, unknown>;

// Go struct field order of clientcmdv1.Cluster / AuthInfo / Context, which -o json keeps.
const clusterOrder = ['server', 'tls-server-name', 'insecure-skip-tls-verify', 'certificate-authority', 'certificate-authority-data', 'proxy-url', 'disable-compression', 'extensions'];
const userOrder = ['client-certificate', 'client-certificate-data', 'client-key', 'client-key-data', 'token', 'tokenFile', 'as', 'as-uid', 'as-groups', 'as-user-extra', 'username', 'password', 'auth-provider', 'exec', 'extensions'];
const contextOrder = ['cluster', 'user', 'namespace', 'extensions'];

function ordered(o: Obj | undefined, order: string[], redact: Record<string, string>): Obj {
  const out: Obj = {};
  const src = o ?? {};
  for (const k of [...order, ...Object.keys(src).filter((k) => !order.includes(k))]) {
    if (src[k] === undefined || src[k] === '' || src[k] === null) continue;
    out[k] = redact[k] ?? src[k];
  }
  return out;
}

function entries(list: Named[], key: string, order: string[], redact: Record<string, string>): Obj[] {
  return list.map((e) => ({ name: e.name, [key]: ordered(e[key] as Obj, order, redact) }));
}

export function viewObject(kc: KubeConfig, raw: boolean, minify: boolean): Obj {
  let { clusters, users, contexts } = kc;
  if (minify) {
    const ctx = contexts.find((c) => c.name === kc.currentContext);
    if (!ctx) throw new CmdError('current-context must exist in order to minify');
    const c = contextOf(ctx);
    contexts = [ctx];
    clusters = clusters.filter((x) => x.name === c.cluster);
    users = users.filter((x) => x.name === c.user);
  }
  const data = 'DATA+OMITTED';
  const clusterRedact: Record<string, string> = raw ? {} : { 'certificate-authority-data': data };
  const userRedact: Record<string, string> = raw ? {} : { 'client-certificate-data': data, 'client-key-data': data, token: 'REDACTED', password: 'REDACTED' };
  return {
    kind: 'Config',
    apiVersion: 'v1',
    preferences: kc.preferences,
    clusters: entries(clusters, 'cluster', clusterOrder, clusterRedact),
    users: entries(users, 'user', userOrder, userRedact),
    contexts: entries(contexts, 'context', contextOrder, {}),
    'current-context': kc.currentContext,
  };
}

export const viewCommand: Command = {
  name: 'view',
  short: 'Display merged kubeconfig settings or a specified kubeconfig file',
  flags: [
    { name: 'raw', type: 'bool', default: false },
    { name: 'minify', type: 'bool', default: false },
    { name: 'flatten', type: 'bool', default: false },
    { name: 'merge', type: 'string', default: 'true' },
    { name: 'output', short: 'o', type: 'string', default: 'yaml' },
    { name: 'template', type: 'string', default: '' },
    { name: 'allow-missing-template-keys', type: 'bool', default: true },
    { name: 'show-managed-fields', type: 'bool', default: false },
  ],
  run: (ctx) => {
    const kc = loadKubeconfig(ctx.io);
    const obj = viewObject(kc, ctx.flags.bool('raw'), ctx.flags.bool('minify'));
    const output = ctx.flags.string('output');
    if (output === 'yaml') ctx.io.stdout(toYAML(obj));
    else if (output === 'json') ctx.io.stdout(marshalJSON(obj, { indent: '    ' }) + '\n');
    else if (output.startsWith('jsonpath=')) ctx.io.stdout(executeJsonPath(output.slice('jsonpath='.length), obj));
    else throw new CmdError(`unable to match a printer suitable for the output format "${output}", allowed formats are: json,jsonpath,jsonpath-as-json,jsonpath-file,name,go-template,go-template-file,template,templatefile,yaml`);
    return 0;
  },
};
