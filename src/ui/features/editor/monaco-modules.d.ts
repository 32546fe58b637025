// Types for the monaco entry points the editor imports by path (the package
// types only its main entry, which would pull in every language).
declare module 'monaco-editor/esm/vs/editor/edcore.main.js' {
  export * from 'monaco-editor';
}
declare module 'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution.js';
declare module 'monaco-yaml/yaml.worker.js';
declare module 'virtual:k8s-schema' {
  const schema: Record<string, unknown>;
  export default schema;
}
