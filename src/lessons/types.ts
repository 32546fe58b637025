// The lesson pack format (docs/lesson-packs.md). A pack is data: text in
// zh-CN and en, a cluster setup, steps with declarative goals, hints and a
// reference solution. Nothing in a pack is ever executed as code.
import type { Goal } from '../engine/checks/goals.js';

export const locales = ['en', 'zh-CN'] as const;
export type Locale = (typeof locales)[number];

/** Text in every locale the lab speaks. */
export type Localized = Record<Locale, string>;

export interface PackFile {
  /** Path on the student's workstation, relative to the home directory. */
  path: string;
  content: string;
}

export interface Manifest {
  /** Where it came from: a path in the pack, or `inline` with its position. */
  name: string;
  content: string;
}

export interface LessonSetup {
  seed?: number;
  workers?: number;
  /** Manifests applied (as `kubectl apply -f`) before the lesson starts. */
  manifests: Manifest[];
  /** Files placed in the student's home directory. */
  files: PackFile[];
  /** Commands run silently before the lesson starts, after the manifests. */
  commands: string[];
}

export interface Question {
  prompt: Localized;
  choices: Localized[];
  answer: number;
  explanation?: Localized;
}

export interface Step {
  id: string;
  /** Markdown per locale (sanitised when rendered). */
  text: Localized;
  goals: Goal[];
  hints: Localized[];
  /** Lines typed into the terminal that reach every goal of the step. */
  solution: string[];
  question?: Question;
}

export interface Lesson {
  id: string;
  /** The file it was read from (`lessons/01-tour/lesson.yaml`, or the pack file). */
  file: string;
  /** The folder its relative paths start from (`lessons/01-tour/`, or `` in a single-file pack). */
  dir: string;
  /** Source lines of fields, for problems found after loading: `steps[0].solution[1]` → 12. */
  lines: Record<string, number>;
  /** Markdown files of the step texts, per step and locale (for link checks). */
  textFiles: Partial<Record<Locale, string>>[];
  title: Localized;
  summary?: Localized;
  setup: LessonSetup;
  steps: Step[];
}

export interface Pack {
  id: string;
  version: string;
  title: Localized;
  description: Localized;
  authors: string[];
  license: string;
  lessons: Lesson[];
  /** Every file of the pack (relative path → text), for links and workstation files. */
  files: Record<string, string>;
}

/** A problem found in a pack, pointing at the file and line. */
export interface PackProblem {
  file: string;
  line?: number;
  column?: number;
  /** The field, as `steps[2].goals[0].kind`. */
  field?: string;
  message: Localized;
}
