// graph/embedded.ts without a JVM: the launcher's build tool keeps this process's stdout for its data, and the
// launcher is rebuilt when its build inputs' content changed, not when their times did; the java it runs and the
// archive flags that fit that java's release.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, repoRoot } from '../../config.ts';
import { buildInputsKey, javaCommand, javaRelease, launcherStale, runBuildTool, sharingFlags } from '../../graph/embedded.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lawgraph-embedded-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('runBuildTool', () => {
  // A child process stands for a CLI command whose stdout is its data: it runs a build (a stand-in for Maven that
  // prints to its stdout, colour codes included, as Maven does) and then writes its JSON line.
  const child = (tool: string) => {
    const script = `import { runBuildTool } from ${JSON.stringify(path.join(repoRoot, 'graph', 'embedded.ts'))};
      try { runBuildTool(process.execPath, ['-e', ${JSON.stringify(tool)}], 'the stand-in'); }
      catch (err) { console.error(String(err)); process.exit(3); }
      process.stdout.write(JSON.stringify({ data: 1 }) + '\\n');`;
    return spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  };

  it("sends the build's output to stderr, so stdout holds the command's data alone", () => {
    const r = child(`console.log('\\x1b[1mBUILD SUCCESS\\x1b[m'); console.error('a warning')`);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('{"data":1}\n');
    expect(JSON.parse(r.stdout)).toEqual({ data: 1 });
    expect(r.stderr).toContain('BUILD SUCCESS');
    expect(r.stderr).toContain('a warning');
  });

  it('names the tool and its exit code when the build fails, or when the tool cannot run', () => {
    const r = child(`console.log('compile error'); process.exit(7)`);
    expect(r.status).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('compile error');
    expect(r.stderr).toContain('the stand-in failed to build the Neo4j launcher (exit 7)');
    expect(() => runBuildTool(path.join(tmp, 'no-such-tool'), [], 'Nothing')).toThrow(/cannot run Nothing .*ENOENT/);
  });
});

describe('launcherStale', () => {
  /** A launcher folder as a build leaves it: inputs, classes, a Neo4j library, and the build's marker. */
  const launcher = (name: string, marker?: (key: string) => string) => {
    const dir = path.join(tmp, name);
    fs.mkdirSync(path.join(dir, 'src', 'main', 'java', 'x'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'target', 'classes'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'target', 'lib'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'pom.xml'), '<project><version>1</version></project>\n');
    fs.writeFileSync(path.join(dir, 'src', 'main', 'java', 'x', 'Main.java'), 'class Main {}\n');
    fs.writeFileSync(path.join(dir, 'target', 'lib', 'neo4j-bolt-5.26.0.jar'), '');
    if (marker) fs.writeFileSync(path.join(dir, 'target', 'lib', '.built'), marker(buildInputsKey(dir)));
    return dir;
  };
  const at = (file: string, date: string) => fs.utimesSync(file, new Date(date), new Date(date));
  const built = (key: string) => `2026-12-01T00:00:00.000Z\ninputs ${key}\n`;

  it('is stale before any build, and without the Neo4j libraries', () => {
    expect(launcherStale(launcher('none'))).toBe(true);
    const dir = launcher('no-libs', built);
    expect(launcherStale(dir)).toBe(false);
    fs.rmSync(path.join(dir, 'target', 'lib', 'neo4j-bolt-5.26.0.jar'));
    expect(launcherStale(dir)).toBe(true);
  });

  it('stays current when the inputs are newer than the build but hold the same content (a copy dated at its commit)', () => {
    const dir = launcher('same-content', built);
    at(path.join(dir, 'target', 'lib', '.built'), '2026-12-01T00:00:00Z');
    at(path.join(dir, 'pom.xml'), '2026-12-05T00:00:00Z');
    at(path.join(dir, 'src', 'main', 'java', 'x', 'Main.java'), '2026-12-05T00:00:00Z');
    expect(launcherStale(dir)).toBe(false);
  });

  it('is stale when an input changed though it is older than the build, and when a source file is added', () => {
    const dir = launcher('changed', built);
    fs.writeFileSync(path.join(dir, 'pom.xml'), '<project><version>2</version></project>\n');
    at(path.join(dir, 'pom.xml'), '2026-11-01T00:00:00Z');
    expect(launcherStale(dir)).toBe(true);
    const added = launcher('added', built);
    fs.writeFileSync(path.join(added, 'src', 'main', 'java', 'x', 'Other.java'), 'class Other {}\n');
    at(path.join(added, 'src', 'main', 'java', 'x', 'Other.java'), '2026-11-01T00:00:00Z');
    expect(launcherStale(added)).toBe(true);
  });

  it('reads a marker without a key by times once, then records the key and keeps the marker time', () => {
    const old = launcher('old-marker', () => '2026-12-01T00:00:00.000Z');
    const marker = path.join(old, 'target', 'lib', '.built');
    at(path.join(old, 'pom.xml'), '2026-11-01T00:00:00Z');
    at(path.join(old, 'src', 'main', 'java', 'x', 'Main.java'), '2026-11-01T00:00:00Z');
    at(marker, '2026-12-01T00:00:00Z');
    expect(launcherStale(old)).toBe(false);
    expect(fs.readFileSync(marker, 'utf8')).toBe(`2026-12-01T00:00:00.000Z\ninputs ${buildInputsKey(old)}\n`);
    expect(fs.statSync(marker).mtime.toISOString()).toBe('2026-12-01T00:00:00.000Z');
    // Now the key decides: a later time on the same content no longer rebuilds.
    at(path.join(old, 'pom.xml'), '2026-12-05T00:00:00Z');
    expect(launcherStale(old)).toBe(false);

    const newer = launcher('old-marker-newer-inputs', () => '2026-12-01T00:00:00.000Z');
    at(path.join(newer, 'target', 'lib', '.built'), '2026-12-01T00:00:00Z');
    at(path.join(newer, 'pom.xml'), '2026-12-05T00:00:00Z');
    expect(launcherStale(newer)).toBe(true);
  });
});

