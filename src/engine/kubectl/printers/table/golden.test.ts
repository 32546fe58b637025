// Golden outputs of the real kubectl v1.32 printing server-side tables whose cells
// came from these handlers (a throwaway fake API server fed it the wide rows), so
// they pin the client half: decorateTable, priority filtering and the tab writer.
import { describe, expect, it } from "vitest";
import { printTable, tableFor, type PrintOptions } from "./index.js";

const NOW = Date.parse("2025-06-01T12:00:00Z");
const ago = (ms: number) =>
  new Date(Math.floor((NOW - ms) / 1000) * 1000)
    .toISOString()
    .replace(".000Z", "Z");
const pod = (
  ns: string,
  name: string,
  labels: Record<string, string>,
  phase: string,
  ageMs: number,
  extra: any = {},
) => ({
  metadata: { namespace: ns, name, labels, creationTimestamp: ago(ageMs) },
  spec: { containers: [{ name: "c", image: "nginx" }], nodeName: extra.node },
  status: {
    phase,
    podIPs: extra.ip ? [{ ip: extra.ip }] : undefined,
    containerStatuses: [
      {
        name: "c",
        ready: phase === "Running",
        restartCount: extra.restarts ?? 0,
        state:
          phase === "Running"
            ? { running: {} }
            : { waiting: { reason: "ContainerCreating" } },
        lastState: extra.restarts
          ? { terminated: { exitCode: 1, finishedAt: ago(45_000) } }
          : {},
      },
    ],
  },
});
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const fixtures: Record<string, any[]> = {
  pods: [
    pod(
      "default",
      "nginx-7854ff8877-4xk2p",
      { app: "nginx", "pod-template-hash": "7854ff8877" },
      "Running",
      300_000,
      { ip: "10.244.1.2", node: "node01", restarts: 3 },
    ),
    pod("default", "db-0", {}, "Pending", 5_000),
    pod(
      "kube-system",
      "coredns-668d6bf9bc-abcde",
      { "k8s-app": "kube-dns", "app.kubernetes.io/name": "coredns" },
      "Running",
      86_400_000 * 3,
      { ip: "10.244.0.3", node: "controlplane" },
    ),
    pod("default", "名前-pod", { x: "y" }, "Running", 61_000, {
      ip: "10.244.2.9",
      node: "node02",
    }),
  ],
  deployments: [
    {
      metadata: {
        namespace: "default",
        name: "nginx",
        labels: { app: "nginx" },
        creationTimestamp: ago(300_000),
      },
      spec: {
        replicas: 3,
        selector: { matchLabels: { app: "nginx" } },
        template: {
          spec: { containers: [{ name: "nginx", image: "nginx:1.27" }] },
        },
      },
      status: { readyReplicas: 1, updatedReplicas: 3, availableReplicas: 1 },
    },
  ],
  services: [
    {
      metadata: {
        namespace: "default",
        name: "kubernetes",
        labels: { component: "apiserver", provider: "kubernetes" },
        creationTimestamp: ago(86_400_000 * 3),
      },
      spec: {
        type: "ClusterIP",
        clusterIPs: ["10.96.0.1"],
        ports: [{ port: 443, protocol: "TCP" }],
      },
    },
    {
      metadata: {
        namespace: "default",
        name: "web",
        creationTimestamp: ago(600_000),
      },
      spec: {
        type: "NodePort",
        clusterIPs: ["10.96.44.17"],
        ports: [{ port: 80, nodePort: 30080, protocol: "TCP" }],
        selector: { app: "nginx" },
      },
    },
  ],
  nodes: [
    {
      metadata: {
        name: "controlplane",
        labels: { "node-role.kubernetes.io/control-plane": "" },
        creationTimestamp: ago(86_400_000 * 3),
      },
      spec: {},
      status: {
        conditions: [{ type: "Ready", status: "True" }],
        addresses: [{ type: "InternalIP", address: "192.168.1.2" }],
        nodeInfo: {
          kubeletVersion: "v1.32.0",
          osImage: "Ubuntu 22.04.4 LTS",
          kernelVersion: "5.15.0-1061",
          containerRuntimeVersion: "containerd://1.7.22",
        },
      },
    },
    {
      metadata: { name: "node01", creationTimestamp: ago(86_400_000 * 3) },
      spec: { unschedulable: true },
      status: {
        conditions: [{ type: "Ready", status: "True" }],
        addresses: [{ type: "InternalIP", address: "192.168.1.3" }],
        nodeInfo: {
          kubeletVersion: "v1.32.0",
          osImage: "Ubuntu 22.04.4 LTS",
          kernelVersion: "5.15.0-1061",
          containerRuntimeVersion: "containerd://1.7.22",
        },
      },
    },
  ],
  events: [
    {
      metadata: {
        namespace: "default",
        name: "nginx.1",
        creationTimestamp: ago(30_000),
      },
      involvedObject: {
        kind: "Pod",
        name: "nginx-7854ff8877-4xk2p",
        fieldPath: "spec.containers{nginx}",
      },
      reason: "Pulled",
      message: 'Successfully pulled image "nginx" in 1.2s\nsecond line',
      source: { component: "kubelet", host: "node01" },
      firstTimestamp: ago(40_000),
      lastTimestamp: ago(30_000),
      count: 1,
      type: "Normal",
    },
    {
      metadata: {
        namespace: "default",
        name: "nginx.2",
        creationTimestamp: ago(30_000),
      },
      involvedObject: { kind: "ReplicaSet", name: "nginx-7854ff8877" },
      reason: "SuccessfulCreate",
      message: "Created pod: nginx-7854ff8877-4xk2p",
      source: { component: "replicaset-controller" },
      firstTimestamp: ago(300_000),
      lastTimestamp: ago(300_000),
      count: 1,
      type: "Normal",
    },
  ],
  jobs: [],
};

