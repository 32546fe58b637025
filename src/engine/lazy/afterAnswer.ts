// The chunk the browser worker fetches a second after its first answer: everything the
// first `kubectl get nodes` does not run. Read it through state.ts (afterAnswer()), never
// by importing this file: in Node it is loaded up front, in the worker by dynamic import.
export { kubectlData } from '../kubectl/kubectlData.js';
export { commands } from '../kubectl/cmd/index.js';
export { coreutils } from '../shell/programs/coreutils.js';
export { systemPrograms } from '../shell/programs/system-programs.js';
export { parseManifests } from '../api/yaml/manifests.js';
export { readManifestFiles } from '../kubectl/util/files.js';
export { diagnoseApply } from '../protocol/diagnostics.js';
export { inspect } from '../protocol/inspect.js';
export { containerView } from '../protocol/containers.js';
export { completeLine } from '../shell/complete.js';
export { kubectlCompleter } from '../kubectl/complete.js';
export { applySetup, LessonProgress } from '../checks/lesson.js';
export * as getMore from '../kubectl/cmd/get/more.js';
export { KubeletConnector } from '../kubelet/connector.js';
export { createLabProgram } from '../cluster/lab.js';
export { nginx, nginxEntrypoint } from '../images/behaviours/nginx.js';
export { mysql } from '../images/behaviours/mysql.js';
export { crasher, httpd, redis, stress } from '../images/behaviours/smallImages.js';
