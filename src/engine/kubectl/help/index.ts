// Help texts, as kubectl v1.32 prints them for `--help`. texts.ts is captured
// from the real binary by scripts/capture-kubectl-help.mjs (see its header).
// The captured set doubles as the list of every real kubectl command path (paths.ts),
// so the dispatcher can tell "not in the lab yet" from "not a kubectl command". The
// texts arrive through lazyData.ts: in the browser, after the worker's first answer.
import { kubectlData } from '../lazyData.js';
import { commandAliases, commandPaths } from './paths.js';

/** `kubectl get --help` → helpText(['get']); undefined when not captured. */
export function helpText(path: string[]): string | undefined {
  return kubectlData().helpTexts[path.join(' ')];
}

export function rootHelp(): string {
  return kubectlData().helpTexts[''] ?? 'kubectl controls the Kubernetes cluster manager.\n';
}

/** The real name of a sub-command typed under `path`, aliases resolved: (['create'], 'pdb') → 'poddisruptionbudget'. */
export function realCommandName(path: string[], word: string): string {
  return commandAliases.get([...path, word].join(' '))?.split(' ').pop() ?? word;
}

/** Whether real kubectl v1.32 has this command path (`['rollout', 'status']`). */
export function isRealCommand(path: string[]): boolean {
  return path.length > 0 && path.join(' ') !== 'options' && commandPaths.has(path.join(' '));
}

/**
 * The root's commands in the order cobra holds them (the order of AddCommand in
 * cmd.go: the help groups first, then config, plugin, version, api-versions,
 * api-resources, options), which is the order of "Did you mean this?".
 */
export function rootCommandOrder(): string[] {
  const grouped: string[] = [];
  let inGroup = false;
  for (const line of rootHelp().split('\n')) {
    if (/^[A-Z][^:]*:$/.test(line)) inGroup = line !== 'Other Commands:' && line !== 'Usage:';
    const m = inGroup ? /^ {2}(\S+)\s{2,}/.exec(line) : null;
    if (m) grouped.push(m[1]!);
  }
  return [...grouped, 'config', 'plugin', 'version', 'api-versions', 'api-resources', 'options'];
}