const kinds: Record<
  string,
  { group: string; kind: string; namespaced: boolean }
> = {
  pods: { group: "", kind: "Pod", namespaced: true },
  deployments: { group: "apps", kind: "Deployment", namespaced: true },
  services: { group: "", kind: "Service", namespaced: true },
  nodes: { group: "", kind: "Node", namespaced: false },
  events: { group: "", kind: "Event", namespaced: true },
};

/** What kubectl get does with several types: one table each, withKind, a blank line between. */
function get(
  resources: string[],
  opts: Omit<PrintOptions, "nowMs">,
  allNamespaces: boolean,
): string {
  const parts: string[] = [];
  for (const r of resources) {
    const k = kinds[r];
    const items = fixtures[r].filter(
      (x) =>
        allNamespaces || !k.namespaced || x.metadata.namespace === "default",
    );
    if (items.length === 0) continue;
    const withNamespace = allNamespaces && k.namespaced;
    parts.push(
      printTable(tableFor(r), items, {
        ...opts,
        nowMs: NOW,
        withNamespace,
        withKind: resources.length > 1,
        kind: k,
      }),
    );
  }
  return parts.join("\n");
}

const cases: Array<{
  command: string;
  resources: string[];
  opts: Omit<PrintOptions, "nowMs">;
  allNamespaces: boolean;
  want: string;
}> = [
  {
    command: "kubectl get pods",
    resources: ["pods"],
    opts: {},
    allNamespaces: false,
    want: "NAME                     READY   STATUS              RESTARTS      AGE\nnginx-7854ff8877-4xk2p   1/1     Running             3 (45s ago)   5m\ndb-0                     0/1     ContainerCreating   0             5s\n名前-pod                   1/1     Running             0             61s\n",
  },
  {
    command: "kubectl get pods -o wide",
    resources: ["pods"],
    opts: {
      wide: true,
    },
    allNamespaces: false,
    want: "NAME                     READY   STATUS              RESTARTS      AGE   IP           NODE     NOMINATED NODE   READINESS GATES\nnginx-7854ff8877-4xk2p   1/1     Running             3 (45s ago)   5m    10.244.1.2   node01   <none>           <none>\ndb-0                     0/1     ContainerCreating   0             5s    <none>       <none>   <none>           <none>\n名前-pod                   1/1     Running             0             61s   10.244.2.9   node02   <none>           <none>\n",
  },
  {
    command: "kubectl get pods -A -o wide --show-labels",
    resources: ["pods"],
    opts: {
      wide: true,
      showLabels: true,
    },
    allNamespaces: true,
    want: "NAMESPACE     NAME                       READY   STATUS              RESTARTS      AGE   IP           NODE           NOMINATED NODE   READINESS GATES   LABELS\ndefault       nginx-7854ff8877-4xk2p     1/1     Running             3 (45s ago)   5m    10.244.1.2   node01         <none>           <none>            app=nginx,pod-template-hash=7854ff8877\ndefault       db-0                       0/1     ContainerCreating   0             5s    <none>       <none>         <none>           <none>            <none>\nkube-system   coredns-668d6bf9bc-abcde   1/1     Running             0             3d    10.244.0.3   controlplane   <none>           <none>            app.kubernetes.io/name=coredns,k8s-app=kube-dns\ndefault       名前-pod                     1/1     Running             0             61s   10.244.2.9   node02         <none>           <none>            x=y\n",
  },
  {
    command: "kubectl get pods -L app,app.kubernetes.io/name -A",
    resources: ["pods"],
    opts: {
      labelColumns: ["app", "app.kubernetes.io/name"],
    },
    allNamespaces: true,
    want: "NAMESPACE     NAME                       READY   STATUS              RESTARTS      AGE   APP     NAME\ndefault       nginx-7854ff8877-4xk2p     1/1     Running             3 (45s ago)   5m    nginx   \ndefault       db-0                       0/1     ContainerCreating   0             5s            \nkube-system   coredns-668d6bf9bc-abcde   1/1     Running             0             3d            coredns\ndefault       名前-pod                     1/1     Running             0             61s           \n",
  },
  {
    command: "kubectl get pods --no-headers",
    resources: ["pods"],
    opts: {
      noHeaders: true,
    },
    allNamespaces: false,
    want: "nginx-7854ff8877-4xk2p   1/1   Running             3 (45s ago)   5m\ndb-0                     0/1   ContainerCreating   0             5s\n名前-pod                   1/1   Running             0             61s\n",
  },
  {
    command: "kubectl get deploy,po -o wide",
    resources: ["deployments", "pods"],
    opts: {
      wide: true,
    },
    allNamespaces: false,
    want: "NAME                    READY   UP-TO-DATE   AVAILABLE   AGE   CONTAINERS   IMAGES       SELECTOR\ndeployment.apps/nginx   1/3     3            1           5m    nginx        nginx:1.27   app=nginx\n\nNAME                         READY   STATUS              RESTARTS      AGE   IP           NODE     NOMINATED NODE   READINESS GATES\npod/nginx-7854ff8877-4xk2p   1/1     Running             3 (45s ago)   5m    10.244.1.2   node01   <none>           <none>\npod/db-0                     0/1     ContainerCreating   0             5s    <none>       <none>   <none>           <none>\npod/名前-pod                   1/1     Running             0             61s   10.244.2.9   node02   <none>           <none>\n",
  },
  {
    command: "kubectl get deploy,svc,po --show-labels",
    resources: ["deployments", "services", "pods"],
    opts: {
      showLabels: true,
    },
    allNamespaces: false,
    want: "NAME                    READY   UP-TO-DATE   AVAILABLE   AGE   LABELS\ndeployment.apps/nginx   1/3     3            1           5m    app=nginx\n\nNAME                 TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)        AGE   LABELS\nservice/kubernetes   ClusterIP   10.96.0.1     <none>        443/TCP        3d    component=apiserver,provider=kubernetes\nservice/web          NodePort    10.96.44.17   <none>        80:30080/TCP   10m   <none>\n\nNAME                         READY   STATUS              RESTARTS      AGE   LABELS\npod/nginx-7854ff8877-4xk2p   1/1     Running             3 (45s ago)   5m    app=nginx,pod-template-hash=7854ff8877\npod/db-0                     0/1     ContainerCreating   0             5s    <none>\npod/名前-pod                   1/1     Running             0             61s   x=y\n",
  },
  {
    command: "kubectl get svc -o wide",
    resources: ["services"],
    opts: {
      wide: true,
    },
    allNamespaces: false,
    want: "NAME         TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)        AGE   SELECTOR\nkubernetes   ClusterIP   10.96.0.1     <none>        443/TCP        3d    <none>\nweb          NodePort    10.96.44.17   <none>        80:30080/TCP   10m   app=nginx\n",
  },
  {
    command: "kubectl get nodes -o wide",
    resources: ["nodes"],
    opts: {
      wide: true,
    },
    allNamespaces: false,
    want: "NAME           STATUS                     ROLES           AGE   VERSION   INTERNAL-IP   EXTERNAL-IP   OS-IMAGE             KERNEL-VERSION   CONTAINER-RUNTIME\ncontrolplane   Ready                      control-plane   3d    v1.32.0   192.168.1.2   <none>        Ubuntu 22.04.4 LTS   5.15.0-1061      containerd://1.7.22\nnode01         Ready,SchedulingDisabled   <none>          3d    v1.32.0   192.168.1.3   <none>        Ubuntu 22.04.4 LTS   5.15.0-1061      containerd://1.7.22\n",
  },
  {
    command: "kubectl get events",
    resources: ["events"],
    opts: {},
    allNamespaces: false,
    want: 'LAST SEEN   TYPE     REASON             OBJECT                        MESSAGE\n30s         Normal   Pulled             pod/nginx-7854ff8877-4xk2p    Successfully pulled image "nginx" in 1.2s...\n5m          Normal   SuccessfulCreate   replicaset/nginx-7854ff8877   Created pod: nginx-7854ff8877-4xk2p\n',
  },
  {
    command: "kubectl get events -o wide",
    resources: ["events"],
    opts: {
      wide: true,
    },
    allNamespaces: false,
    want: 'LAST SEEN   TYPE     REASON             OBJECT                        SUBOBJECT                SOURCE                  MESSAGE                                        FIRST SEEN   COUNT   NAME\n30s         Normal   Pulled             pod/nginx-7854ff8877-4xk2p    spec.containers{nginx}   kubelet, node01         Successfully pulled image "nginx" in 1.2s...   40s          1       nginx.1\n5m          Normal   SuccessfulCreate   replicaset/nginx-7854ff8877                            replicaset-controller   Created pod: nginx-7854ff8877-4xk2p            5m           1       nginx.2\n',
  },
  {
    command: "kubectl get no,po -A",
    resources: ["nodes", "pods"],
    opts: {},
    allNamespaces: true,
    want: "NAME                STATUS                     ROLES           AGE   VERSION\nnode/controlplane   Ready                      control-plane   3d    v1.32.0\nnode/node01         Ready,SchedulingDisabled   <none>          3d    v1.32.0\n\nNAMESPACE     NAME                           READY   STATUS              RESTARTS      AGE\ndefault       pod/nginx-7854ff8877-4xk2p     1/1     Running             3 (45s ago)   5m\ndefault       pod/db-0                       0/1     ContainerCreating   0             5s\nkube-system   pod/coredns-668d6bf9bc-abcde   1/1     Running             0             3d\ndefault       pod/名前-pod                     1/1     Running             0             61s\n",
  },
];

describe("golden: byte-identical to kubectl v1.32", () => {
  it.each(cases)("$command", ({ resources, opts, allNamespaces, want }) => {
    expect(get(resources, opts, allNamespaces)).toBe(want);
  });
});
