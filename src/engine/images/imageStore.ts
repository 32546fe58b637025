// Each image's layers as read-only trees, built once and shared by every
// container of the image on every node (overlay never writes to a lower layer).
import { treeFromFiles, type TreeFS } from '../linux/vfs/tree.js';
import type { ImageDef } from './types.js';

const built = new WeakMap<ImageDef, TreeFS[]>();

/** Lower layers of `def`, top-most first (overlayfs lowerdir order). */
export function layerTrees(def: ImageDef): TreeFS[] {
  let l = built.get(def);
  if (!l) {
    l = def.layers.map((files) => treeFromFiles(files)).reverse();
    built.set(def, l);
  }
  return l;
}
