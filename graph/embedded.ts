// Starts Neo4j 5.26 Community in embedded mode (graph/neo4j-embedded, a tiny Java launcher built
// with Maven) when no NEO4J_URI is configured. The JVM watches its stdin: when this process goes
// away, however it goes, the pipe closes and the JVM shuts down, so no orphan is left behind.
// Start-up: most of the JVM's CPU before Neo4j is ready is loading and verifying its classes; a
// class-data sharing archive of them, made once by the first run that lacks it, cuts that. On Java 25 and
// later the archive is an ahead-of-time cache (JEP 483, 514, 515: classes loaded and linked, method profiles),
// which cuts more (docs/benchmarks.md, npm start).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { type JitMode, repoRoot } from '../config.ts';
import { unsignJar } from './unsign-jar.ts';

const launcherDir = path.join(repoRoot, 'graph', 'neo4j-embedded');
const classesDir = path.join(launcherDir, 'target', 'classes');
const libDir = path.join(launcherDir, 'target', 'lib');
const cdsDir = path.join(launcherDir, 'target', 'cds');
const READY = /^LAWGRAPH_NEO4J_READY port=(\d+)/;

// The flags Neo4j's own launcher passes on Java 17 (netty and the page cache use internals).
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/java.util=ALL-UNNAMED',
  '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
  '--add-opens=java.base/java.net=ALL-UNNAMED',
  '--add-exports=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-exports=jdk.unsupported/sun.misc=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+ExitOnOutOfMemoryError',
];

// The server compiler (C2) costs a fresh JVM about half its CPU over the reference corpus pipeline (6 of 12.6 s; the
// Bolt workers 4.4 s), and the client compiler alone (`quick`) halves the JVM's CPU there (5.8 s; pipeline 7.2-8.4 s
// against 12.2-12.6 s, two interleaved runs each, load 3-5). But the answers then run C1's code: at the quick bench's
// size the raw search took 11.7 ms against 5.7, paths 5.6 against 2.4, exposure 3.4 against 1.9 (bench/api-stage.ts,
// one run each, the C1 run at the lower load). So `full` stays the default for a server; `quick` is the default of the
// commands whose JVM exits with them (`lawgraph load`, `remove`, `stats`: cli/load.ts oneShot), LAWGRAPH_NEO4J_JIT
// overriding either. A server at NEO4J_URI is its operator's to tune.
export const JIT_FLAGS: Record<JitMode, string[]> = {
  quick: ['-XX:TieredStopAtLevel=1'],
  full: [],
};

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  heap: string;
  pageCache: string;
  /** Which just-in-time compilers the JVM runs (default full). */
  jit?: JitMode;
  /** The java to run: a binary or a JDK's folder (default `java` on PATH). */
  java?: string;
  /** More JVM options, after lawgraph's own (the last value of a flag wins). */
  jvmOptions?: string[];
  /** Called once the JVM is spawned: the caller's own start-up work (module loading) goes after it,
   *  since it would otherwise hold up the spawn behind this process's event loop. */
  onSpawn?: () => void;
  /** Where the JVM's own log goes (stderr of the launcher). */
  logFile?: string;
  log?: (line: string) => void;
  timeoutMs?: number;
}

export interface EmbeddedNeo4j {
  uri: string;
  port: number;
  pid: number;
  stop(): Promise<void>;
}

const pom = path.join(launcherDir, 'pom.xml');

/** The Neo4j version the launcher embeds (pom.xml's neo4j.version). */
export function embeddedNeo4jVersion(): string {
  return /<neo4j\.version>([^<]+)</.exec(fs.readFileSync(pom, 'utf8'))?.[1] ?? 'unknown';
}

/** The first build's download: the jars Maven copies to target/lib measure 123 MB (du -sh), plus
 *  Maven's own plugins. Stated before it starts, since Maven runs quietly. */
export const FIRST_DOWNLOAD = 'about 125 MB';

/** Whether Maven's local repository (the default ~/.m2) already holds this Neo4j version. */
function neo4jCached(): boolean {
  return fs.existsSync(path.join(os.homedir(), '.m2', 'repository', 'org', 'neo4j', 'neo4j', embeddedNeo4jVersion()));
}

/** The launcher's build inputs: its pom.xml and every file under src/, sorted by path. */
function buildInputs(dir: string): string[] {
  const src = path.join(dir, 'src');
  const files = fs.existsSync(src)
    ? fs.readdirSync(src, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name))
    : [];
  return [path.join(dir, 'pom.xml'), ...files.sort()];
}

