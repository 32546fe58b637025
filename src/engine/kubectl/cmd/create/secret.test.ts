// `kubectl create secret generic|docker-registry|tls` against a real cluster. Every
// expected string below is what kubectl v1.32 printed for the same line and files
// (tests/… fixtures made with openssl; see testdata/pems.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Cluster } from '../../../cluster/index.js';
import { createCluster } from '../../../cluster/index.js';
import { execLines } from '../../../cluster/transcript.js';
import { writeFixtures } from './testdata/files.js';
import { tlsKey } from './testdata/pems.js';

const clientSide: [string, string][] = [
    ['kubectl create secret generic db --from-literal=user=admin --from-literal=password=s3cr3t --dry-run=client -o yaml', `apiVersion: v1
data:
  password: czNjcjN0
  user: YWRtaW4=
kind: Secret
metadata:
  creationTimestamp: null
  name: db
`],
    ['kubectl create secret generic db --from-file=password.txt --from-file=conf --dry-run=client -o yaml', `apiVersion: v1
data:
  app.yaml: YTogMQo=
  password.txt: czNjcjN0
  x.properties: eD0xCg==
kind: Secret
metadata:
  creationTimestamp: null
  name: db
`],
    ['kubectl create secret generic db --from-file=pw=password.txt -n web --type=kubernetes.io/basic-auth --dry-run=client -o yaml', `apiVersion: v1
data:
  pw: czNjcjN0
kind: Secret
metadata:
  creationTimestamp: null
  name: db
  namespace: web
type: kubernetes.io/basic-auth
`],
    ['kubectl create secret generic db --from-env-file=app.env --dry-run=client -o yaml', `apiVersion: v1
data:
  DB_HOST: ZGI=
  DB_PORT: NTQzMg==
kind: Secret
metadata:
  creationTimestamp: null
  name: db
`],
    ['kubectl create secret generic db --from-literal=a=b --append-hash --dry-run=client -o yaml', `apiVersion: v1
data:
  a: Yg==
kind: Secret
metadata:
  creationTimestamp: null
  name: db-4kh7mb68gk
`],
    ['kubectl create secret generic db --from-literal=a=b --save-config --dry-run=client -o json', `{
    "kind": "Secret",
    "apiVersion": "v1",
    "metadata": {
        "name": "db",
        "creationTimestamp": null,
        "annotations": {
            "kubectl.kubernetes.io/last-applied-configuration": "{\\"kind\\":\\"Secret\\",\\"apiVersion\\":\\"v1\\",\\"metadata\\":{\\"name\\":\\"db\\",\\"creationTimestamp\\":null},\\"data\\":{\\"a\\":\\"Yg==\\"}}\\n"
        }
    },
    "data": {
        "a": "Yg=="
    }
}
`],
    ['kubectl create secret generic db --from-literal=a=1 --from-literal=a=2', `error: cannot add key a, another key by that name already exists
`],
    ['kubectl create secret generic db --from-literal="a b=1"', `error: "a b" is not valid key name for a Secret a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')
`],
    ['kubectl create secret generic db --from-literal=novalue', `error: invalid literal source novalue, expected key=value
`],
    ['kubectl create secret generic db --from-file==password.txt', `error: key name for file path password.txt missing
`],
    ['kubectl create secret generic db --from-file=k=conf', `error: cannot give a key name for a directory path
`],
    ['kubectl create secret generic db --from-file=missing.txt', `error: error reading missing.txt: no such file or directory
`],
    ['kubectl create secret generic db --from-env-file=app.env --from-literal=a=b', `error: from-env-file cannot be combined with from-file or from-literal
`],
    ['kubectl create secret generic db --from-env-file=conf', `error: env secret file cannot be a directory
`],
    ['kubectl create secret generic', `error: exactly one NAME is required, got 0
See 'kubectl create secret generic -h' for help and examples
`],
    ['kubectl create secret docker-registry regcred --docker-server=registry.example.com --docker-username=dev --docker-password=pa55 --docker-email=dev@example.com --dry-run=client -o yaml', `apiVersion: v1
data:
  .dockerconfigjson: eyJhdXRocyI6eyJyZWdpc3RyeS5leGFtcGxlLmNvbSI6eyJ1c2VybmFtZSI6ImRldiIsInBhc3N3b3JkIjoicGE1NSIsImVtYWlsIjoiZGV2QGV4YW1wbGUuY29tIiwiYXV0aCI6IlpHVjJPbkJoTlRVPSJ9fX0=
kind: Secret
metadata:
  creationTimestamp: null
  name: regcred
type: kubernetes.io/dockerconfigjson
`],
    ['kubectl create secret docker-registry regcred --docker-username=dev --dry-run=client -o yaml', `error: either --from-file or the combination of --docker-username, --docker-password and --docker-server is required
`],
    ['kubectl create secret docker-registry regcred --from-file=config.json --dry-run=client -o yaml', `apiVersion: v1
data:
  .dockerconfigjson: eyJhdXRocyI6eyJyZWdpc3RyeS5leGFtcGxlLmNvbSI6eyJhdXRoIjoiZFRwdyJ9fX0K
kind: Secret
metadata:
  creationTimestamp: null
  name: regcred
type: kubernetes.io/dockerconfigjson
`],
    ['kubectl create secret docker-registry regcred --from-file=conf', `error: cannot give a key name for a directory path
`],
    ['kubectl create secret tls web-tls --cert=tls.crt --key=tls.key --dry-run=client -o yaml', `apiVersion: v1
data:
  tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJpekNDQVRHZ0F3SUJBZ0lVQmdsbGRhVWw4akdPbGUwN3N6L093UW1YT2tZd0NnWUlLb1pJemowRUF3SXcKR2pFWU1CWUdBMVVFQXd3UGQzZDNMbVY0WVcxd2JHVXVZMjl0TUNBWERUSTJNVEV5TlRFNE16QXpOVm9ZRHpJeApNall4TVRBeE1UZ3pNRE0xV2pBYU1SZ3dGZ1lEVlFRRERBOTNkM2N1WlhoaGJYQnNaUzVqYjIwd1dUQVRCZ2NxCmhrak9QUUlCQmdncWhrak9QUU1CQndOQ0FBUTBnWHpma014cWdDTWJ3NVZhejVUaTdtQ1FPR3doVlp5bUVPUDEKcW9ndXYveEU2Nk1tSm8vSnRGUmpyTjdLdHRpNDEzNnB6REhEQ24yN21ZaWlyZE44bzFNd1VUQWRCZ05WSFE0RQpGZ1FVZWhCTEdRMVFqT0pIYUZEZENjKy9zTnhEUmJRd0h3WURWUjBqQkJnd0ZvQVVlaEJMR1ExUWpPSkhhRkRkCkNjKy9zTnhEUmJRd0R3WURWUjBUQVFIL0JBVXdBd0VCL3pBS0JnZ3Foa2pPUFFRREFnTklBREJGQWlCbXBvclYKaDk3eEFoR09XdnEvYkI3aENabEdYTVlXRUdOTTZ1Z1cxbkJxcHdJaEFNTnNNaXNMbWdWSVlId0J1TWdtbzVIMApQWHk1eDdDTU53eWhSY0JIOTNPdQotLS0tLUVORCBDRVJUSUZJQ0FURS0tLS0tCg==
  tls.key: LS0tLS1CRUdJTiBFQyBQUklWQVRFIEtFWS0tLS0tCk1IY0NBUUVFSUpsVlJvdzRaSFFLa2NVMFZ0eWNiY2QxbEdWbnQ5alFTeGJRc0hZWm9GTEhvQW9HQ0NxR1NNNDkKQXdFSG9VUURRZ0FFTklGODM1RE1hb0FqRzhPVldzK1U0dTVna0Roc0lWV2NwaERqOWFxSUxyLzhST3VqSmlhUAp5YlJVWTZ6ZXlyYll1TmQrcWN3eHd3cDl1NW1Jb3EzVGZBPT0KLS0tLS1FTkQgRUMgUFJJVkFURSBLRVktLS0tLQo=
kind: Secret
metadata:
  creationTimestamp: null
  name: web-tls
type: kubernetes.io/tls
`],
    ['kubectl create secret tls web-tls --cert=rsa.crt --key=rsa.key --append-hash --dry-run=client -o name', `secret/web-tls-9d8t5df65c
`],
    ['kubectl create secret tls web-tls --cert=tls.crt --key=tls8.key -n web --dry-run=client -o name', `secret/web-tls
`],
    ['kubectl create secret tls web-tls --cert=tls.crt', `error: key and cert must be specified
`],
    ['kubectl create secret tls web-tls --cert=missing.crt --key=tls.key', `error: Cannot read file missing.crt, open missing.crt: no such file or directory
`],
    ['kubectl create secret tls web-tls --cert=tls.crt --key=conf', `error: Cannot read file conf, read conf: is a directory
`],
    ['kubectl create secret tls web-tls --cert=app.env --key=tls.key', `error: tls: failed to find any PEM data in certificate input
`],
    ['kubectl create secret tls web-tls --cert=tls.crt --key=app.env', `error: tls: failed to find any PEM data in key input
`],
    ['kubectl create secret tls web-tls --cert=tls.key --key=tls.crt', `error: tls: failed to find certificate PEM data in certificate input, but did find a private key; PEM inputs may have been switched
`],
    ['kubectl create secret tls web-tls --cert=tls.crt --key=tls.crt', `error: tls: found a certificate rather than a key in the PEM for the private key
`],
    ['kubectl create secret tls web-tls --cert=tls.crt --key=other.key', `error: tls: private key does not match public key
`],
    ['kubectl create secret tls web-tls --cert=rsa.crt --key=tls.key', `error: tls: private key type does not match public key type
`],
];

