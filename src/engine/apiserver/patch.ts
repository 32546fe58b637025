// Mirrors the patch handler (apiserver/pkg/endpoints/handlers/patch.go): apply
// a JSON, merge or strategic-merge patch to the current object; bad patches
// answer 400 or 422 as upstream does.
import { newBadRequest } from '../api/errors.js';
import { PatchError, applyJsonPatch, jsonMergePatch, strategicMergePatch } from '../api/patch/index.js';
import type { PatchType } from './types.js';

export function applyPatch(type: PatchType, current: unknown, patch: unknown, kind: string): unknown {
  try {
    switch (type) {
      case 'json':
        return applyJsonPatch(current, patch);
      case 'merge':
        return jsonMergePatch(current, patch);
      case 'strategic':
        return strategicMergePatch(current, patch, kind);
    }
  } catch (e) {
    if (e instanceof PatchError) throw e.toStatusError();
    throw newBadRequest((e as Error).message);
  }
}
