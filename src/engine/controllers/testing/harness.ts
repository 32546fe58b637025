// Test support for controller unit tests in the sample-controller style: a
// bare API server on a virtual clock (no other component running), a client
// per user, seeded objects, and the audit log of the writes a controller made.
import { APIServer } from '../../apiserver/server.js';
import type { AuditRecord } from '../../apiserver/audit.js';
import { VirtualClock } from '../../clock/clock.js';
import { SeededRandom } from '../../clock/random.js';
import { Client } from '../../client/client.js';
import { SharedInformerFactory } from '../../client/informer.js';
import { MemoryStore } from '../../store/index.js';

export const testStart = Date.UTC(2025, 0, 6, 9, 0, 0);

export class Harness {
  readonly clock = new VirtualClock(testStart);
  readonly api: APIServer;
  readonly admin: Client;
  readonly audit: AuditRecord[] = [];

  constructor(namespaces: string[] = ['default', 'kube-system']) {
    this.api = new APIServer({ store: new MemoryStore(), clock: this.clock, random: new SeededRandom(7) });
    this.api.onAudit((r) => this.audit.push(r));
    this.admin = new Client(this.api, 'admin');
    for (const ns of namespaces) this.admin.create('', 'namespaces', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
  }

  client(user: string): Client {
    return new Client(this.api, user);
  }

  informers(user: string): SharedInformerFactory {
    return new SharedInformerFactory(this.client(user), this.clock);
  }

  /** Writes (not reads) made by `user`, as `verb resource[/sub] ns/name`. */
  writes(user: string): string[] {
    return this.audit
      .filter((r) => r.user === user && !['get', 'list', 'watch'].includes(r.verb) && r.resource !== 'events')
      .map((r) => `${r.verb} ${r.resource}${r.subresource ? '/' + r.subresource : ''} ${r.namespace ? r.namespace + '/' : ''}${r.name ?? ''}`.trim());
  }

  clearAudit(): void {
    this.audit.length = 0;
  }

  settle(): void {
    this.clock.runDue();
  }

  advance(ms: number): void {
    this.clock.advance(ms);
  }

  names(resource: string, namespace?: string, group = ''): string[] {
    return this.admin.list(group, resource, namespace).items.map((o: any) => o.metadata.name as string);
  }
}
