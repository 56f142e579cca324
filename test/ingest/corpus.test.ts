// GBK/GB18030 input (ingest/corpus.ts decode): Chinese statutes saved in a legacy encoding decode
// to the same text as their UTF-8 twin; bytes that are neither UTF-8 nor clean GBK are refused.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode } from '../../ingest/corpus.ts';
import { fixtures, gbkEncode, iconvGbk } from '../reliability/helpers.ts';

const text = fs.readFileSync(path.join(fixtures, 'good.zh.md'), 'utf8');

describe('legacy Chinese encodings', () => {
  it('the hand-built GBK encoder agrees with known bytes and with iconv', () => {
    expect([...gbkEncode('第一条')]).toEqual([0xb5, 0xda, 0xd2, 0xbb, 0xcc, 0xf5]);
    const viaIconv = iconvGbk(text);
    if (viaIconv) expect(gbkEncode(text)).toEqual(viaIconv);
  });

  it('a GBK-encoded statute decodes to the same text as its UTF-8 original', () => {
    expect(decode('x.md', gbkEncode(text))).toBe(text);
  });

  it('refuses bytes that are neither UTF-8 nor GBK with CJK text', () => {
    expect(() => decode('x.md', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0xff]))).toThrow(/not valid UTF-8/);
    // Valid GBK that decodes to no Chinese character at all is not taken for a Chinese document.
    expect(() => decode('x.md', new Uint8Array([0x41, 0xa1, 0xa1, 0x42]))).toThrow(/not valid UTF-8/);
  });

  it('refuses NUL bytes as binary content', () => {
    expect(() => decode('x.md', new Uint8Array([0x41, 0x00, 0x42]))).toThrow(/binary content/);
  });
});
