import { describe, expect, it } from 'vitest';
import { Harness } from '../testing/harness.js';
import { RootCACertPublisher, clusterCACertificate, descriptionAnnotation, rootCACertPublisherUser } from './publisher.js';

function setup() {
  const h = new Harness(['default', 'kube-public']);
  const informers = h.informers(rootCACertPublisherUser);
  new RootCACertPublisher(h.client(rootCACertPublisherUser), informers, h.clock);
  informers.start();
  h.settle();
  return h;
}

describe('RootCACertPublisher', () => {
  it('publishes kube-root-ca.crt in every namespace with the description annotation', () => {
    const h = setup();
    for (const ns of ['default', 'kube-public']) {
      const cm = h.admin.get('', 'configmaps', ns, 'kube-root-ca.crt');
      expect(cm.data['ca.crt']).toBe(clusterCACertificate());
      expect(cm.metadata.annotations[descriptionAnnotation]).toMatch(/^Contains a CA bundle/);
    }
  });

  it('is a deterministic PEM block of 64-column base64 lines', () => {
    const pem = clusterCACertificate();
    expect(pem).toBe(clusterCACertificate());
    const lines = pem.trim().split('\n');
    expect(lines[0]).toBe('-----BEGIN CERTIFICATE-----');
    expect(lines.at(-1)).toBe('-----END CERTIFICATE-----');
    for (const l of lines.slice(1, -2)) expect(l).toMatch(/^[A-Za-z0-9+/]{64}$/);
  });

  it('restores the ConfigMap after a delete or an edit', () => {
    const h = setup();
    h.admin.delete('', 'configmaps', 'default', 'kube-root-ca.crt');
    h.settle();
    expect(h.names('configmaps', 'default')).toEqual(['kube-root-ca.crt']);
    const cm = h.admin.get('', 'configmaps', 'default', 'kube-root-ca.crt');
    h.admin.update('', 'configmaps', 'default', { ...cm, data: { 'ca.crt': 'tampered' } });
    h.settle();
    expect(h.admin.get('', 'configmaps', 'default', 'kube-root-ca.crt').data['ca.crt']).toBe(clusterCACertificate());
  });
});
