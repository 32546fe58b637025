// Mirrors staging/src/k8s.io/kubectl/pkg/cmd/create/create_configmap.go: data from
// --from-file ([key=]path, directories), then --from-literal, then --from-env-file;
// --append-hash. (Files the lab reads are text, so binaryData never appears.)
import type { Command } from '../../command.js';
import { createFlagsNoFile } from './flags.js';
import { meta, oneName, sendGenerated } from './common.js';
import { addEnvFileSources, addFileSources, addLiteralSources, checkEnvFileAlone, configMapHash, DataBuilder, sourceFlags } from './sources.js';

export const createConfigMap: Command = {
  name: 'configmap',
  aliases: ['cm'],
  short: 'Create a config map from a local file, directory or literal value',
  flags: [...createFlagsNoFile, ...sourceFlags],
  run(ctx) {
    const name = oneName(ctx);
    checkEnvFileAlone(ctx);
    const b = new DataBuilder('ConfigMap', name);
    addFileSources(ctx, b, ctx.flags.strings('from-file'));
    addLiteralSources(b, ctx.flags.strings('from-literal'));
    addEnvFileSources(ctx, b, ctx.flags.strings('from-env-file'), 'config');
    const data = b.sorted();
    const cmName = ctx.flags.bool('append-hash') ? `${name}-${configMapHash(name, data)}` : name;
    const cm: any = { kind: 'ConfigMap', apiVersion: 'v1', metadata: meta(ctx, cmName) };
    if (Object.keys(data).length) cm.data = data;
    return sendGenerated(ctx, '', 'configmaps', cm, { failedTo: 'failed to create configmap: ' });
  },
};
