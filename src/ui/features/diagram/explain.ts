// What each component of the diagram does and how it relates to the others,
// in our own words (the course's architecture lesson is the reference), in
// en and zh-CN. Shown when the student clicks a component.
import type { ComponentKind } from './layout.js';
import type { Lang } from './strings.js';

export interface Explanation {
  title: string;
  text: string[];
}

const en: Record<ComponentKind, Explanation> = {
  you: {
    title: 'kubectl (you)',
    text: [
      'kubectl is the command-line client you type into. It turns each command into HTTP requests to the kube-apiserver: `create` becomes a POST, `get` a GET, `scale` a PUT on the scale subresource.',
      'It never talks to nodes, etcd or the scheduler directly; everything goes through the API server.',
      'Watch the diagram after a command: your request reaches the API server, is stored in etcd, and then the components that watch that kind of object start working on it.',
    ],
  },
  apiserver: {
    title: 'kube-apiserver',
    text: [
      'The kube-apiserver is the front door of the cluster and the only component that reads and writes etcd.',
      'Every request — from kubectl, the scheduler, the controllers or a kubelet — is authenticated, validated, given defaults and then stored.',
      'Components do not call each other: they watch the API server for changes to the objects they care about and write their results back to it.',
      'That is why every message in this diagram passes through it.',
    ],
  },
  etcd: {
    title: 'etcd',
    text: [
      'etcd is a consistent key-value store that holds the whole desired and observed state of the cluster: every Deployment, Pod, Node and Service.',
      'Each write gets a new revision number; that number becomes the object’s resourceVersion and lets clients watch for changes “since revision N”.',
      'Only the kube-apiserver talks to etcd. If etcd’s data is lost, the cluster forgets everything it was asked to run.',
    ],
  },
  scheduler: {
    title: 'kube-scheduler',
    text: [
      'The kube-scheduler watches for Pods that have no node yet.',
      'For each one it filters out the nodes that cannot run it (not enough CPU or memory, taints, node selectors) and scores the rest.',
      'It then writes a Binding through the API server, which sets the Pod’s spec.nodeName; it does not start anything itself.',
      'The kubelet of the chosen node sees the bound Pod in its own watch and runs it.',
    ],
  },
  'controller-manager': {
    title: 'kube-controller-manager',
    text: [
      'kube-controller-manager is one program that runs many controllers, each a control loop for one kind of object.',
      'A controller watches the desired state (a Deployment wants 2 replicas) and the observed state (1 Pod exists) and writes changes through the API server until they match.',
      'The deployment controller creates ReplicaSets, the replicaset controller creates and deletes Pods, the garbage collector deletes objects whose owner is gone, the node-lifecycle controller notices nodes that stop reporting.',
      'This declarative, level-triggered style is the heart of Kubernetes: you declare what you want, controllers keep converging towards it.',
    ],
  },
  controller: {
    title: 'a controller',
    text: [
      'This is one of the control loops inside kube-controller-manager.',
      'It watches the objects it is responsible for through the API server, compares what is declared with what exists, and creates, updates or deletes objects to close the gap.',
      'Controllers never talk to each other: one controller’s output (a ReplicaSet) is simply another controller’s input.',
    ],
  },
  kubelet: {
    title: 'kubelet',
    text: [
      'The kubelet is the agent on every node; its name echoes Borg’s “Borglet”.',
      'It watches the API server for Pods bound to its node and makes them real: it asks the container runtime over CRI to create the Pod sandbox (the pause container holding the shared namespaces), pull images and start the containers.',
      'It runs probes, restarts crashed containers with a growing back-off, and reports each Pod’s status back (pods/status) — that is how `kubectl get pods` learns a Pod is Running.',
      'It also renews the node’s lease so the control plane knows the node is alive.',
    ],
  },
  runtime: {
    title: 'containerd (container runtime)',
    text: [
      'containerd is the container runtime the kubelet talks to through the Container Runtime Interface (CRI).',
      'It pulls images (stacks of read-only layers), creates each container’s root filesystem, and starts its process through an OCI runtime.',
      'A container is an ordinary Linux process: namespaces limit what it can see (pid, network, mount …) and cgroups limit what it can use (CPU, memory).',
      'Kubernetes does not care which runtime is used as long as it speaks CRI.',
    ],
  },
  'kube-proxy': {
    title: 'kube-proxy',
    text: [
      'kube-proxy runs on every node (as a DaemonSet Pod) and watches Services and EndpointSlices.',
      'It programs the node’s packet rules (iptables here) so that traffic to a Service’s virtual ClusterIP is sent to one of the Pods behind it.',
      'When Pods come and go, the endpoints change and kube-proxy rewrites the rules; the Service address stays the same.',
    ],
  },
};

