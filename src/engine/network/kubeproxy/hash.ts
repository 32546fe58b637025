// Mirrors pkg/proxy/iptables/proxier.go portProtoHash / servicePortChainName /
// servicePortEndpointChainName: chain names are "KUBE-SVC-" etc. + the first 16
// characters of base32(sha256(servicePortName + protocol [+ endpoint])).

import { sha256 } from '../../util/sha256.js';

export { sha256 };

/** RFC 4648 base32 (StdEncoding), with padding. */
export function base32(bytes: Uint8Array): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = ((value << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  while (out.length % 8) out += '=';
  return out;
}

/** portProtoHash: base32(sha256(servicePortName + lower(protocol)))[:16]. */
export function portProtoHash(servicePortName: string, protocol: string): string {
  return base32(sha256(servicePortName + protocol.toLowerCase())).slice(0, 16);
}

export const svcChain = (spn: string, proto: string) => `KUBE-SVC-${portProtoHash(spn, proto)}`;
export const extChain = (spn: string, proto: string) => `KUBE-EXT-${portProtoHash(spn, proto)}`;
export const sepChain = (spn: string, proto: string, endpoint: string) => `KUBE-SEP-${base32(sha256(spn + proto.toLowerCase() + endpoint)).slice(0, 16)}`;
