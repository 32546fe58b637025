// Mirrors pkg/registry/apps/deployment/strategy.go: status cleared and generation 1 on
// create; on update the status is kept and the generation moves when the spec changed.
import type { Deployment } from 'kubernetes-types/apps/v1';
import type { Strategy } from './strategy.js';
import { defaultDeployment } from '../../api/defaults/apps.js';
import { validateDeployment, validateDeploymentUpdate, validateReplicaCounts } from '../../api/validation/apps.js';
import { keepSpec, keepStatusBumpGeneration, resetForCreate, type Obj } from './common.js';

export const strategy: Strategy<Deployment> = {
  default: defaultDeployment,
  prepareForCreate: (d) => resetForCreate(d as Obj),
  prepareForUpdate: (d, old) => keepStatusBumpGeneration(d as Obj, old as Obj),
  validate: validateDeployment,
  validateUpdate: validateDeploymentUpdate,
  // deploymentStatusStrategy keeps spec and labels only: the controller writes the
  // revision annotation through the status subresource.
  prepareForStatusUpdate: (d, old, request) => {
    keepSpec(d as Obj, old as Obj);
    if (request?.metadata && d.metadata) {
      const annotations = request.metadata.annotations;
      if (annotations && Object.keys(annotations).length) d.metadata.annotations = { ...annotations };
      else delete d.metadata.annotations;
    }
  },
  validateStatusUpdate: (d) => validateReplicaCounts(d.status as unknown as Record<string, number>, 'status'),
};
