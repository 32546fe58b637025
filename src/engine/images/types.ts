// What an image is here: a repository with tags, a compressed size (which
// drives pull time), layers of files, the image config (entrypoint, cmd, env,
// workdir, exposed ports, stop signal) and the programs its binaries run.
import type { Behaviour } from '../linux/behaviour.js';
import type { Kernel } from '../linux/kernel.js';
import type { Files } from './distros.js';

/** Builds the behaviour of a binary from its argv (argv[0] is the binary as named). */
export type BehaviourFactory = (argv: string[], k: Kernel) => Behaviour;

export interface ImageConfig {
  entrypoint: string[];
  cmd: string[];
  workingDir: string;
  env: Record<string, string>;
  exposedPorts: string[];
  /** Docker's STOPSIGNAL (containerd sends it on StopContainer); SIGTERM by default. */
  stopSignal?: string;
  user?: string;
}

export interface ImageDef {
  /** Normalised repository, `docker.io/library/nginx`. */
  repository: string;
  tags: string[];
  /** Compressed bytes (crictl images SIZE; the kubelet's "Image size: N bytes"). */
  size: number;
  layers: Files[];
  config: ImageConfig;
  /** Binary basename → behaviour. Shells and coreutils programs need no entry. */
  programs: Record<string, BehaviourFactory>;
}
