// Mirrors Go's crypto/tls.X509KeyPair as `kubectl create secret tls` calls it: find the
// CERTIFICATE and PRIVATE KEY blocks, parse the certificate's public key and the private
// key (PKCS#1, PKCS#8, SEC 1), and check that they belong together, with Go's messages.
// Simplification: an Ed25519 pair is accepted once both sides are Ed25519 (no SHA-512 here).
import type { Der } from './pem.js';
import { BIT_STRING, bigintOf, bytesToBigint, children, DerReader, INTEGER, OCTET_STRING, oidOf, pemDecode, SEQUENCE } from './pem.js';

type PublicKey = { type: 'rsa'; n: bigint } | { type: 'ecdsa'; curve: string; x: bigint; y: bigint } | { type: 'ed25519' } | { type: 'unknown' };
type PrivateKey = { type: 'rsa'; n: bigint } | { type: 'ecdsa'; curve: string; d: bigint } | { type: 'ed25519' } | { type: 'other' };

const RSA = '1.2.840.113549.1.1.1';
const EC = '1.2.840.10045.2.1';
const ED25519 = '1.3.101.112';
const X25519 = '1.3.101.110';

/** NIST curves Go supports for ECDSA keys (a = -3): prime, base point, order. */
const curves: Record<string, { p: bigint; gx: bigint; gy: bigint; n: bigint }> = {
  '1.2.840.10045.3.1.7': {
    p: 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn,
    gx: 0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296n,
    gy: 0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5n,
    n: 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n,
  },
  '1.3.132.0.34': {
    p: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffffn,
    gx: 0xaa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a385502f25dbf55296c3a545e3872760ab7n,
    gy: 0x3617de4a96262c6f5d9e98bf9292dc29f8f41dbd289a147ce9da3113b5f0b8c00a60b1ce1d7e819d7a431d7c90ea0e5fn,
    n: 0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973n,
  },
  '1.3.132.0.35': {
    p: (1n << 521n) - 1n,
    gx: 0x00c6858e06b70404e9cd9e3ecb662395b4429c648139053fb521f828af606b4d3dbaa14b5e77efe75928fe1dc127a2ffa8de3348b3c1856a429bf97e7e31c2e5bd66n,
    gy: 0x011839296a789a3bc0045c8a5fb42c7d1bd998f54449579b446817afbd17273e662c97ee72995ef42640c550b9013fad0761353c7086a272c24088be94769fd16650n,
    n: 0x01fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa51868783bf2f966b7fcc0148f709a5d03bb5c9b8899c47aebb6fb71e91386409n,
  },
};

const mod = (a: bigint, m: bigint) => ((a % m) + m) % m;

function inverse(a: bigint, m: bigint): bigint {
  let [r0, r1, s0, s1] = [mod(a, m), m, 1n, 0n];
  while (r1) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return mod(s0, m);
}

type Point = [bigint, bigint] | null;

function add(P: Point, Q: Point, p: bigint): Point {
  if (!P) return Q;
  if (!Q) return P;
  const [x1, y1] = P;
  const [x2, y2] = Q;
  let l: bigint;
  if (x1 === x2) {
    if (mod(y1 + y2, p) === 0n) return null;
    l = mod((3n * x1 * x1 - 3n) * inverse(2n * y1, p), p);
  } else l = mod((y2 - y1) * inverse(x2 - x1, p), p);
  const x3 = mod(l * l - x1 - x2, p);
  return [x3, mod(l * (x1 - x3) - y1, p)];
}

/** d·G, the public point ecdsa derives from a private scalar (ScalarBaseMult). */
function scalarBaseMult(curve: string, d: bigint): Point {
  const c = curves[curve]!;
  let R: Point = null;
  let P: Point = [c.gx, c.gy];
  for (let k = d; k > 0n; k >>= 1n) {
    if (k & 1n) R = add(R, P, c.p);
    P = add(P, P, c.p);
  }
  return R;
}

