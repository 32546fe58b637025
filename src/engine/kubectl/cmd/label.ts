// Mirrors staging/src/k8s.io/kubectl/pkg/cmd/label/label.go (shared logic in shared/metaUpdate.ts).
import { metaCommand } from './shared/metaUpdate.js';

export const label = metaCommand('label', 'Update the labels on a resource');
