// The command line as a user meets it, without a database: --version, help per command, usage
// errors (exit 1, a pointer to --help, never a stack trace), and `up` without a corpus.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../config.ts';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function lawgraph(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'bin', 'lawgraph.js'), ...args], { env: { ...process.env, ...env } });
    const out = { stdout: '', stderr: '' };
    child.stdout.on('data', (d) => (out.stdout += d));
    child.stderr.on('data', (d) => (out.stderr += d));
    child.on('close', (status) => resolve({ status, ...out }));
  });
}

const version = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version as string;
const neo4jVersion = /<neo4j\.version>([^<]+)</.exec(fs.readFileSync(path.join(repoRoot, 'graph', 'neo4j-embedded', 'pom.xml'), 'utf8'))![1]!;

describe('lawgraph command line', () => {
  it('--version names the package version and the embedded Neo4j version', async () => {
    for (const flag of ['--version', '-V']) {
      const r = await lawgraph([flag]);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(`lawgraph ${version}`);
      expect(r.stdout).toContain(`Neo4j ${neo4jVersion}`);
    }
  });

  it('--help lists every command and the exit codes; each command has its own help', async () => {
    const main = await lawgraph(['--help']);
    expect(main.status).toBe(0);
    for (const command of ['extract', 'load', 'remove', 'stats', 'export', 'corpus fetch', 'serve', 'up']) expect(main.stdout).toContain(`  ${command}`);
    expect(main.stdout).toMatch(/Exit codes: 0 ok; 1 error or usage error; 2 some documents failed/);
    const load = await lawgraph(['load', '--help']);
    expect([load.status, load.stdout]).toEqual([0, expect.stringMatching(/^Usage: lawgraph load \[file\|dir\]\.\.\. \[options\][\s\S]*--force[\s\S]*--report <file>/)]);
    const exp = await lawgraph(['help', 'export']);
    expect(exp.stdout).toMatch(/--format <graphml\|csv\|ftm\|apoc>[\s\S]*--node <id\|name>\.\.\.[\s\S]*--depth <0-3>/);
    const fetch = await lawgraph(['corpus', 'fetch', '-h']);
    expect(fetch.stdout).toMatch(/^Usage: lawgraph corpus fetch \[options\][\s\S]*--to <dir>/);
  });

  it('gives a usage error with exit code 1, never a stack trace', async () => {
    const cases: [string[], RegExp][] = [
      [['load', '--bogus'], /^lawgraph load: unknown option --bogus\nRun `lawgraph load --help` for usage\.\n$/],
      [['frobnicate'], /^lawgraph: unknown command "frobnicate" \(commands: extract, load, .*\)/],
      [['corpus'], /"corpus" needs a subcommand: lawgraph corpus fetch/],
      [['stats', 'extra'], /^lawgraph stats: takes no arguments; unexpected "extra"/],
      [['extract'], /^lawgraph extract: needs <file\|dir>\.\.\./],
      [['load', '--report'], /^lawgraph load: Option '--report <value>' argument missing/],
      [['export'], /^lawgraph export: --format is required \(graphml, csv, ftm, apoc\)/],
      [['export', '--format', 'csv'], /give a folder with --out/],
      [['export', '--format', 'graphml', '--node', 'x', '--depth', '9'], /--depth must be 0\.\.3, got "9"/],
      [['serve', '--port', 'eighty'], /--port must be a port number/],
      [['--frob'], /^lawgraph: unknown option --frob/],
    ];
    for (const [args, message] of cases) {
      const r = await lawgraph(args);
      expect(r.status, args.join(' ')).toBe(1);
      expect(r.stderr, args.join(' ')).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('names a bad setting as an error, not a crash', async () => {
    const r = await lawgraph(['stats'], { LAWGRAPH_NEO4J_HEAP: 'lots' });
    expect([r.status, r.stderr]).toEqual([1, 'lawgraph stats: LAWGRAPH_NEO4J_HEAP must be a size such as 512m or 2g, got "lots"\n']);
  });

  it('`up` without a corpus says so and names the fetch command', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'lawgraph-nocorpus-'));
    // An unreachable server: `up` stops after saying what it found, without starting Neo4j.
    const r = await lawgraph(['up'], { LAWGRAPH_CORPUS: path.join(empty, 'corpus'), NEO4J_URI: 'bolt://127.0.0.1:9', PORT: '0' });
    fs.rmSync(empty, { recursive: true, force: true });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no corpus found at .*corpus: the graph will hold the catalog only/);
    expect(r.stderr).toMatch(/npx lawgraph corpus fetch/);
  });
});
