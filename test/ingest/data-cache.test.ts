// The YAML values remembered by their text's hash (ingest/data-cache.ts): a second reading of a text gives the same
// value as the first, a fresh copy, and its problems at the same lines; what JSON cannot carry is never remembered.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cachedValue } from '../../ingest/data-cache.ts';
import { DataError, DataFile, parseData } from '../../ingest/data.ts';
import { thrown } from '../thrown.ts';

const tools = z.strictObject({ tools: z.array(z.strictObject({ id: z.string(), weight: z.number() })) });

describe('data files read from the cache', () => {
  it('gives a second reading the first one’s value, as a copy of its own', () => {
    const text = 'tools:\n  - id: hammer # data-cache.test\n    weight: 2\n  - {id: saw, weight: 1.5}\n';
    const first = parseData('tools.yaml', text, tools);
    expect(cachedValue('tools.yaml', text).value).toEqual({ tools: [{ id: 'hammer', weight: 2 }, { id: 'saw', weight: 1.5 }] });
    first.tools.pop();
    expect(parseData('tools.yaml', text, tools)).toEqual({ tools: [{ id: 'hammer', weight: 2 }, { id: 'saw', weight: 1.5 }] });
  });

  it('places the problems of a remembered text at their lines, as the YAML reader does', () => {
    const text = ['tools:', '  - id: drill # data-cache.test', '    weight: heavy', '  - id: saw', '    colour: red'].join('\n');
    const problems = () => thrown(DataError, () => parseData('tools.yaml', text, tools)).problems;
    const expected = ['tools.yaml:3:13: tools[0].weight: expected a number, got a string', 'tools.yaml:4:5: tools[1].weight: missing', 'tools.yaml:5:5: tools[1].colour: unknown key "colour"'];
    expect(problems()).toEqual(expected);
    expect(cachedValue('tools.yaml', text).value).toBeDefined();
    expect(problems()).toEqual(expected);
  });

  it('does not remember a value JSON would change (infinity, -0) nor a text with a YAML error', () => {
    const text = 'far: .inf # data-cache.test\nzero: -0\n';
    for (let i = 0; i < 2; i++) {
      const value = new DataFile('numbers.yaml', text).value as { far: number; zero: number };
      expect(value.far).toBe(Number.POSITIVE_INFINITY);
      expect(Object.is(value.zero, -0)).toBe(true);
    }
    expect(cachedValue('numbers.yaml', text).value).toBeUndefined();
    const broken = 'tools: [1, 2 # data-cache.test\n';
    expect(new DataFile('broken.yaml', broken).valid).toBe(false);
    expect(cachedValue('broken.yaml', broken).value).toBeUndefined();
    expect(new DataFile('broken.yaml', broken).issues[0]?.message).toMatch(/^YAML error: /);
  });
});

describe('the cache on disk', () => {
  it('keeps a slot per file read, so two files of one name in two directories do not replace each other', () => {
    // catalog/authorities.yaml and vocab/authorities.yaml are both "authorities.yaml" in their problems.
    const texts = ['tools:\n  - {id: awl, weight: 1} # data-cache.test, first directory\n', 'tools:\n  - {id: adze, weight: 3} # data-cache.test, second directory\n'];
    const files = [path.resolve('ingest/data-cache-test-a/same.yaml'), path.resolve('ingest/data-cache-test-b/same.yaml')];
    for (const [i, text] of texts.entries()) expect(new DataFile('same.yaml', text, files[i]).valid).toBe(true);
    const fresh = (file: string, text: string): string =>
      execFileSync(process.execPath, ['--input-type=module', '-e', `import { cachedValue } from ${JSON.stringify(pathToFileURL(path.resolve('ingest/data-cache.ts')).href)}; console.log(JSON.stringify(cachedValue(${JSON.stringify(file)}, ${JSON.stringify(text)}).value))`], { encoding: 'utf8' }).trim();
    expect(fresh('ingest/data-cache-test-a/same.yaml', texts[0] as string)).toBe('{"tools":[{"id":"awl","weight":1}]}');
    expect(fresh('ingest/data-cache-test-b/same.yaml', texts[1] as string)).toBe('{"tools":[{"id":"adze","weight":3}]}');
  });

  it('is read only from a directory of the user’s own that nobody else may write to', () => {
    const text = 'tools:\n  - {id: level, weight: 1} # data-cache.test, disk\n';
    parseData('tools-disk.yaml', text, tools); // remembered on disk, in the user's private directory
    const dir = path.join(os.tmpdir(), `lawgraph-data-cache-${process.getuid?.() ?? 'user'}`);
    const fresh = (): string =>
      execFileSync(process.execPath, ['--input-type=module', '-e', `import { cachedValue } from ${JSON.stringify(pathToFileURL(path.resolve('ingest/data-cache.ts')).href)}; console.log(cachedValue('tools-disk.yaml', ${JSON.stringify(text)}).value !== undefined)`], { encoding: 'utf8' }).trim();
    expect(fresh()).toBe('true'); // a fresh process finds it
    const mode = fs.statSync(dir).mode & 0o777;
    try {
      fs.chmodSync(dir, 0o777); // others may now plant slots there
      expect(fresh()).toBe('false');
    } finally {
      fs.chmodSync(dir, mode);
    }
  });
});