const zh: Record<ComponentKind, Explanation> = {
  you: {
    title: 'kubectl（你）',
    text: [
      'kubectl 是你在终端里使用的命令行客户端。它把每条命令变成发给 kube-apiserver 的 HTTP 请求：create 是 POST，get 是 GET，scale 是对 scale 子资源的 PUT。',
      '它从不直接连接节点、etcd 或调度器，一切都经过 API server。',
      '执行命令后看图：请求先到 API server，存进 etcd，然后监听这类对象的组件开始工作。',
    ],
  },
  apiserver: {
    title: 'kube-apiserver',
    text: [
      'kube-apiserver 是集群的大门，也是唯一读写 etcd 的组件。',
      '每个请求——无论来自 kubectl、调度器、控制器还是 kubelet——都要经过认证、校验、补全默认值，然后才被保存。',
      '组件之间从不直接调用：它们通过 API server 监听（watch）自己关心的对象的变化，再把结果写回 API server。',
      '所以图中的每条消息都要经过它。',
    ],
  },
  etcd: {
    title: 'etcd',
    text: [
      'etcd 是一个强一致的键值存储，保存着集群全部的期望状态和观测到的状态：每个 Deployment、Pod、Node 和 Service。',
      '每次写入都会得到一个新的修订号（revision），它就是对象的 resourceVersion，客户端可以据此监听“从第 N 版之后”的变化。',
      '只有 kube-apiserver 会访问 etcd。etcd 的数据丢了，集群就忘记了你让它运行的一切。',
    ],
  },
  scheduler: {
    title: 'kube-scheduler',
    text: [
      'kube-scheduler 监听还没有分配节点的 Pod。',
      '对每个 Pod，它先过滤掉放不下它的节点（CPU 或内存不够、污点、节点选择器不匹配），再给剩下的节点打分。',
      '然后它通过 API server 写入一个 Binding，设置 Pod 的 spec.nodeName；它自己并不启动任何东西。',
      '被选中节点上的 kubelet 在自己的 watch 中看到这个 Pod，才真正把它运行起来。',
    ],
  },
  'controller-manager': {
    title: 'kube-controller-manager',
    text: [
      'kube-controller-manager 是一个程序，里面运行着许多控制器，每个控制器负责一类对象的控制循环。',
      '控制器对比期望状态（Deployment 要 2 个副本）和实际状态（现在只有 1 个 Pod），通过 API server 写入变更，直到两者一致。',
      'deployment 控制器创建 ReplicaSet，replicaset 控制器创建和删除 Pod，垃圾回收器删除属主已不存在的对象，node-lifecycle 控制器发现不再汇报的节点。',
      '这种声明式、基于水平触发的方式正是 Kubernetes 的核心：你声明想要什么，控制器不断向它收敛。',
    ],
  },
  controller: {
    title: '控制器',
    text: [
      '这是 kube-controller-manager 里的一个控制循环。',
      '它通过 API server 监听自己负责的对象，比较声明的状态和实际存在的状态，通过创建、更新或删除对象来消除差距。',
      '控制器之间从不互相调用：一个控制器的输出（比如 ReplicaSet）就是另一个控制器的输入。',
    ],
  },
  kubelet: {
    title: 'kubelet',
    text: [
      'kubelet 是每个节点上的代理，名字来自 Borg 的 “Borglet”。',
      '它通过 API server 监听绑定到本节点的 Pod，并把它们变成现实：通过 CRI 请容器运行时创建 Pod 沙箱（持有共享命名空间的 pause 容器）、拉取镜像、启动容器。',
      '它执行探针，以逐渐增长的退避时间重启崩溃的容器，并把每个 Pod 的状态写回（pods/status）——kubectl get pods 就是这样得知 Pod 已经 Running 的。',
      '它还定期续约节点的 Lease，让控制平面知道节点还活着。',
    ],
  },
  runtime: {
    title: 'containerd（容器运行时）',
    text: [
      'containerd 是 kubelet 通过容器运行时接口（CRI）调用的容器运行时。',
      '它拉取镜像（一层层只读的文件层），为每个容器准备根文件系统，并通过 OCI 运行时启动容器进程。',
      '容器就是一个普通的 Linux 进程：Namespace 限制它能看到什么（pid、网络、挂载……），Cgroups 限制它能用多少（CPU、内存）。',
      '只要遵守 CRI，Kubernetes 并不关心具体用的是哪个运行时。',
    ],
  },
  'kube-proxy': {
    title: 'kube-proxy',
    text: [
      'kube-proxy 运行在每个节点上（作为 DaemonSet 的 Pod），监听 Service 和 EndpointSlice。',
      '它配置节点上的转发规则（这里是 iptables），让发往 Service 虚拟 ClusterIP 的流量被转到它背后的某个 Pod。',
      'Pod 来来去去时，端点随之变化，kube-proxy 重写规则；而 Service 的地址保持不变。',
    ],
  },
};