describe('the java that runs Neo4j', () => {
  /** A JDK folder as a vendor ships it: bin/java and a `release` file naming the version. */
  const jdk = (name: string, release?: string) => {
    const home = path.join(tmp, name);
    fs.mkdirSync(path.join(home, 'bin'), { recursive: true });
    fs.writeFileSync(path.join(home, 'bin', 'java'), '');
    if (release !== undefined) fs.writeFileSync(path.join(home, 'release'), release);
    return home;
  };

  it('is java on PATH unless LAWGRAPH_JAVA names a binary or a JDK folder', () => {
    expect(loadConfig({}).neo4j.java).toBeUndefined();
    expect(javaCommand(loadConfig({}).neo4j.java)).toBe('java');
    const home = jdk('jdk-folder', 'JAVA_VERSION="21.0.4"\n');
    expect(javaCommand(loadConfig({ LAWGRAPH_JAVA: home }).neo4j.java)).toBe(path.join(home, 'bin', 'java'));
    expect(javaCommand(path.join(home, 'bin', 'java'))).toBe(path.join(home, 'bin', 'java'));
  });

  it("reads the feature release from the JDK's release file, old and new numbering, and none without one", () => {
    const rel = (name: string, text?: string) => javaRelease(path.join(jdk(name, text), 'bin', 'java'));
    expect(rel('jdk-25', 'IMPLEMENTOR="Eclipse Adoptium"\nJAVA_VERSION="25.0.3"\nJAVA_VERSION_DATE="2026-04-21"\n')).toBe(25);
    expect(rel('jdk-17', 'JAVA_VERSION="17.0.15"\n')).toBe(17);
    expect(rel('jdk-8', 'JAVA_VERSION="1.8.0_402"\n')).toBe(8);
    expect(rel('jdk-none')).toBeUndefined();
    expect(rel('jdk-odd', 'JAVA_RUNTIME_VERSION="x"\n')).toBeUndefined();
  });

  it('uses or makes a class-data sharing archive before Java 25, an ahead-of-time cache from it on', () => {
    expect(sharingFlags(17, '/c/a.jsa', '/c/a.1.writing', true)).toEqual(['-XX:SharedArchiveFile=/c/a.jsa']);
    expect(sharingFlags(21, '/c/a.jsa', '/c/a.1.writing', false)).toEqual(['-XX:ArchiveClassesAtExit=/c/a.1.writing']);
    expect(sharingFlags(undefined, '/c/a.jsa', '/c/a.1.writing', false)).toEqual(['-XX:ArchiveClassesAtExit=/c/a.1.writing']);
    expect(sharingFlags(25, '/c/a.aot', '/c/a.1.writing', true)).toEqual(['-XX:AOTCache=/c/a.aot']);
    expect(sharingFlags(26, '/c/a.aot', '/c/a.1.writing', false)).toEqual(['-XX:AOTCacheOutput=/c/a.1.writing']);
  });
});
