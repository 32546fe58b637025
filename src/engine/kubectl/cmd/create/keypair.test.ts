// tls.X509KeyPair's checks as `kubectl create secret tls` reports them; each expected
// message is what kubectl v1.32 printed (after "error: ") for the same two files.
import { describe, expect, it } from 'vitest';
import { x509KeyPairError } from './keypair.js';
import { pemDecode } from './pem.js';
import { ed25519Cert, ed25519Key, otherKey, p384Cert, p384Key, rsaCert, rsaKey, tlsCert, tlsKey, tlsKeyPKCS8, x25519Key } from './testdata/pems.js';

const block = (type: string, body: string) => `-----BEGIN ${type}-----\n${body}\n-----END ${type}-----\n`;
const notDER = block('CERTIFICATE', 'aGVsbG8=');
const notBase64 = block('CERTIFICATE', '!!!notbase64');
const foo = block('FOO', 'aGVsbG8=');
/** Cut inside the base64 body: 301 characters leave an incomplete quantum, 300 do not. */
const truncated = (n: number) => `${tlsCert.slice(0, n)}\n-----END CERTIFICATE-----\n`;

describe('x509KeyPairError', () => {
  it.each([
    ['EC P-256, SEC 1 key', tlsCert, tlsKey],
    ['EC P-256, PKCS#8 key', tlsCert, tlsKeyPKCS8],
    ['EC P-384', p384Cert, p384Key],
    ['RSA, PKCS#1 key', rsaCert, rsaKey],
    ['Ed25519', ed25519Cert, ed25519Key],
    ['a chain after a skipped block', foo + tlsCert, tlsKey],
    ['key and certificate in one file', tlsKey + tlsCert, tlsKey + tlsCert],
  ])('accepts a matching pair: %s', (_, cert, key) => {
    expect(x509KeyPairError(cert, key)).toBeUndefined();
  });

  it.each([
    ['not PEM', 'hello\n', tlsKey, 'tls: failed to find any PEM data in certificate input'],
    ['a body that is not base64', notBase64, tlsKey, 'tls: failed to find any PEM data in certificate input'],
    ['a body cut mid-quantum', truncated(301), tlsKey, 'tls: failed to find any PEM data in certificate input'],
    ['a body cut on a quantum', truncated(300), tlsKey, 'x509: malformed certificate'],
    ['another block type', foo, tlsKey, 'tls: failed to find "CERTIFICATE" PEM block in certificate input after skipping PEM blocks of the following types: [FOO]'],
    ['the files swapped', tlsKey, tlsCert, 'tls: failed to find certificate PEM data in certificate input, but did find a private key; PEM inputs may have been switched'],
    ['a key that is not PEM', tlsCert, 'hello\n', 'tls: failed to find any PEM data in key input'],
    ['the certificate as key', tlsCert, tlsCert, 'tls: found a certificate rather than a key in the PEM for the private key'],
    ['two other blocks as key', tlsCert, foo + block('BAR', 'aGVsbG8='), 'tls: failed to find PEM block with type ending in "PRIVATE KEY" in key input after skipping PEM blocks of the following types: [FOO BAR]'],
    ['a certificate that is not DER', notDER, tlsKey, 'x509: malformed certificate'],
    ['a key that is not DER', tlsCert, block('RSA PRIVATE KEY', 'aGVsbG8='), 'tls: failed to parse private key'],
    ['an X25519 key', tlsCert, x25519Key, 'tls: found unknown private key type in PKCS#8 wrapping'],
    ['another EC key', tlsCert, otherKey, 'tls: private key does not match public key'],
    ['a P-256 key for a P-384 certificate', p384Cert, tlsKey, 'tls: private key does not match public key'],
    ['an EC key for an RSA certificate', rsaCert, tlsKey, 'tls: private key type does not match public key type'],
    ['an RSA key for an EC certificate', tlsCert, rsaKey, 'tls: private key type does not match public key type'],
    ['an Ed25519 key for an EC certificate', tlsCert, ed25519Key, 'tls: private key type does not match public key type'],
  ])('refuses %s', (_, cert, key, message) => {
    expect(x509KeyPairError(cert, key)).toBe(message);
  });
});

describe('pemDecode', () => {
  it('returns blocks in order with the text after each, skipping broken ones', () => {
    const [first, rest] = pemDecode(`junk\n${notBase64}${foo}tail\n`);
    expect(first?.type).toBe('FOO');
    expect([...first!.bytes].map((b) => String.fromCharCode(b)).join('')).toBe('hello');
    expect(rest).toBe('tail\n');
    expect(pemDecode(rest)[0]).toBeUndefined();
  });
});
