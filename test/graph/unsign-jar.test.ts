// unsignJar: a jar's signature files go, every other entry stays readable by the JDK's own tools.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unsignJar } from '../../graph/unsign-jar.ts';
import { zip } from '../ingest/reports/docx-writer.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lawgraph-unsign-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const jarTool = (...args: string[]) => spawnSync('jar', args, { cwd: tmp, encoding: 'utf8' });

describe('unsignJar', () => {
  it('drops META-INF/*.SF, *.RSA, *.DSA, *.EC and keeps the other entries intact', () => {
    const file = path.join(tmp, 'signed.jar');
    fs.writeFileSync(file, zip({
      'META-INF/MANIFEST.MF': 'Manifest-Version: 1.0\r\n\r\n',
      'META-INF/SIGNER.SF': 'Signature-Version: 1.0\r\n',
      'META-INF/SIGNER.RSA': 'not a real signature',
      'META-INF/OTHER.ec': 'nor this',
      'META-INF/services/x.Y': 'x.Z\n',
      'x/data.txt': 'kept as it was',
    }));
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
    const bytes = zip({ 'META-INF/MANIFEST.MF': 'Manifest-Version: 1.0\r\n\r\n', 'a.txt': 'a' });
    fs.writeFileSync(file, bytes);
    expect(unsignJar(file)).toBe(false);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });
});
