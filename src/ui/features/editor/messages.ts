// The editor's and inspector's UI strings (zh-CN and en), added to i18next's
// bundles under `editor.` and `inspector.` so the shared message files stay small.
// The few drawn before these panes load (editor.label, fold, unfold, loading,
// newFile, the dividers' labels) and the restore notice's are in i18n/en.ts, zh-CN.ts.
import i18next from 'i18next';

const en = {
  editor: {
    files: 'Files',
    failed: 'The editor could not load: {{message}}',
    noFiles: 'No files yet. Create one with “New file”, or in the terminal (cat > app.yaml).',
    newFilePrompt: 'File name (in your home directory):',
    save: 'Save',
    apply: 'Apply',
    applyTitle: 'Save, then run kubectl apply -f in the terminal',
    applied: 'Applied',
    errors: '{{count}} problems from the API server',
    unsaved: 'unsaved',
    editWaiting: 'kubectl edit is waiting for this file. Save & close to apply your change, or cancel.',
    saveClose: 'Save & close',
    cancelEdit: 'Cancel',
    close: 'Close {{name}}',
  },
  inspector: {
    label: 'Inspector',
    hint: 'Click a Pod, node or component in the diagram to inspect it.',
    close: 'Close the inspector',
    yaml: 'YAML',
    events: 'Events',
    owners: 'Owners',
    owned: 'Controls',
    scheduling: 'Scheduling',
    container: 'Containers',
    noEvents: 'No events.',
    noOwners: 'No owner: created directly.',
    notScheduled: 'The scheduler has not decided about this Pod (yet).',
    chosen: 'chosen: {{node}} (score {{score}})',
    feasible: 'fits',
    rejected: 'rejected by {{plugin}}',
    total: 'total',
    noContainerView: 'This Pod has no sandbox on a node (yet).',
    gone: 'This object no longer exists.',
    sharedWithPause: 'shared with the pause container',
    ownNamespace: 'its own',
    rootfs: 'root file system: overlay of {{count}} image layers',
  },
};

const zhCN: typeof en = {
  editor: {
    files: '文件',
    failed: '编辑器无法加载：{{message}}',
    noFiles: '还没有文件。点“新建文件”，或在终端里创建（cat > app.yaml）。',
    newFilePrompt: '文件名（在你的主目录中）：',
    save: '保存',
    apply: '应用',
    applyTitle: '保存，然后在终端中运行 kubectl apply -f',
    applied: '已应用',
    errors: 'API 服务器报告了 {{count}} 个问题',
    unsaved: '未保存',
    editWaiting: 'kubectl edit 正在等待这个文件。点“保存并关闭”应用修改，或取消。',
    saveClose: '保存并关闭',
    cancelEdit: '取消',
    close: '关闭 {{name}}',
  },
  inspector: {
    label: '检查器',
    hint: '点击图中的 Pod、节点或组件来查看它。',
    close: '关闭检查器',
    yaml: 'YAML',
    events: '事件',
    owners: '所有者',
    owned: '控制的对象',
    scheduling: '调度',
    container: '容器',
    noEvents: '没有事件。',
    noOwners: '没有所有者：是直接创建的。',
    notScheduled: '调度器（还）没有为这个 Pod 做出决定。',
    chosen: '选中：{{node}}（得分 {{score}}）',
    feasible: '可行',
    rejected: '被 {{plugin}} 排除',
    total: '总分',
    noContainerView: '这个 Pod（还）没有在节点上创建沙箱。',
    gone: '这个对象已经不存在了。',
    sharedWithPause: '与 pause 容器共享',
    ownNamespace: '独有',
    rootfs: '根文件系统：{{count}} 个镜像层的 overlay',
  },
};

export const featureMessages = { en, 'zh-CN': zhCN };

let added = false;
/** Add the strings once, now or as soon as i18next is initialised (modules load before main.tsx inits it). */
export function addFeatureMessages(): void {
  if (added) return;
  added = true;
  const add = () => {
    for (const [lng, bundle] of Object.entries(featureMessages)) i18next.addResourceBundle(lng, 'translation', bundle, true, false);
  };
  if (i18next.isInitialized) add();
  else i18next.on('initialized', add);
}