class X509Error extends Error {}

/** x509.ParseCertificate, as far as the public key: the stages Go names when one is malformed. */
function certificatePublicKey(der: Uint8Array): PublicKey {
  const fail = (what: string): never => {
    throw new X509Error(`x509: malformed ${what}`);
  };
  const outer = new DerReader(der);
  const cert = children(outer.read(SEQUENCE)) ?? fail('certificate');
  const tbs = children(cert.read(SEQUENCE)) ?? fail('tbs certificate');
  if (tbs.peek() === 0xa0 && !tbs.read(0xa0)) fail('version');
  if (!tbs.read(INTEGER)) fail('serial number');
  if (!tbs.read(SEQUENCE)) fail('signature algorithm identifier');
  if (!tbs.read(SEQUENCE)) fail('issuer');
  if (!tbs.read(SEQUENCE)) fail('validity');
  if (!tbs.read(SEQUENCE)) fail('subject');
  const spki = children(tbs.read(SEQUENCE)) ?? fail('spki');
  const alg = children(spki.read(SEQUENCE)) ?? fail('public key algorithm identifier');
  const bits = spki.read(BIT_STRING) ?? fail('subjectPublicKey');
  if (!cert.read(SEQUENCE)) fail('algorithm identifier');
  if (!cert.read(BIT_STRING)) fail('signature');
  const oid = oidOf(alg.read());
  const key = bits.body.subarray(1);
  if (oid === RSA) {
    const seq = children(new DerReader(key).read(SEQUENCE));
    const n = bigintOf(seq?.read(INTEGER));
    if (!n || !bigintOf(seq?.read(INTEGER))) throw new X509Error('x509: invalid RSA public key');
    return { type: 'rsa', n };
  }
  if (oid === EC) {
    const curve = oidOf(alg.read());
    if (!curve || !curves[curve]) throw new X509Error('x509: unsupported elliptic curve');
    const size = (curves[curve]!.p.toString(2).length + 7) >> 3;
    if (key.length !== 1 + 2 * size || key[0] !== 4) throw new X509Error('x509: failed to unmarshal elliptic curve point');
    return { type: 'ecdsa', curve, x: bytesToBigint(key.subarray(1, 1 + size)), y: bytesToBigint(key.subarray(1 + size)) };
  }
  if (oid === ED25519) return { type: 'ed25519' };
  return { type: 'unknown' };
}

/** x509.ParsePKCS1PrivateKey (its Validate reduced to p·q = n). */
function pkcs1(der: Uint8Array): PrivateKey | undefined {
  const seq = children(new DerReader(der).read(SEQUENCE));
  const version = bigintOf(seq?.read(INTEGER));
  if (!seq || version === undefined || version > 1n) return undefined;
  const [n, , , p, q] = [0, 1, 2, 3, 4].map(() => bigintOf(seq.read(INTEGER)));
  if (!n || !p || !q || p * q !== n) return undefined;
  return { type: 'rsa', n };
}

/** x509.ParseECPrivateKey (SEC 1), the curve from the key or the PKCS#8 wrapping. */
function sec1(der: Uint8Array, wrappedCurve?: string): PrivateKey | undefined {
  const seq = children(new DerReader(der).read(SEQUENCE));
  if (!seq || bigintOf(seq.read(INTEGER)) !== 1n) return undefined;
  const priv = seq.read(OCTET_STRING);
  let curve = wrappedCurve;
  if (seq.peek() === 0xa0) curve = oidOf(children(seq.read(0xa0))?.read()) ?? curve;
  if (!priv || !curve || !curves[curve]) return undefined;
  const d = bytesToBigint(priv.body);
  if (d === 0n || d >= curves[curve]!.n) return undefined;
  return { type: 'ecdsa', curve, d };
}

