// The lesson pane's own words (the lesson texts come from the pack).
import type { Locale } from '../../../lessons/types.js';

const en = {
  packMenu: 'Lessons from',
  builtin: 'Built-in course',
  openFolder: 'Open a pack folder…',
  openZip: 'Open a pack file (.yaml or .zip)…',
  openUrl: 'Load from URL',
  dropHere: 'Drop a lesson pack here: a folder, a .zip or a .yaml',
  urlPlaceholder: 'https://…/pack.yaml or .zip',
  sandbox: 'Free sandbox (no lesson)',
  chooseLesson: 'Choose a lesson',
  step: 'Step',
  of: 'of',
  previous: 'Previous',
  next: 'Next',
  goals: 'Checks',
  hint: 'Show a hint',
  moreHint: 'Another hint',
  noMoreHints: 'No more hints.',
  solution: 'Show solution',
  hideSolution: 'Hide solution',
  typeSolution: 'Type it into the terminal',
  reset: 'Reset lesson',
  export: 'Export progress (JSON)',
  question: 'Predict, then observe',
  check: 'Check my answer',
  right: 'Right.',
  wrong: 'Not quite.',
  stepDone: 'Step complete.',
  lessonDone: 'Lesson complete. Well done!',
  notCurrent: 'This step is checked after the steps before it.',
  checkHere: 'Check this step now',
  replay: 'Catch up: type the solutions of the steps before it',
  problems: 'This pack has problems; the lab keeps working without it.',
  loadFailed: 'Could not load the pack:',
  setupFailed: 'The lesson setup reported problems:',
  run: 'Run',
  openInEditor: 'Open in editor',
  completedBefore: 'completed before',
  loading: 'Preparing the lesson…',
};

const zh: typeof en = {
  packMenu: '课程来源',
  builtin: '内置课程',
  openFolder: '打开课程包文件夹…',
  openZip: '打开课程包文件（.yaml 或 .zip）…',
  openUrl: '从 URL 加载',
  dropHere: '把课程包拖放到这里：文件夹、.zip 或 .yaml',
  urlPlaceholder: 'https://…/pack.yaml 或 .zip',
  sandbox: '自由实验（不跟课程）',
  chooseLesson: '选择一课',
  step: '第',
  of: '步，共',
  previous: '上一步',
  next: '下一步',
  goals: '检查项',
  hint: '看一条提示',
  moreHint: '再看一条提示',
  noMoreHints: '没有更多提示了。',
  solution: '查看参考答案',
  hideSolution: '收起参考答案',
  typeSolution: '输入到终端',
  reset: '重置本课',
  export: '导出学习进度（JSON）',
  question: '先预测，再观察',
  check: '核对答案',
  right: '答对了。',
  wrong: '不太对。',
  stepDone: '这一步完成了。',
  lessonDone: '本课完成，干得好！',
  notCurrent: '完成前面的步骤后，才会检查这一步。',
  checkHere: '从这一步开始检查',
  replay: '快速跟上：把前面各步的参考答案输入终端',
  problems: '这个课程包有问题；不加载它，实验室照常可用。',
  loadFailed: '无法加载课程包：',
  setupFailed: '课程的初始准备出现了问题：',
  run: '运行',
  openInEditor: '在编辑器中打开',
  completedBefore: '以前完成过',
  loading: '正在准备课程…',
};

export type Strings = typeof en;

export function strings(locale: Locale): Strings {
  return locale === 'zh-CN' ? zh : en;
}

export function stepLabel(locale: Locale, n: number, total: number): string {
  return locale === 'zh-CN' ? `第 ${n} 步，共 ${total} 步` : `Step ${n} of ${total}`;
}
