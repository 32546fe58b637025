// What the UI may import from the engine: the protocol's types and tiny
// helpers. The host (dispatch.ts) is imported only by the worker and tests,
// so the UI's bundle carries none of the engine.
export * from './messages.js';
