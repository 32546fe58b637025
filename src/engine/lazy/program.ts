// A program whose code is in the after-the-answer chunk (state.ts): it runs at once
// when the chunk is there; before, it is a job that waits for it on the held clock,
// then runs exactly as it would have, so its answer lands at the same virtual instant.
import { isJob, type Program } from '../shell/types.js';
import { afterAnswerLoaded, notLoadedMessage, waitForAfterAnswer } from './state.js';

export function afterAnswerProgram(name: string, real: () => Program): Program {
  return (argv, io) => {
    if (afterAnswerLoaded()) return real()(argv, io);
    return (function* () {
      try {
        yield* waitForAfterAnswer(() => io.wake());
      } catch (e) {
        io.stderr(notLoadedMessage(name, e));
        return 1;
      }
      const r = real()(argv, io);
      return isJob(r) ? yield* r : r;
    })();
  };
}
