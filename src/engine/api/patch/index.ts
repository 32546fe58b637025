// Patching as the API server and kubectl do it: JSON patch (RFC 6902), JSON merge patch
// (RFC 7386) and strategic merge patch (apimachinery/pkg/util/strategicpatch).
export { PatchError, type PatchErrorReason } from './errors.js';
export { applyJsonPatch } from './jsonPatch.js';
export { jsonMergePatch, createJsonMergePatch, createThreeWayJsonMergePatch } from './jsonMergePatch.js';
export { strategicMergePatch } from './strategicMerge.js';
export { createTwoWayMergePatch, createThreeWayMergePatch } from './strategicDiff.js';
export { isStrategicKind, kindName } from './patchMeta.js';
