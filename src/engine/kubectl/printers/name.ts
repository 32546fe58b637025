// Mirrors cli-runtime's printers.NamePrinter (`-o name`): "<kind>[.<group>]/<name>"
// with the kind lowercased, e.g. pod/nginx, deployment.apps/web; the core group has
// no suffix, a nameless object prints as <unknown>.

export interface NamedObject {
  apiVersion?: string;
  kind?: string;
  metadata?: { name?: string };
}

/** One line; `operation` is appended as in "pod/nginx created". Throws for a missing kind. */
export function printName(obj: NamedObject, operation = ''): string {
  const apiVersion = obj.apiVersion ?? '';
  const slash = apiVersion.indexOf('/');
  const group = slash < 0 ? '' : apiVersion.slice(0, slash);
  const name = obj.metadata?.name || '<unknown>';
  const kind = obj.kind ?? '';
  if (kind === '') throw new Error(`missing kind for resource with name ${name}`);
  const op = operation ? ' ' + operation : '';
  return `${kind.toLowerCase()}${group ? '.' + group : ''}/${name}${op}\n`;
}
