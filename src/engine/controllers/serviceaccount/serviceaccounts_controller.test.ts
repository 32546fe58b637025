import { describe, expect, it } from 'vitest';
import { Harness } from '../testing/harness.js';
import { ServiceAccountsController, serviceAccountControllerUser } from './serviceaccounts_controller.js';

function setup() {
  const h = new Harness(['default', 'kube-system']);
  const informers = h.informers(serviceAccountControllerUser);
  new ServiceAccountsController(h.client(serviceAccountControllerUser), informers, h.clock);
  informers.start();
  h.settle();
  return h;
}

describe('ServiceAccountsController', () => {
  it('creates `default` in every namespace, including new ones', () => {
    const h = setup();
    expect(h.names('serviceaccounts', 'default')).toEqual(['default']);
    expect(h.names('serviceaccounts', 'kube-system')).toEqual(['default']);
    h.admin.create('', 'namespaces', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'dev' } });
    h.settle();
    expect(h.names('serviceaccounts', 'dev')).toEqual(['default']);
  });

  it('recreates a deleted default ServiceAccount, and leaves others alone', () => {
    const h = setup();
    h.admin.create('', 'serviceaccounts', 'default', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'robot' } });
    h.settle();
    h.admin.delete('', 'serviceaccounts', 'default', 'default');
    h.admin.delete('', 'serviceaccounts', 'default', 'robot');
    h.settle();
    expect(h.names('serviceaccounts', 'default')).toEqual(['default']);
  });

  it('does nothing in a terminating namespace', () => {
    const h = setup();
    h.admin.delete('', 'serviceaccounts', 'default', 'default');
    h.admin.delete('', 'namespaces', undefined, 'default');
    h.settle();
    expect(h.names('serviceaccounts', 'default')).toEqual([]);
  });
});
