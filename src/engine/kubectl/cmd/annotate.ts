// Mirrors staging/src/k8s.io/kubectl/pkg/cmd/annotate/annotate.go (shared logic in shared/metaUpdate.ts).
import { metaCommand } from './shared/metaUpdate.js';

export const annotate = metaCommand('annotate', 'Update the annotations on a resource');
