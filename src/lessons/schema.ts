// The JSON Schema of lesson packs: pack.yaml, lesson.yaml, and the single-file
// form where lessons are inline. docs/lesson-packs.md documents the same shape.

export const idPattern = '^[a-z0-9][a-z0-9-]*$';
export const versionPattern = '^\\d+\\.\\d+\\.\\d+';

const localized = {
  type: 'object',
  required: ['en', 'zh-CN'],
  properties: { en: { type: 'string', minLength: 1 }, 'zh-CN': { type: 'string', minLength: 1 } },
  additionalProperties: false,
} as const;

const objectRef = {
  resource: { type: 'string', minLength: 1 },
  namespace: { type: 'string' },
  name: { type: 'string' },
  labelSelector: { type: 'string' },
} as const;

export const verbs = ['create', 'get', 'list', 'watch', 'update', 'patch', 'delete', 'deletecollection'] as const;
export const verbPattern = `^(${verbs.join('|')})$`;

export const goalKinds = ['objectExists', 'objectAbsent', 'fieldEquals', 'fieldMatches', 'podsReady', 'rolloutComplete', 'apiRequest', 'commandRan', 'commandOutput'] as const;

const goal = {
  type: 'object',
  required: ['kind'],
  discriminator: { propertyName: 'kind' },
  oneOf: [
    { properties: { label: localized, kind: { const: 'objectExists' }, ...objectRef, count: { type: 'integer', minimum: 1 } }, required: ['kind', 'resource'], additionalProperties: false },
    { properties: { label: localized, kind: { const: 'objectAbsent' }, ...objectRef }, required: ['kind', 'resource'], additionalProperties: false },
    {
      properties: { label: localized, kind: { const: 'fieldEquals' }, ...objectRef, path: { type: 'string' }, value: { type: ['string', 'number', 'boolean'] } },
      required: ['kind', 'resource', 'path', 'value'],
      additionalProperties: false,
    },
    {
      properties: { label: localized, kind: { const: 'fieldMatches' }, ...objectRef, path: { type: 'string' }, pattern: { type: 'string' } },
      required: ['kind', 'resource', 'path', 'pattern'],
      additionalProperties: false,
    },
    {
      properties: { label: localized, kind: { const: 'podsReady' }, namespace: { type: 'string' }, labelSelector: { type: 'string' }, count: { type: 'integer', minimum: 1 } },
      required: ['kind', 'count'],
      additionalProperties: false,
    },
    { properties: { label: localized, kind: { const: 'rolloutComplete' }, namespace: { type: 'string' }, name: { type: 'string' } }, required: ['kind', 'name'], additionalProperties: false },
    {
      properties: {
        label: localized,
        kind: { const: 'apiRequest' },
        verb: { type: ['string', 'array'], pattern: verbPattern, minItems: 1, items: { enum: verbs } },
        resource: { type: 'string' },
        subresource: { type: 'string' },
        namespace: { type: 'string' },
        name: { type: 'string' },
        user: { type: 'string' },
        userMatches: { type: 'string' },
        successful: { type: 'boolean' },
      },
      required: ['kind', 'verb', 'resource'],
      additionalProperties: false,
    },
    { properties: { label: localized, kind: { const: 'commandRan' }, pattern: { type: 'string', minLength: 1 } }, required: ['kind', 'pattern'], additionalProperties: false },
    {
      properties: { label: localized, kind: { const: 'commandOutput' }, command: { type: 'string' }, output: { type: 'string', minLength: 1 } },
      required: ['kind', 'output'],
      additionalProperties: false,
    },
  ],
} as const;

// Union types are written as `type: [string, object]` with the keywords of
// each (pattern for strings, properties for objects) rather than `oneOf`, so
// a mistake gets one precise error instead of one per alternative.
const step = {
  type: 'object',
  required: ['id', 'goals', 'solution'],
  properties: {
    id: { type: 'string', pattern: idPattern },
    /**
     * Markdown per locale inline, or a path prefix (`steps/01` → steps/01.en.md
     * and steps/01.zh-CN.md). In a folder pack it defaults to `steps/NN`.
     */
    text: { ...localized, type: ['string', 'object'], minLength: 1 },
    goals: { type: 'array', minItems: 1, items: goal },
    hints: { type: 'array', items: localized },
    solution: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
    question: {
      type: 'object',
      required: ['prompt', 'choices', 'answer'],
      properties: {
        prompt: localized,
        choices: { type: 'array', minItems: 2, items: localized },
        answer: { type: 'integer', minimum: 0 },
        explanation: localized,
      },
      additionalProperties: false,
    },
  },
  additionalProperties: false,
} as const;

export const lessonDirPattern = '^[A-Za-z0-9][A-Za-z0-9._-]*$';

export const lessonSchema = {
  type: 'object',
  required: ['id', 'title', 'steps'],
  properties: {
    id: { type: 'string', pattern: idPattern },
    title: localized,
    summary: localized,
    setup: {
      type: 'object',
      properties: {
        seed: { type: 'integer', minimum: 0 },
        workers: { type: 'integer', minimum: 0, maximum: 10 },
        /** Paths in the pack (relative to the lesson folder, then the pack root), or `{content}` inline. */
        manifests: {
          type: 'array',
          items: {
            type: ['string', 'object'],
            minLength: 1,
            required: ['content'],
            properties: { name: { type: 'string' }, content: { type: 'string', minLength: 1 } },
            additionalProperties: false,
          },
        },
        files: {
          type: 'array',
          items: {
            type: 'object',
            required: ['path'],
            properties: { path: { type: 'string', minLength: 1 }, from: { type: 'string' }, content: { type: 'string' } },
            additionalProperties: false,
          },
        },
        commands: { type: 'array', items: { type: 'string' } },
      },
      additionalProperties: false,
    },
    steps: { type: 'array', minItems: 1, items: step },
  },
  additionalProperties: false,
} as const;

export const packSchema = {
  type: 'object',
  required: ['id', 'version', 'title', 'description', 'lessons'],
  properties: {
    id: { type: 'string', pattern: idPattern },
    version: { type: 'string', pattern: versionPattern },
    title: localized,
    description: localized,
    authors: { type: 'array', items: { type: 'string' } },
    license: { type: 'string' },
    /** Folder names under lessons/, or lessons inline (single-file packs). */
    lessons: { type: 'array', minItems: 1, items: { ...lessonSchema, type: ['string', 'object'], pattern: lessonDirPattern } },
  },
  additionalProperties: false,
} as const;
