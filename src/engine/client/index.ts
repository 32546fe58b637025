export { Client } from './client.js';
export { SharedInformer, SharedInformerFactory, keyOf, splitKey, namespaceIndex, type EventHandler } from './informer.js';
export { WorkQueue } from './workqueue.js';
export { EventRecorder, type EventSource } from './events.js';
