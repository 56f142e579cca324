// unsignJar: a jar's signature files go, every other entry stays readable by the JDK's own tools.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { unsignJar } from '../../graph/unsign-jar.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lawgraph-unsign-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A zip of stored (uncompressed) entries, written field by field as the format describes them. */
function storedZip(entries: [string, string][]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of entries) {
    const data = Buffer.from(text);
    const n = Buffer.from(name);
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt32LE(crc, 16);
    record.writeUInt32LE(data.length, 20);
    record.writeUInt32LE(data.length, 24);
    record.writeUInt16LE(n.length, 28);
    record.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    central.push(record, n);
    offset += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const jarTool = (...args: string[]) => spawnSync('jar', args, { cwd: tmp, encoding: 'utf8' });

describe('unsignJar', () => {
  it('drops META-INF/*.SF, *.RSA, *.DSA, *.EC and keeps the other entries intact', () => {
    const file = path.join(tmp, 'signed.jar');
    fs.writeFileSync(file, storedZip([
      ['META-INF/MANIFEST.MF', 'Manifest-Version: 1.0\r\n\r\n'],
      ['META-INF/SIGNER.SF', 'Signature-Version: 1.0\r\n'],
      ['META-INF/SIGNER.RSA', 'not a real signature'],
      ['META-INF/OTHER.ec', 'nor this'],
      ['META-INF/services/x.Y', 'x.Z\n'],
      ['x/data.txt', 'kept as it was'],
    ]));
    expect(jarTool('tf', file).stdout).toContain('META-INF/SIGNER.SF');
    expect(unsignJar(file)).toBe(true);
    const listed = jarTool('tf', file);
    expect(listed.status, listed.stderr).toBe(0);
    expect(listed.stdout.trim().split('\n')).toEqual(['META-INF/MANIFEST.MF', 'META-INF/services/x.Y', 'x/data.txt']);
    const out = path.join(tmp, 'out');
    fs.mkdirSync(out);
    expect(spawnSync('jar', ['xf', file], { cwd: out }).status).toBe(0);
    expect(fs.readFileSync(path.join(out, 'x', 'data.txt'), 'utf8')).toBe('kept as it was');
    expect(fs.readFileSync(path.join(out, 'META-INF', 'services', 'x.Y'), 'utf8')).toBe('x.Z\n');
  });

  it('leaves an unsigned jar untouched', () => {
    const file = path.join(tmp, 'plain.jar');
    const bytes = storedZip([['META-INF/MANIFEST.MF', 'Manifest-Version: 1.0\r\n\r\n'], ['a.txt', 'a']]);
    fs.writeFileSync(file, bytes);
    expect(unsignJar(file)).toBe(false);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });
});
