// The text tools students pipe kubectl into (base64, printf, cut, sort, uniq, tr, tee,
// xargs, a small awk): GNU coreutils 9.1 / findutils / bash / mawk behaviour and messages.
// Registered through the coreutils table, so nodes have them and containers whose image
// holds the binary find them (linux/shell.ts wrapPrograms).
import type { Program } from '../types.js';
import { awk } from './awk.js';
import { base64 } from './base64.js';
import { cut } from './cut.js';
import { printf } from './printf.js';
import { sort, uniq } from './sort.js';
import { tee, xargs } from './tee-xargs.js';
import { tr } from './tr.js';

export const textTools: Record<string, Program> = { base64, printf, cut, sort, uniq, tr, tee, xargs, awk };