/** A key of the build inputs' paths (relative to dir) and contents. A build records it, and the launcher is
 *  stale when the key differs: times cannot say it, since a `git archive` copy dates its files at the commit
 *  and a checkout at the moment it ran, neither when their content changed (a copied target was rebuilt
 *  for nothing, or an older build kept for changed inputs). */
export function buildInputsKey(dir: string = launcherDir): string {
  const hash = createHash('sha256');
  for (const f of buildInputs(dir)) hash.update(`${path.relative(dir, f)}\0${fs.readFileSync(f, 'base64')}\n`);
  return `sha256:${hash.digest('hex')}`;
}

const INPUTS_LINE = /^inputs (\S+)$/m;

/** Whether the launcher in dir needs a build: never built (no classes, no Neo4j libraries, no marker), or
 *  built from other inputs than its files hold now. */
export function launcherStale(dir: string = launcherDir): boolean {
  const lib = path.join(dir, 'target', 'lib');
  const marker = path.join(lib, '.built');
  const built = fs.existsSync(path.join(dir, 'target', 'classes')) && fs.existsSync(lib) && fs.readdirSync(lib).some((f) => f.startsWith('neo4j-bolt'));
  if (!built || !fs.existsSync(marker)) return true;
  const text = fs.readFileSync(marker, 'utf8');
  const key = buildInputsKey(dir);
  const recorded = INPUTS_LINE.exec(text)?.[1];
  if (recorded) return recorded !== key;
  // A marker from before the key was recorded: its time against the inputs' decides, as it used to, once. A
  // build found current gets the key with its time kept (the libraries' unsigned copies are dated against it).
  const st = fs.statSync(marker);
  if (buildInputs(dir).some((f) => fs.statSync(f).mtimeMs > st.mtimeMs)) return true;
  try {
    fs.writeFileSync(marker, `${text.trimEnd()}\ninputs ${key}\n`);
    fs.utimesSync(marker, st.atime, st.mtime);
  } catch {} // a read-only tree: the same decision next time
  return false;
}

/** Builds the launcher with Maven once (dependencies come from Maven Central, cached in ~/.m2),
 *  and keeps its libraries unsigned. */
export function ensureLauncherBuilt(log: (line: string) => void = () => {}): void {
  if (launcherStale()) build(log);
  unsignLibraries();
}

