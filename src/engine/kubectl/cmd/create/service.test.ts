// `kubectl create service clusterip|nodeport|loadbalancer|externalname` against a real
// cluster; the client-side expectations are kubectl v1.32's output for the same lines.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Cluster } from '../../../cluster/index.js';
import { createCluster } from '../../../cluster/index.js';
import { execLines } from '../../../cluster/transcript.js';

const clientSide: [string, string][] = [
    ['kubectl create service loadbalancer web --tcp=80:8080 --dry-run=client -o yaml', `apiVersion: v1
kind: Service
metadata:
  creationTimestamp: null
  labels:
    app: web
  name: web
spec:
  ports:
  - name: 80-8080
    port: 80
    protocol: TCP
    targetPort: 8080
  selector:
    app: web
  type: LoadBalancer
status:
  loadBalancer: {}
`],
    ['kubectl create service loadbalancer web --tcp=80 --tcp=443:https -n shop --dry-run=client -o yaml', `apiVersion: v1
kind: Service
metadata:
  creationTimestamp: null
  labels:
    app: web
  name: web
  namespace: shop
spec:
  ports:
  - name: "80"
    port: 80
    protocol: TCP
    targetPort: 80
  - name: 443-https
    port: 443
    protocol: TCP
    targetPort: https
  selector:
    app: web
  type: LoadBalancer
status:
  loadBalancer: {}
`],
    ['kubectl create svc loadbalancer web --tcp=80 --dry-run=client -o json', `{
    "kind": "Service",
    "apiVersion": "v1",
    "metadata": {
        "name": "web",
        "creationTimestamp": null,
        "labels": {
            "app": "web"
        }
    },
    "spec": {
        "ports": [
            {
                "name": "80",
                "protocol": "TCP",
                "port": 80,
                "targetPort": 80
            }
        ],
        "selector": {
            "app": "web"
        },
        "type": "LoadBalancer"
    },
    "status": {
        "loadBalancer": {}
    }
}
`],
    ['kubectl create service loadbalancer web --tcp=80 --save-config --dry-run=client -o yaml', `apiVersion: v1
kind: Service
metadata:
  creationTimestamp: null
  labels:
    app: web
  name: web
spec:
  ports:
  - name: "80"
    port: 80
    protocol: TCP
    targetPort: 80
  selector:
    app: web
  type: LoadBalancer
status:
  loadBalancer: {}
`],
    ['kubectl create service loadbalancer web', `error: at least one tcp port specifier must be provided
`],
    ['kubectl create service loadbalancer web --tcp=80 --clusterip=None', `error: unknown flag: --clusterip
See 'kubectl create service loadbalancer --help' for usage.
`],
    ['kubectl create service loadbalancer', `error: exactly one NAME is required, got 0
See 'kubectl create service loadbalancer -h' for help and examples
`],
    ['kubectl create service externalname db --external-name=db.example.com --dry-run=client -o yaml', `apiVersion: v1
kind: Service
metadata:
  creationTimestamp: null
  labels:
    app: db
  name: db
spec:
  externalName: db.example.com
  selector:
    app: db
  type: ExternalName
status:
  loadBalancer: {}
`],
    ['kubectl create service externalname db --external-name=db.example.com --tcp=5432 --dry-run=client -o yaml', `apiVersion: v1
kind: Service
metadata:
  creationTimestamp: null
  labels:
    app: db
  name: db
spec:
  externalName: db.example.com
  ports:
  - name: "5432"
    port: 5432
    protocol: TCP
    targetPort: 5432
  selector:
    app: db
  type: ExternalName
status:
  loadBalancer: {}
`],
    ['kubectl create service externalname db', `error: required flag(s) "external-name" not set
`],
    ['kubectl create service externalname --external-name=db.example.com', `error: exactly one NAME is required, got 0
See 'kubectl create service externalname -h' for help and examples
`],
    ['kubectl create service externalname db --external-name=DB_Host', `error: invalid service external name DB_Host
`],
    ['kubectl create service externalname db --external-name=', `error: invalid service external name 
`],
    ['kubectl create service clusterip web --tcp=abc', `error: strconv.ParseUint: parsing "abc": invalid syntax
`],
    ['kubectl create service clusterip web --tcp=70000', `error: strconv.ParseUint: parsing "70000": value out of range
`],
    ['kubectl create service clusterip web --tcp=-1', `error: strconv.ParseUint: parsing "-1": invalid syntax
`],
    ['kubectl create service clusterip web --tcp=80:0', `error: must be between 1 and 65535, inclusive
`],
    ['kubectl create service clusterip web --tcp=80:99999', `error: must be between 1 and 65535, inclusive
`],
    ['kubectl create service clusterip web --tcp=80:Web_Port', `error: must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)
`],
    ['kubectl create service clusterip web --tcp=80:a-very-long-port-name', `error: must be no more than 15 characters
`],
    ['kubectl create service clusterip web --tcp=80:', `error: must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-),must contain at least one letter (a-z)
`],
    ['kubectl create service clusterip web --tcp=80:http:extra --dry-run=client -o yaml', `apiVersion: v1
kind: Service
metadata:
  creationTimestamp: null
  labels:
    app: web
  name: web
spec:
  ports:
  - name: 80-http-extra
    port: 80
    protocol: TCP
    targetPort: http
  selector:
    app: web
  type: ClusterIP
status:
  loadBalancer: {}
`],
    ['kubectl create service nodeport web --tcp=80 --node-port=30080 --dry-run=client -o yaml', `apiVersion: v1
kind: Service
metadata:
  creationTimestamp: null
  labels:
    app: web
  name: web
spec:
  ports:
  - name: "80"
    nodePort: 30080
    port: 80
    protocol: TCP
    targetPort: 80
  selector:
    app: web
  type: NodePort
status:
  loadBalancer: {}
`],
];

describe('kubectl create service (client side, as kubectl v1.32)', () => {
  let c: Cluster;
  beforeAll(() => {
    c = createCluster({ seed: 1 });
  });
  it.each(clientSide)('%s', (line, expected) => {
    expect(execLines(c, line)).toBe(expected);
  });
});

describe('kubectl create service (server side)', () => {
  it('creates LoadBalancer and ExternalName services and wraps refusals with the type', () => {
    const c = createCluster({ seed: 1 });
    expect(execLines(c, 'kubectl create service loadbalancer web --tcp=80:8080')).toBe('service/web created\n');
    expect(execLines(c, 'kubectl create service externalname db --external-name=db.example.com')).toBe('service/db created\n');
    expect(execLines(c, 'kubectl create service externalname db --external-name=db.example.com')).toBe(
      'error: failed to create ExternalName service: services "db" already exists\n',
    );
    expect(execLines(c, 'kubectl create service nodeport np --tcp=80 --node-port=30080')).toBe('service/np created\n');
    expect(execLines(c, 'kubectl create service nodeport np2 --tcp=80 --node-port=30080')).toBe(
      'error: failed to create NodePort service: Service "np2" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated\n',
    );
    expect(execLines(c, 'kubectl get svc db web -o custom-columns=NAME:.metadata.name,TYPE:.spec.type,EXTERNAL:.spec.externalName')).toBe(
      'NAME   TYPE           EXTERNAL\ndb     ExternalName   db.example.com\nweb    LoadBalancer   <none>\n',
    );
  });
});
