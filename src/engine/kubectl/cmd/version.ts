// `kubectl version`: mirrors staging/src/k8s.io/kubectl/pkg/cmd/version/version.go
// (v1.32): client, kustomize and server versions as text, or -o yaml|json of
// {clientVersion, kustomizeVersion, serverVersion}.
import { marshalJSON, toYAML } from '../../api/yaml.js';
import { CmdError, type Command } from '../command.js';

/** The kubectl this lab imitates: v1.32.4 as released (version.Info of its binary). */
export const clientVersion = {
  major: '1',
  minor: '32',
  gitVersion: 'v1.32.4',
  gitCommit: '59526cd4867447956156ae3a602fcbac10a2c335',
  gitTreeState: 'clean',
  buildDate: '2025-04-22T16:03:58Z',
  goVersion: 'go1.23.6',
  compiler: 'gc',
  platform: 'linux/amd64',
};

export const kustomizeVersion = 'v5.5.0';

export const versionCommand: Command = {
  name: 'version',
  short: 'Print the client and server version information',
  flags: [
    { name: 'client', type: 'bool', default: false },
    { name: 'output', short: 'o', type: 'string', default: '' },
  ],
  run: (ctx) => {
    if (ctx.flags.args.length) throw new CmdError(`extra arguments: [${ctx.flags.args.join(' ')}]`);
    const output = ctx.flags.string('output');
    if (output !== '' && output !== 'yaml' && output !== 'json') throw new CmdError("--output must be 'yaml' or 'json'");
    const info: Record<string, unknown> = { clientVersion, kustomizeVersion };
    if (!ctx.flags.bool('client')) {
      const s = ctx.deps.serverVersion;
      // The server's version.Info, with build details of the matching upstream release.
      info.serverVersion = {
        major: s.major,
        minor: s.minor,
        gitVersion: s.gitVersion,
        gitCommit: s.gitVersion === clientVersion.gitVersion ? clientVersion.gitCommit : '0000000000000000000000000000000000000000',
        gitTreeState: 'clean',
        buildDate: '2025-04-22T15:56:39Z',
        goVersion: clientVersion.goVersion,
        compiler: 'gc',
        platform: s.platform,
      };
    }
    if (output === 'json') ctx.io.stdout(marshalJSON(info, { indent: '  ' }) + '\n');
    else if (output === 'yaml') ctx.io.stdout(toYAML(info));
    else {
      let text = `Client Version: ${clientVersion.gitVersion}\nKustomize Version: ${kustomizeVersion}\n`;
      if (info.serverVersion) text += `Server Version: ${ctx.deps.serverVersion.gitVersion}\n`;
      ctx.io.stdout(text);
    }
    return 0;
  },
};
