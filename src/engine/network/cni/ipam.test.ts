import { describe, expect, it } from 'vitest';
import { HostLocalIPAM } from './ipam.js';

describe('host-local IPAM', () => {
  it('starts at .2, continues after the last reserved address and wraps around', () => {
    const ipam = new HostLocalIPAM('10.244.1.0/24');
    expect(ipam.gateway).toBe('10.244.1.1');
    expect(ipam.allocate('a')).toBe('10.244.1.2');
    expect(ipam.allocate('b')).toBe('10.244.1.3');
    ipam.release('a');
    // A replacement Pod gets a new address, not the one just freed.
    expect(ipam.allocate('c')).toBe('10.244.1.4');
  });

  it('reuses freed addresses only after wrapping, and reports exhaustion', () => {
    const ipam = new HostLocalIPAM('10.0.0.0/29'); // .2 … .6 usable
    expect(['a', 'b', 'c', 'd', 'e'].map((o) => ipam.allocate(o))).toEqual(['10.0.0.2', '10.0.0.3', '10.0.0.4', '10.0.0.5', '10.0.0.6']);
    expect(ipam.allocate('f')).toBeUndefined();
    ipam.release('b');
    expect(ipam.allocate('g')).toBe('10.0.0.3');
  });
});
