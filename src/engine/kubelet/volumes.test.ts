import { describe, expect, it } from 'vitest';
import { base64url } from './volumes.js';

describe('the bound token file', () => {
  it('encodes ASCII as base64url without padding (RFC 4648 §5), one flat string', () => {
    const cases: [string, string][] = [
      ['', ''],
      ['a', 'YQ'],
      ['ab', 'YWI'],
      ['abc', 'YWJj'],
      ['{"alg":"RS256","kid":"kubelab"}', 'eyJhbGciOiJSUzI1NiIsImtpZCI6Imt1YmVsYWIifQ'],
      ['??>', 'Pz8-'],
      ['???', 'Pz8_'],
    ];
    for (const [input, want] of cases) expect(base64url(input)).toBe(want);
  });
});
