// The command line's vocabulary: a command is data (usage, help, options) plus the function that
// runs it. Help texts, --version and usage errors are made from this one description.
import fs from 'node:fs';
import path from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { repoRoot, type Config } from '../config.ts';
import { embeddedNeo4jVersion } from '../graph/embedded.ts';

export interface OptionSpec {
  type: 'string' | 'boolean';
  multiple?: boolean;
  short?: string;
  /** The value's placeholder in help: `<file>`. */
  value?: string;
  help: string;
}

export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface Command {
  name: string;
  /** Arguments after the name, as printed in help: `[file|dir]...`. */
  args: string;
  summary: string;
  /** More lines for `lawgraph <command> --help`. */
  details?: string;
  options: Record<string, OptionSpec>;
  positionals: { min: number; max: number };
  run(config: Config, args: string[], options: OptionValues): Promise<number>;
}

/** A mistake in how the command was called: printed with a pointer to help, exit code 1. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const EXIT_CODES = `Exit codes: 0 ok; 1 error or usage error; 2 some documents failed (the others were
processed); 130 or 143 stopped by Ctrl-C or SIGTERM.`;

const HELP_OPTION: OptionSpec = { type: 'boolean', short: 'h', help: 'show this help' };

export function parseConfig(command: Command): ParseArgsConfig['options'] {
  const options: NonNullable<ParseArgsConfig['options']> = {};
  for (const [name, spec] of Object.entries({ ...command.options, help: HELP_OPTION })) {
    options[name] = { type: spec.type, ...(spec.multiple ? { multiple: true } : {}), ...(spec.short ? { short: spec.short } : {}) };
  }
  return options;
}

function optionLines(options: Record<string, OptionSpec>): string[] {
  const left = Object.entries(options).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.value ? ` ${spec.value}` : ''}`;
    return [flag + (spec.multiple ? '...' : ''), spec.help] as const;
  });
  const width = Math.max(...left.map(([flag]) => flag.length)) + 2;
  return left.map(([flag, help]) => `  ${flag.padEnd(width)}${help}`);
}

export function commandHelp(command: Command): string {
  return [
    `Usage: lawgraph ${command.name}${command.args ? ` ${command.args}` : ''} [options]`,
    '',
    command.summary + (command.details ? `\n${command.details}` : ''),
    '',
    'Options:',
    ...optionLines({ ...command.options, help: HELP_OPTION }),
    '',
    EXIT_CODES,
  ].join('\n');
}

export function mainHelp(commands: Command[]): string {
  const width = Math.max(...commands.map((c) => `${c.name} ${c.args}`.length)) + 2;
  return [
    'lawgraph: a knowledge graph of laws, companies and technologies',
    '',
    'Usage: lawgraph <command> [options]      lawgraph <command> --help for its options',
    '',
    'Commands:',
    ...commands.map((c) => `  ${`${c.name} ${c.args}`.padEnd(width)}${c.summary.split('\n')[0]}`),
    '',
    'Options: -h, --help (this help), -V, --version (lawgraph and embedded Neo4j versions)',
    '',
    `Environment (see README, Configuration): NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE,
PORT (4000), HOST (127.0.0.1), LAWGRAPH_CORPUS, LAWGRAPH_DATA (./data), LAWGRAPH_NEO4J_HEAP,
LAWGRAPH_NEO4J_PAGECACHE, LAWGRAPH_LOG_LEVEL (info), LAWGRAPH_CORS_ORIGIN.`,
    '',
    EXIT_CODES,
  ].join('\n');
}

export function versionLine(): string {
  const { version } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  return `lawgraph ${version} (embedded Neo4j ${embeddedNeo4jVersion()} Community, Node ${process.version})`;
}
