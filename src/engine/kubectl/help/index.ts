// Help texts, as kubectl v1.32 prints them for `--help`. texts.ts is captured
// from the real binary by scripts/capture-kubectl-help.mjs (see its header).
import { helpTexts } from './texts.js';

/** `kubectl get --help` → helpText(['get']); undefined when not captured. */
export function helpText(path: string[]): string | undefined {
  return helpTexts[path.join(' ')];
}

export function rootHelp(): string {
  return helpTexts[''] ?? 'kubectl controls the Kubernetes cluster manager.\n';
}