/** x509.ParsePKCS8PrivateKey. */
function pkcs8(der: Uint8Array): PrivateKey | undefined {
  const seq = children(new DerReader(der).read(SEQUENCE));
  if (!seq || bigintOf(seq.read(INTEGER)) === undefined) return undefined;
  const alg = children(seq.read(SEQUENCE));
  const inner = seq.read(OCTET_STRING);
  if (!alg || !inner) return undefined;
  const oid = oidOf(alg.read());
  if (oid === RSA) return pkcs1(inner.body);
  if (oid === EC) return sec1(inner.body, oidOf(alg.read()));
  if (oid === ED25519) return new DerReader(inner.body).read(OCTET_STRING)?.body.length === 32 ? { type: 'ed25519' } : undefined;
  if (oid === X25519) return { type: 'other' };
  return undefined;
}

/** tls.parsePrivateKey: PKCS#1, then PKCS#8, then SEC 1. */
function parsePrivateKey(der: Uint8Array): PrivateKey {
  const key = pkcs1(der) ?? pkcs8(der);
  if (key?.type === 'other') throw new X509Error('tls: found unknown private key type in PKCS#8 wrapping');
  const found = key ?? sec1(der);
  if (!found) throw new X509Error('tls: failed to parse private key');
  return found;
}

/** Go's %v of a []string: [A B]. */
const goList = (xs: string[]) => `[${xs.join(' ')}]`;

/** tls.X509KeyPair: undefined when the pair is usable, else Go's error text. */
export function x509KeyPairError(certPEM: string, keyPEM: string): string | undefined {
  const certs: Uint8Array[] = [];
  let skipped: string[] = [];
  for (let rest = certPEM; ; ) {
    const [block, next] = pemDecode(rest);
    if (!block) break;
    if (block.type === 'CERTIFICATE') certs.push(block.bytes);
    else skipped.push(block.type);
    rest = next;
  }
  if (!certs.length) {
    if (!skipped.length) return 'tls: failed to find any PEM data in certificate input';
    if (skipped.length === 1 && skipped[0]!.endsWith('PRIVATE KEY')) {
      return 'tls: failed to find certificate PEM data in certificate input, but did find a private key; PEM inputs may have been switched';
    }
    return `tls: failed to find "CERTIFICATE" PEM block in certificate input after skipping PEM blocks of the following types: ${goList(skipped)}`;
  }
  skipped = [];
  let keyDER: Der['body'] | undefined;
  for (let rest = keyPEM; ; ) {
    const [block, next] = pemDecode(rest);
    if (!block) {
      if (!skipped.length) return 'tls: failed to find any PEM data in key input';
      if (skipped.length === 1 && skipped[0] === 'CERTIFICATE') return 'tls: found a certificate rather than a key in the PEM for the private key';
      return `tls: failed to find PEM block with type ending in "PRIVATE KEY" in key input after skipping PEM blocks of the following types: ${goList(skipped)}`;
    }
    if (block.type === 'PRIVATE KEY' || block.type.endsWith(' PRIVATE KEY')) {
      keyDER = block.bytes;
      break;
    }
    skipped.push(block.type);
    rest = next;
  }
  try {
    const pub = certificatePublicKey(certs[0]!);
    const priv = parsePrivateKey(keyDER);
    if (pub.type === 'unknown') return 'tls: unknown public key algorithm';
    if (pub.type !== priv.type) return 'tls: private key type does not match public key type';
    if (pub.type === 'rsa' && priv.type === 'rsa' && pub.n !== priv.n) return 'tls: private key does not match public key';
    if (pub.type === 'ecdsa' && priv.type === 'ecdsa') {
      const q = pub.curve === priv.curve ? scalarBaseMult(priv.curve, priv.d) : null;
      if (!q || q[0] !== pub.x || q[1] !== pub.y) return 'tls: private key does not match public key';
    }
    return undefined;
  } catch (e) {
    if (e instanceof X509Error) return e.message;
    throw e;
  }
}
