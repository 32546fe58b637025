// Mirrors kubectl's apply annotation helpers (staging/src/k8s.io/kubectl/pkg/util/apply.go):
// the kubectl.kubernetes.io/last-applied-configuration annotation holds the object as
// json.Marshal writes it (sorted keys, compact) plus the encoder's trailing newline.
import { marshalJSON } from '../../../api/yaml.js';
import { clone } from '../../../util/object.js';

export const lastAppliedAnnotation = 'kubectl.kubernetes.io/last-applied-configuration';

/**
 * GetModifiedConfiguration: the object without the annotation, serialized. Its
 * annotations map stays (empty as `{}`) because upstream sets it back before encoding.
 * With `annotate`, the result is the object carrying that text as its annotation.
 */
export function modifiedConfiguration(obj: any, annotate: boolean): string {
  const o = clone(obj);
  const meta = (o.metadata ??= {});
  const annots = { ...(meta.annotations ?? {}) };
  delete annots[lastAppliedAnnotation];
  meta.annotations = annots;
  const text = marshalJSON(o, { sortKeys: true }) + '\n';
  if (!annotate) return text;
  meta.annotations = { ...annots, [lastAppliedAnnotation]: text };
  return marshalJSON(o, { sortKeys: true }) + '\n';
}

/** CreateApplyAnnotation: obj (a copy) with the annotation set to its own configuration. */
export function withApplyAnnotation(obj: any): any {
  const text = modifiedConfiguration(obj, false);
  const o = clone(obj);
  o.metadata = { ...(o.metadata ?? {}), annotations: { ...(o.metadata?.annotations ?? {}), [lastAppliedAnnotation]: text } };
  return o;
}

export function originalConfiguration(obj: any): string | undefined {
  return obj?.metadata?.annotations?.[lastAppliedAnnotation];
}
