#!/usr/bin/env node
// Dev-time tool (not run by tests or CI): derives the field schema behind
// `kubectl explain` from the kubernetes-types package's .d.ts files, whose JSDoc
// comments carry the upstream API field descriptions, and writes
// src/engine/kubectl/explain/schema.generated.ts.
//
//   node scripts/gen-explain-schema.mjs
//
// Parsed with the TypeScript compiler API: every interface and type alias
// reachable from the kinds of the lab's API groups becomes a definition
// { description, fields: { name: { type, ref?, description, required? } } }.
// `type` is kubectl explain's type hint (string, integer, []Container,
// map[string]string, PodSpec); `ref` names the definition a field leads to.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ts = require('typescript');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkgDir = join(root, 'node_modules/kubernetes-types');
const pkgVersion = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
const out = join(root, 'src/engine/kubectl/explain/schema.generated.ts');

/** The API groups the lab serves: module path → [group, version]. */
const modules = {
  'core/v1': ['', 'v1'],
  'apps/v1': ['apps', 'v1'],
  'batch/v1': ['batch', 'v1'],
  'coordination/v1': ['coordination.k8s.io', 'v1'],
  'discovery/v1': ['discovery.k8s.io', 'v1'],
  'storage/v1': ['storage.k8s.io', 'v1'],
};

// apimachinery's intstr.IntOrString, which kubernetes-types inlines as `number | string`.
const intOrStringDescription =
  'IntOrString is a type that can hold an int32 or a string.  When used in JSON or YAML marshalling and unmarshalling, it produces or consumes the inner type.  This allows you to have, for example, a JSON field that can accept a name or number.';

/** Parsed .d.ts files by module path ('core/v1'), with their imports resolved lazily. */
const files = new Map();
function load(mod) {
  if (files.has(mod)) return files.get(mod);
  const path = join(pkgDir, mod + '.d.ts');
  const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const decls = new Map();
  const imports = new Map();
  for (const st of sf.statements) {
    if (ts.isImportDeclaration(st)) {
      const from = join(dirname(mod), st.moduleSpecifier.text);
      for (const el of st.importClause?.namedBindings?.elements ?? []) imports.set(el.name.text, relative('.', from));
    } else if ((ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st)) && st.name) {
      decls.set(st.name.text, st);
    }
  }
  const f = { sf, decls, imports };
  files.set(mod, f);
  return f;
}

function jsDoc(node) {
  const docs = node.jsDoc ?? [];
  const c = docs[docs.length - 1]?.comment;
  if (!c) return '';
  return typeof c === 'string' ? c : c.map((p) => p.text).join('');
}

const definitions = {};
const queue = [];

/** Definition key of a named type in a module: 'core/v1.PodSpec'. */
function refKey(mod, name) {
  const f = load(mod);
  if (f.decls.has(name)) return `${mod}.${name}`;
  const from = f.imports.get(name);
  if (from) return refKey(from, name);
  throw new Error(`unresolved type ${name} in ${mod}`);
}

function want(key) {
  if (!(key in definitions)) {
    definitions[key] = null;
    queue.push(key);
  }
}

/** explain's type hint for a TS type node, and the definition it reaches. */
function typeOf(mod, node) {
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword:
    case ts.SyntaxKind.LiteralType:
      return { type: 'string' };
    case ts.SyntaxKind.NumberKeyword:
      return { type: 'integer' };
    case ts.SyntaxKind.BooleanKeyword:
      return { type: 'boolean' };
    case ts.SyntaxKind.AnyKeyword:
    case ts.SyntaxKind.UnknownKeyword:
      return { type: 'Object' };
    case ts.SyntaxKind.UnionType:
      return { type: 'string', ref: 'intstr.IntOrString' };
    case ts.SyntaxKind.ArrayType: {
      const t = typeOf(mod, node.elementType);
      return { ...t, type: '[]' + t.type };
    }
    case ts.SyntaxKind.TypeLiteral: {
      const idx = node.members.find((m) => ts.isIndexSignatureDeclaration(m));
      if (!idx) return { type: 'Object' };
      const t = typeOf(mod, idx.type);
      return { ...t, type: 'map[string]' + t.type };
    }
    case ts.SyntaxKind.TypeReference: {
      const name = node.typeName.getText();
      if (name === 'Array') {
        const t = typeOf(mod, node.typeArguments[0]);
        return { ...t, type: '[]' + t.type };
      }
      const key = refKey(mod, name);
      want(key);
      const [m, n] = splitKey(key);
      const decl = load(m).decls.get(n);
      if (ts.isTypeAliasDeclaration(decl)) return { type: typeOf(m, decl.type).type, ref: key };
      return { type: n, ref: key };
    }
    default:
      throw new Error(`unhandled type ${ts.SyntaxKind[node.kind]} in ${mod}: ${node.getText()}`);
  }
}

function splitKey(key) {
  const i = key.lastIndexOf('.');
  return [key.slice(0, i), key.slice(i + 1)];
}

function build(key) {
  const [mod, name] = splitKey(key);
  const decl = load(mod).decls.get(name);
  const def = { description: jsDoc(decl) };
  if (ts.isInterfaceDeclaration(decl)) {
    def.fields = {};
    for (const m of decl.members) {
      if (!ts.isPropertySignature(m)) continue;
      const fname = m.name.text ?? m.name.getText();
      const t = typeOf(mod, m.type);
      const field = { type: t.type };
      if (t.ref) field.ref = t.ref;
      field.description = jsDoc(m);
      if (!m.questionToken) field.required = true;
      def.fields[fname] = field;
    }
  }
  definitions[key] = def;
}

const kinds = [];
for (const [mod, [group, version]] of Object.entries(modules)) {
  for (const [name, decl] of load(mod).decls) {
    if (!ts.isInterfaceDeclaration(decl) || name.endsWith('List')) continue;
    const kindProp = decl.members.find((m) => m.name?.getText() === 'kind');
    const apiProp = decl.members.find((m) => m.name?.getText() === 'apiVersion');
    if (!kindProp || !apiProp || !ts.isLiteralTypeNode(kindProp.type)) continue;
    kinds.push({ kind: kindProp.type.literal.text, group, version, ref: `${mod}.${name}` });
    want(`${mod}.${name}`);
  }
}
while (queue.length) build(queue.shift());
definitions['intstr.IntOrString'] = { description: intOrStringDescription };

const sorted = Object.fromEntries(Object.keys(definitions).sort().map((k) => [k, definitions[k]]));
writeFileSync(
  out,
  `// Generated by scripts/gen-explain-schema.mjs from kubernetes-types ${pkgVersion} (the API
// types of Kubernetes v${pkgVersion.replace(/\.\d+$/, '')}, close to the v1.32 the lab follows; a few field
// descriptions differ and enum lists are absent). Do not edit by hand; re-run the
// script. Descriptions (c) The Kubernetes Authors, Apache-2.0.
import type { ExplainSchema } from './schema.js';

export const schema: ExplainSchema = ${JSON.stringify({ kinds, definitions: sorted }, null, 1)};
`,
);
console.log(`wrote ${kinds.length} kinds, ${Object.keys(sorted).length} definitions to ${out}`);