describe('kubectl create secret (client side, as kubectl v1.32)', () => {
  let c: Cluster;
  beforeAll(() => {
    c = createCluster({ seed: 1 });
    writeFixtures(c);
  });
  it.each(clientSide)('%s', (line, expected) => {
    expect(execLines(c, line)).toBe(expected);
  });
});

describe('kubectl create secret (server side)', () => {
  it('creates each kind, lists it, and wraps the server refusal as kubectl does', () => {
    const c = createCluster({ seed: 1 });
    writeFixtures(c);
    expect(execLines(c, 'kubectl create secret generic db --from-literal=user=admin')).toBe('secret/db created\n');
    expect(execLines(c, 'kubectl create secret tls web-tls --cert=tls.crt --key=tls.key')).toBe('secret/web-tls created\n');
    expect(execLines(c, 'kubectl create secret docker-registry regcred --docker-username=dev --docker-password=pa55')).toBe('secret/regcred created\n');
    expect(execLines(c, 'kubectl create secret tls web-tls --cert=tls.crt --key=tls.key --dry-run=server')).toBe(
      'error: failed to create secret secrets "web-tls" already exists\n',
    );
    expect(execLines(c, 'kubectl create secret generic db --from-literal=a=b')).toBe('error: failed to create secret secrets "db" already exists\n');
    expect(execLines(c, 'kubectl create secret generic fresh --from-literal=a=b --dry-run=server')).toBe('secret/fresh created (server dry run)\n');
    expect(execLines(c, 'kubectl get secrets')).toBe(
      'NAME      TYPE                             DATA   AGE\ndb        Opaque                           1      0s\nregcred   kubernetes.io/dockerconfigjson   1      0s\nweb-tls   kubernetes.io/tls                2      0s\n',
    );
    expect(execLines(c, "kubectl get secret web-tls -o jsonpath='{.data.tls\\.key}'")).toBe(Buffer.from(tlsKey).toString('base64'));
  });
});
