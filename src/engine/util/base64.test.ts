import { describe, expect, it } from 'vitest';
import { base64Encode, base64EncodeBytes } from './base64.js';
import { utf8Bytes } from './utf8.js';

// Expected values from Go's base64.StdEncoding / []byte(string) (same as `printf %s … | base64`).
describe('utf8Bytes and base64', () => {
  it('encodes UTF-8 as Go does, one to four bytes a character', () => {
    expect(utf8Bytes('aé€😀')).toEqual([0x61, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]);
  });

  it('pads to a multiple of four characters', () => {
    expect(['', 'a', 'ab', 'abc', 'admin', 'S!B\\*d$zDsb='].map(base64Encode)).toEqual(['', 'YQ==', 'YWI=', 'YWJj', 'YWRtaW4=', 'UyFCXCpkJHpEc2I9']);
    expect(base64Encode('密码')).toBe('5a+G56CB');
    expect(base64EncodeBytes([0xff, 0xfe, 0x00])).toBe('//4A');
  });
});
