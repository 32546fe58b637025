// monaco-yaml's language worker, re-exported so Vite bundles it as our own
// `?worker` (monaco-yaml's README: the direct import breaks under Vite).
import 'monaco-yaml/yaml.worker.js';
