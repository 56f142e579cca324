// The embedded Neo4j's memory, sized from the machine: a quarter of the available memory each for
// heap and page cache, within 512m..4g, overridable, and stated for the start-up log.
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { loadConfig, sizeMemory } from '../../config.ts';
import { oneShot } from '../../cli/load.ts';
import { launchArgs } from '../../graph/embedded.ts';

const GiB = 1024 ** 3;
const bytes = (size: string) => Number(size.slice(0, -1)) * (size.endsWith('g') ? GiB : 1024 ** 2);

describe('embedded Neo4j memory', () => {
  it('takes a share of the available memory within floor and cap', () => {
    expect(sizeMemory({}, 24 * GiB)).toMatchObject({ heap: '4g', pageCache: '4g' });
    expect(sizeMemory({}, 10 * GiB)).toMatchObject({ heap: '2560m', pageCache: '2560m' });
    expect(sizeMemory({}, 3 * GiB)).toMatchObject({ heap: '768m', pageCache: '768m' });
    expect(sizeMemory({}, 1 * GiB)).toMatchObject({ heap: '512m', pageCache: '512m' });
  });

  it('on this machine stays under half of its memory, and says how it was chosen', () => {
    const { neo4j } = loadConfig({});
    expect(bytes(neo4j.heap) + bytes(neo4j.pageCache)).toBeLessThan(os.totalmem() / 2);
    expect(neo4j.memoryNote).toMatch(/^embedded Neo4j memory: heap \d+[mg] \(25% of [\d.]+ GiB available, within 512m\.\.4g\), page cache/);
  });

  it('is set by LAWGRAPH_NEO4J_HEAP and LAWGRAPH_NEO4J_PAGECACHE, and refuses what is not a size', () => {
    const set = sizeMemory({ LAWGRAPH_NEO4J_HEAP: '1G', LAWGRAPH_NEO4J_PAGECACHE: '256m' }, 24 * GiB);
    expect(set).toMatchObject({ heap: '1g', pageCache: '256m' });
    expect(set.note).toBe('embedded Neo4j memory: heap 1g (LAWGRAPH_NEO4J_HEAP), page cache 256m (LAWGRAPH_NEO4J_PAGECACHE)');
    expect(() => sizeMemory({ LAWGRAPH_NEO4J_HEAP: 'half' }, GiB)).toThrow('LAWGRAPH_NEO4J_HEAP must be a size such as 512m or 2g, got "half"');
  });
});

describe("embedded Neo4j's compilers", () => {
  it('runs both compilers unless LAWGRAPH_NEO4J_JIT=quick or the command ends with its JVM, and refuses another mode', () => {
    expect(loadConfig({}).neo4j.jit).toBeUndefined();
    expect(loadConfig({ LAWGRAPH_NEO4J_JIT: 'QUICK' }).neo4j.jit).toBe('quick');
    // load, remove and stats (cli/load.ts) run the client compiler alone unless told otherwise.
    expect(oneShot(loadConfig({})).neo4j.jit).toBe('quick');
    expect(oneShot(loadConfig({ LAWGRAPH_NEO4J_JIT: 'full' })).neo4j.jit).toBe('full');
    expect(() => loadConfig({ LAWGRAPH_NEO4J_JIT: 'c2' })).toThrow('LAWGRAPH_NEO4J_JIT must be one of full, quick, got "c2"');
    const args = (jit?: 'quick' | 'full') => launchArgs({ dataDir: '/d', port: 0, heap: '1g', pageCache: '256m', jit }, 7687, ['a.jar'], []);
    expect(args().some((a) => a.startsWith('-XX:TieredStopAtLevel'))).toBe(false);
    expect(args('quick')).toContain('-XX:TieredStopAtLevel=1');
    // JVM flags come before the main class: after it they would be the launcher's own arguments.
    expect(args('quick').indexOf('-XX:TieredStopAtLevel=1')).toBeLessThan(args('quick').indexOf('lawgraph.EmbeddedNeo4j'));
  });
});

describe("embedded Neo4j's own JVM options", () => {
  it('adds LAWGRAPH_NEO4J_JVM_OPTS after lawgraph\'s flags and before the main class, and refuses a word that is no option', () => {
    expect(loadConfig({}).neo4j.jvmOptions).toBeUndefined();
    expect(loadConfig({ LAWGRAPH_NEO4J_JVM_OPTS: '  ' }).neo4j.jvmOptions).toBeUndefined();
    const jvmOptions = loadConfig({ LAWGRAPH_NEO4J_JVM_OPTS: ' -XX:TieredStopAtLevel=4\t-Xlog:gc:file=/tmp/x.log ' }).neo4j.jvmOptions;
    expect(jvmOptions).toEqual(['-XX:TieredStopAtLevel=4', '-Xlog:gc:file=/tmp/x.log']);
    const args = launchArgs({ dataDir: '/d', port: 0, heap: '1g', pageCache: '256m', jit: 'quick', jvmOptions }, 7687, ['a.jar'], ['-XX:SharedArchiveFile=/a.jsa']);
    // After the compilers' and class sharing's flags, so the operator's value of a flag is the one HotSpot keeps.
    expect(args.indexOf('-XX:TieredStopAtLevel=4')).toBeGreaterThan(args.indexOf('-XX:TieredStopAtLevel=1'));
    expect(args.indexOf('-Xlog:gc:file=/tmp/x.log')).toBeGreaterThan(args.indexOf('-XX:SharedArchiveFile=/a.jsa'));
    expect(args.indexOf('-Xlog:gc:file=/tmp/x.log')).toBeLessThan(args.indexOf('-cp'));
    expect(() => loadConfig({ LAWGRAPH_NEO4J_JVM_OPTS: '-Xss2m lawgraph.Other' })).toThrow(
      'LAWGRAPH_NEO4J_JVM_OPTS holds JVM options, each starting with "-", got "lawgraph.Other"',
    );
  });
});
