export { VirtualClock, toRFC3339, toRFC3339Micro, parseRFC3339, type TimerId } from './clock.js';
export { SeededRandom } from './random.js';
export { generateName, newUID, randomString, nameAlphabet } from './names.js';