/** Once per build: the libraries' copies without signatures (graph/unsign-jar.ts says why). */
function unsignLibraries(): void {
  const marker = path.join(libDir, '.unsigned');
  const built = fs.statSync(path.join(libDir, '.built'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  if ((fs.statSync(marker, { throwIfNoEntry: false })?.mtimeMs ?? -1) >= built) return;
  for (const f of fs.readdirSync(libDir)) if (f.endsWith('.jar')) unsignJar(path.join(libDir, f));
  fs.writeFileSync(marker, new Date().toISOString());
}

function build(log: (line: string) => void): void {
  if (neo4jCached()) log('building the embedded Neo4j launcher with Maven (libraries from ~/.m2)…');
  else {
    log(`first run: Maven downloads Neo4j ${embeddedNeo4jVersion()} and its libraries from Maven Central ` +
      `(${FIRST_DOWNLOAD}, once; kept in ~/.m2). This takes a few minutes on a slow connection…`);
  }
  const key = buildInputsKey(); // before the build: inputs edited meanwhile make the next start build again
  runBuildTool('mvn', ['-B', '-q', '-f', pom, 'package', '-DskipTests'], 'Maven');
  fs.writeFileSync(path.join(libDir, '.built'), `${new Date().toISOString()}\ninputs ${key}\n`);
}

/** Runs the build tool. Its output goes to stderr, its stdout included: a command whose stdout is its data
 *  (JSON of `lawgraph stats`, the bench's children) may be the first to open Neo4j after a change to the
 *  launcher, and Maven's lines there came before the data and broke its readers. */
export function runBuildTool(command: string, args: string[], name = command): void {
  const r = spawnSync(command, args, { stdio: ['ignore', 2, 'inherit'] });
  if (r.error) throw new Error(`cannot run ${name} (${command}) to build the Neo4j launcher: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${name} failed to build the Neo4j launcher (exit ${r.status ?? r.signal}); see its output above`);
}

/** The preferred port if it is free on 127.0.0.1, else one the OS picks. */
export async function freePort(preferred: number): Promise<number> {
  const tryListen = (port: number) =>
    new Promise<number | undefined>((resolve) => {
      const srv = net.createServer();
      srv.once('error', () => resolve(undefined));
      srv.listen(port, '127.0.0.1', () => {
        const addr = srv.address();
        const p = typeof addr === 'object' && addr ? addr.port : undefined;
        srv.close(() => resolve(p));
      });
    });
  return (preferred > 0 ? await tryListen(preferred) : undefined) ?? (await tryListen(0)) ?? preferred;
}

/** The java command line of the launcher: memory, the flags Neo4j needs, the compilers, class sharing, the caller's
 *  own options (last, so they override), the store. */
export function launchArgs(opts: EmbeddedOptions, port: number, cp: string[], cdsFlags: string[]): string[] {
  return [
    `-Xms${opts.heap}`,
    `-Xmx${opts.heap}`,
    ...JVM_FLAGS,
    ...JIT_FLAGS[opts.jit ?? 'full'],
    ...cdsFlags,
    ...(opts.jvmOptions ?? []),
    '-cp',
    cp.join(path.delimiter),
    'lawgraph.EmbeddedNeo4j',
    '--data',
    opts.dataDir,
    '--port',
    String(port),
    '--pagecache',
    opts.pageCache,
  ];
}

export async function startEmbedded(opts: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const log = opts.log ?? (() => {});
  ensureLauncherBuilt(log);
  fs.mkdirSync(opts.dataDir, { recursive: true });
  const port = await freePort(opts.port);
  if (opts.port > 0 && port !== opts.port) log(`port ${opts.port} is taken; Neo4j will listen on ${port}`);
  const cp = classPath();
  const java = javaCommand(opts.java);
  const cds = classSharing(cp, javaBinary(java));
  const args = launchArgs(opts, port, cp, cds.flags);
  const logFd = fs.openSync(opts.logFile ?? path.join(opts.dataDir, 'neo4j-embedded.log'), 'a');
  const child = spawn(java, args, { stdio: ['pipe', 'pipe', logFd] });
  fs.closeSync(logFd);
  opts.onSpawn?.();
  child.once('exit', (code) => cds.exited(code));
  await waitReady(child, opts.timeoutMs ?? 180_000, opts.logFile ?? path.join(opts.dataDir, 'neo4j-embedded.log'));
  // Writing the archive at exit takes some seconds more than a plain shutdown.
  const stop = () => stopChild(child, cds.dumping ? 60_000 : 0);
  return { uri: `bolt://127.0.0.1:${port}`, port, pid: child.pid ?? -1, stop };
}

/** The launcher's jar and its libraries, in a fixed order: a class-data sharing archive is valid only
 *  for the class path it was made with (and CDS takes jars only, not target/classes). */
function classPath(): string[] {
  const jar = fs.readdirSync(path.join(launcherDir, 'target')).find((f) => /^neo4j-embedded-.*\.jar$/.test(f));
  const libs = fs.readdirSync(libDir).filter((f) => f.endsWith('.jar')).sort().map((f) => path.join(libDir, f));
  return jar ? [path.join(launcherDir, 'target', jar), ...libs] : [classesDir, ...libs];
}

/** The command that runs java: LAWGRAPH_JAVA's binary, or `bin/java` of the JDK folder it names; else `java` on PATH. */
export function javaCommand(java: string | undefined): string {
  if (!java) return 'java';
  return fs.statSync(java, { throwIfNoEntry: false })?.isDirectory() ? path.join(java, 'bin', 'java') : java;
}

/** The file that spawn(command) runs: its real path, so a JDK update changes the archive's key. */
function javaBinary(command: string): string {
  if (command.includes(path.sep)) {
    try {
      return fs.realpathSync(command);
    } catch {
      return command;
    }
  }
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    try {
      return fs.realpathSync(path.join(dir || '.', command));
    } catch {}
  }
  return command;
}

/** The feature release (17, 21, 25) of the JDK a java binary belongs to, from the `release` file beside its `bin`
 *  (JAVA_VERSION="25.0.3"; "1.8.0_402" is 8), without starting it; undefined when there is none to read. */
export function javaRelease(binary: string): number | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path.join(path.dirname(path.dirname(binary)), 'release'), 'utf8');
  } catch {
    return undefined;
  }
  const m = /^JAVA_VERSION="(?:1\.)?(\d+)/m.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** From this release on, the JVM makes and reads an ahead-of-time cache (-XX:AOTCacheOutput, JEP 514) in place of a
 *  class-data sharing archive: classes loaded and linked, and the training run's method profiles (JEP 515). */
