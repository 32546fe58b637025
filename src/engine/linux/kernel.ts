// Placeholder: the simulated Linux kernel of one node (being written).
import type { VirtualClock } from '../clock/clock.js';
import type { Program } from '../shell/types.js';
import type { Fabric } from './net/fabric.js';

export interface ProcessContext {
  pid: number;
}

export interface KernelOptions {
  clock: VirtualClock;
  hostname: string;
  nodeIP: string;
  podCIDR: string;
  fabric?: Fabric;
  memoryBytes?: number;
  cpus?: number;
  programs?: (ctx: ProcessContext) => Map<string, Program>;
}

export class Kernel {
  constructor(readonly options: KernelOptions) {}
}
