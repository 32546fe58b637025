// What the engine needs of a lesson: its setup and its goals (no text). The
// browser sends this with \`lesson.start\`; \`pack test\` uses the same. Type-only
// imports from the engine, so the UI bundle does not pull the engine in.
import type { LessonSpec } from '../engine/checks/lesson.js';
import type { Lesson } from './types.js';

export function lessonSpec(lesson: Lesson): LessonSpec {
  return {
    id: lesson.id,
    setup: {
      ...(lesson.setup.seed !== undefined ? { seed: lesson.setup.seed } : {}),
      ...(lesson.setup.workers !== undefined ? { workers: lesson.setup.workers } : {}),
      manifests: lesson.setup.manifests.map((m) => ({ name: m.name, content: m.content })),
      files: lesson.setup.files.map((f) => ({ path: f.path, content: f.content })),
      commands: lesson.setup.commands,
    },
    steps: lesson.steps.map((s) => ({ id: s.id, goals: s.goals })),
  };
}
