// The workstation files the create tests read, as they were in kubectl's working
// directory when the expected outputs were taken from kubectl v1.32.
import type { Cluster } from '../../../../cluster/index.js';
import { otherKey, rsaCert, rsaKey, tlsCert, tlsKey, tlsKeyPKCS8 } from './pems.js';

/** The workstation files the lines read, as in kubectl's working directory. */
export function writeFixtures(c: Cluster): void {
  const files: Record<string, string> = {
    'tls.crt': tlsCert,
    'tls.key': tlsKey,
    'tls8.key': tlsKeyPKCS8,
    'other.key': otherKey,
    'rsa.crt': rsaCert,
    'rsa.key': rsaKey,
    'app.env': 'DB_HOST=db\n# comment\nDB_PORT=5432\n',
    'password.txt': 's3cr3t',
    'config.json': '{"auths":{"registry.example.com":{"auth":"dTpw"}}}\n',
    'conf/app.yaml': 'a: 1\n',
    'conf/x.properties': 'x=1\n',
  };
  c.fs.mkdir('/root/conf', { recursive: true });
  for (const [name, text] of Object.entries(files)) c.fs.writeFile(`/root/${name}`, text);
}