export const AOT_CACHE_RELEASE = 25;

/** The flags that use an archive already made, or make one at exit (to `writing`), for this JDK. */
export function sharingFlags(release: number | undefined, archive: string, writing: string, made: boolean): string[] {
  if ((release ?? 0) >= AOT_CACHE_RELEASE) return [made ? `-XX:AOTCache=${archive}` : `-XX:AOTCacheOutput=${writing}`];
  return [made ? `-XX:SharedArchiveFile=${archive}` : `-XX:ArchiveClassesAtExit=${writing}`];
}

/** A made archive is used. None yet: this JVM writes one at exit, to a name of its own renamed when it
 *  exits cleanly, unless a live process is already making it. The JVM itself refuses an archive that
 *  does not fit it (another JDK, another class path) with a warning in its log, and runs without.
 *  Java 25 and later make an ahead-of-time cache (`.aot`) instead of a class-data sharing archive (`.jsa`). */
function classSharing(cp: string[], java: string): { flags: string[]; dumping: boolean; exited(code: number | null): void } {
  const none = { flags: [], dumping: false, exited() {} };
  if (cp[0] === classesDir) return none; // no jar (an older build): CDS takes jars only
  const release = javaRelease(java);
  const ext = (release ?? 0) >= AOT_CACHE_RELEASE ? '.aot' : '.jsa';
  const key = createHash('sha256');
  for (const f of [java, ...cp]) {
    const st = fs.statSync(f, { throwIfNoEntry: false });
    key.update(`${f}\0${st?.size}\0${st?.mtimeMs}\n`);
  }
  const name = `neo4j-${key.digest('hex').slice(0, 16)}`;
  const archive = path.join(cdsDir, `${name}${ext}`);
  if (fs.existsSync(archive)) return { ...none, flags: sharingFlags(release, archive, '', true) };
  try {
    fs.mkdirSync(cdsDir, { recursive: true });
    for (const f of fs.readdirSync(cdsDir)) {
      const pid = Number(new RegExp(`^${name}\\.(\\d+)\\.writing$`).exec(f)?.[1]);
      if (!pid) continue;
      if (alive(pid)) return none; // a JVM of that process writes it when it exits
      // Left by a process that died (with the training's configuration that Java 25's cache is made from).
      for (const left of [f, `${f}.config`]) fs.rmSync(path.join(cdsDir, left), { force: true });
    }
  } catch {
    return none;
  }
  const writing = path.join(cdsDir, `${name}.${process.pid}.writing`);
  return {
    flags: sharingFlags(release, archive, writing, false),
    dumping: true,
    exited(code) {
      try {
        // 0: stdin closed; 130, 143: a shutdown the JVM ran itself on SIGINT (Ctrl-C reaches it too) or SIGTERM.
        if ((code === 0 || code === 130 || code === 143) && fs.statSync(writing).size > 0) {
          // Older archives of the same kind go (a JDK of the other kind keeps its own).
          for (const old of fs.readdirSync(cdsDir)) if (old.endsWith(ext)) fs.rmSync(path.join(cdsDir, old), { force: true });
          fs.renameSync(writing, archive);
        } else fs.rmSync(writing, { force: true });
      } catch {}
      fs.rmSync(`${writing}.config`, { force: true });
    },
  };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function waitReady(child: ChildProcess, timeoutMs: number, logFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`embedded Neo4j did not start within ${timeoutMs / 1000} s (log: ${logFile})`));
    }, timeoutMs);
    lines.on('line', (line) => {
      if (READY.test(line)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`embedded Neo4j exited before it was ready (code ${code}, signal ${signal}); log: ${logFile}`));
    });
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`cannot start java for embedded Neo4j: ${err.message}`));
    });
  });
}

/** Closes stdin (the launcher's cue for a clean shutdown), then escalates if it hangs. */
function stopChild(child: ChildProcess, extraMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const term = setTimeout(() => child.kill('SIGTERM'), 30_000 + extraMs);
    const kill = setTimeout(() => child.kill('SIGKILL'), 45_000 + extraMs);
    child.once('exit', () => {
      clearTimeout(term);
      clearTimeout(kill);
      resolve();
    });
    child.stdin?.end();
  });
}