/** What one controller of kube-controller-manager does, in one sentence. */
const controllers: Record<Lang, Record<string, string>> = {
  en: {
    deployment: 'The deployment controller turns a Deployment into ReplicaSets: one per Pod template, scaling the new one up and the old ones down during a rolling update.',
    replicaset: 'The replicaset controller keeps the number of Pods matching a ReplicaSet’s selector equal to its replicas, creating or deleting Pods.',
    daemonset: 'The daemonset controller runs one Pod of a DaemonSet on every eligible node, as kube-proxy runs on each node here.',
    statefulset: 'The statefulset controller creates Pods with stable names and storage, one at a time and in order.',
    job: 'The job controller runs Pods until the required number have completed successfully.',
    endpointslice: 'The endpointslice controller lists the ready Pods behind each Service, which kube-proxy then uses.',
    'garbage-collector': 'The garbage collector deletes objects whose owner is gone, e.g. the ReplicaSets and Pods of a deleted Deployment.',
    namespace: 'The namespace controller deletes everything inside a Namespace that is being deleted.',
    'node-lifecycle': 'The node-lifecycle controller marks nodes that stop renewing their lease as NotReady and taints them so their Pods get evicted.',
    serviceaccount: 'The serviceaccount controller makes sure every Namespace has a “default” ServiceAccount.',
  },
  'zh-CN': {
    deployment: 'deployment 控制器把 Deployment 变成 ReplicaSet：每个 Pod 模板一个，滚动更新时扩大新的、缩小旧的。',
    replicaset: 'replicaset 控制器让匹配 ReplicaSet 选择器的 Pod 数量等于 replicas，多删少建。',
    daemonset: 'daemonset 控制器在每个符合条件的节点上运行一个 DaemonSet 的 Pod，就像这里每个节点上的 kube-proxy。',
    statefulset: 'statefulset 控制器按顺序逐个创建拥有稳定名字和存储的 Pod。',
    job: 'job 控制器运行 Pod，直到成功完成的数量达到要求。',
    endpointslice: 'endpointslice 控制器列出每个 Service 背后就绪的 Pod，供 kube-proxy 使用。',
    'garbage-collector': '垃圾回收器删除属主已不存在的对象，比如被删除的 Deployment 留下的 ReplicaSet 和 Pod。',
    namespace: 'namespace 控制器删除正在被删除的 Namespace 里的所有对象。',
    'node-lifecycle': 'node-lifecycle 控制器把不再续约 Lease 的节点标记为 NotReady 并打上污点，让其上的 Pod 被驱逐。',
    serviceaccount: 'serviceaccount 控制器确保每个 Namespace 都有名为 default 的 ServiceAccount。',
  },
};

export function explain(kind: ComponentKind, lang: Lang, name?: string): Explanation {
  const base = (lang === 'zh-CN' ? zh : en)[kind];
  if (kind === 'controller' && name) {
    const own = controllers[lang][name];
    return { title: lang === 'zh-CN' ? `${name} 控制器` : `${name} controller`, text: own ? [own, ...base.text.slice(1)] : base.text };
  }
  return base;
}
