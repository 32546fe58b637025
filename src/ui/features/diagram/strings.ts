// The diagram's own words in en and zh-CN: the captions of the messages it
// animates and the labels of its panels. (Component explanations: explain.ts.)
import type { Caption } from './story.js';

export type Lang = 'en' | 'zh-CN';

export function langOf(language: string | undefined): Lang {
  return language?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

type Params = Record<string, string | number>;
const fill = (s: string, p: Params) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(p[k] ?? ''));

const subjects: Record<Lang, Record<string, string>> = {
  en: { you: 'kubectl', scheduler: 'kube-scheduler', kubelet: 'kubelet on {node}', controller: '{controller} controller', cm: 'kube-controller-manager' },
  'zh-CN': { you: 'kubectl', scheduler: 'kube-scheduler', kubelet: '{node} 上的 kubelet', controller: '{controller} 控制器', cm: 'kube-controller-manager' },
};

const predicates: Record<Lang, Record<string, string>> = {
  en: {
    'you.create': 'asks the API server to create {kind} {name}; the API server stores it in etcd',
    'you.createMany': 'asks the API server to create {count} objects',
    'you.update': 'asks the API server to change {kind} {name}',
    'you.patch': 'asks the API server to change {kind} {name}',
    'you.delete': 'asks the API server to delete {kind} {name}',
    'you.deleteMany': 'asks the API server to delete {count} {kind}s',
    'you.scale': 'asks the API server to scale {kind} {name}',
    'any.create': 'created {kind} {name}',
    'any.createMany': 'created {count} {kind}s ({name}, …)',
    'any.update': 'updated {kind} {name}',
    'any.updateMany': 'updated {count} {kind}s',
    'any.patch': 'updated {kind} {name}',
    'any.patchMany': 'updated {count} {kind}s',
    'any.delete': 'deleted {kind} {name}',
    'any.deleteMany': 'deleted {count} {kind}s',
    'any.status': 'recorded the status of {kind} {name}',
    'any.statusMany': 'recorded the status of {count} {kind}s',
    'any.scale': 'scaled {kind} {name}',
    'any.scaleMany': 'scaled {count} {kind}s',
    'any.bind': 'bound {name} to {target}',
    'any.bindMany': 'bound {count} Pods ({spread})',
    'any.podStatus': 'reports that {name} is {status}',
    'any.podStatusMany': 'reported the status of {count} Pods',
    'any.failed': 'the API server refused to {verb} {kind} {name} (HTTP {code})',
  },
  'zh-CN': {
    'you.create': '请 API server 创建 {kind} {name}；API server 把它存进 etcd',
    'you.createMany': '请 API server 创建 {count} 个对象',
    'you.update': '请 API server 修改 {kind} {name}',
    'you.patch': '请 API server 修改 {kind} {name}',
    'you.delete': '请 API server 删除 {kind} {name}',
    'you.deleteMany': '请 API server 删除 {count} 个 {kind}',
    'you.scale': '请 API server 扩缩 {kind} {name}',
    'any.create': '创建了 {kind} {name}',
    'any.createMany': '创建了 {count} 个 {kind}（{name} 等）',
    'any.update': '更新了 {kind} {name}',
    'any.updateMany': '更新了 {count} 个 {kind}',
    'any.patch': '更新了 {kind} {name}',
    'any.patchMany': '更新了 {count} 个 {kind}',
    'any.delete': '删除了 {kind} {name}',
    'any.deleteMany': '删除了 {count} 个 {kind}',
    'any.status': '记录了 {kind} {name} 的状态',
    'any.statusMany': '记录了 {count} 个 {kind} 的状态',
    'any.scale': '扩缩了 {kind} {name}',
    'any.scaleMany': '扩缩了 {count} 个 {kind}',
    'any.bind': '把 {name} 绑定到 {target}',
    'any.bindMany': '绑定了 {count} 个 Pod（{spread}）',
    'any.podStatus': '报告 {name} 的状态为 {status}',
    'any.podStatusMany': '报告了 {count} 个 Pod 的状态',
    'any.failed': 'API server 拒绝了 {verb} {kind} {name}（HTTP {code}）',
  },
};

/** "kube-scheduler: bound default/nginx-… to node02". */
export function sayCaption(c: Caption, lang: Lang): string {
  const [actor, what] = c.key.split('.') as [string, string];
  const subject = fill(subjects[lang][actor] ?? actor, c.params);
  const table = predicates[lang];
  const pred = (actor === 'you' ? table[`you.${what}`] : undefined) ?? table[`any.${what}`] ?? table[`any.${what.replace(/Many$/, '')}`] ?? what;
  return `${subject}${lang === 'zh-CN' ? '：' : ': '}${fill(pred, c.params)}`;
}

const labels = {
  en: {
    caption: 'What the components are doing',
    idle: 'Type a kubectl command and watch the request travel: kubectl → kube-apiserver → etcd, then out to the components that watch.',
    hint: 'Click a component to read what it does; click a Deployment to see its ReplicaSets and Pods.',
    close: 'Close',
    explainTitle: 'What is {name}?',
    deployments: 'Deployments',
    notReady: 'NotReady',
    restarts: 'restarts',
    unscheduled: 'Pods waiting for a node ({count})',
    noNodes: 'No nodes have registered with the API server yet.',
    motion: 'Animations are off (your system asks for reduced motion).',
  },
  'zh-CN': {
    caption: '各组件正在做什么',
    idle: '输入一条 kubectl 命令，看请求如何流动：kubectl → kube-apiserver → etcd，再推送给监听它的组件。',
    hint: '点击组件查看它的作用；点击 Deployment 查看它的 ReplicaSet 和 Pod。',
    close: '关闭',
    explainTitle: '{name} 是什么？',
    deployments: 'Deployment',
    notReady: '未就绪',
    restarts: '次重启',
    unscheduled: '等待调度的 Pod（{count}）',
    noNodes: '还没有节点向 API server 注册。',
    motion: '动画已关闭（系统设置要求减少动态效果）。',
  },
};

export type LabelKey = keyof (typeof labels)['en'];

export function label(lang: Lang, key: LabelKey, params: Params = {}): string {
  return fill(labels[lang][key], params);
}
