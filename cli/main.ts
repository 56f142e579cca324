// `lawgraph <command>`: finds the command, parses its options strictly, runs it. Mistakes in the
// call are usage errors (exit 1, a pointer to --help), never stack traces.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { COMMANDS } from './commands.ts';
import { commandHelp, mainHelp, parseConfig, UsageError, versionLine, type Command } from './usage.ts';

/** The command named by the first one or two words (`corpus fetch`), and the words after it. */
function findCommand(argv: string[]): { command: Command; rest: string[] } | undefined {
  for (const words of [2, 1]) {
    const name = argv.slice(0, words).join(' ');
    const command = COMMANDS.find((c) => c.name === name);
    if (command) return { command, rest: argv.slice(words) };
  }
  return undefined;
}

function unknownCommand(word: string): UsageError {
  const group = COMMANDS.filter((c) => c.name.startsWith(`${word} `)).map((c) => `lawgraph ${c.name}`);
  if (group.length) return new UsageError(`"${word}" needs a subcommand: ${group.join(', ')}`);
  return new UsageError(`unknown command "${word}" (commands: ${COMMANDS.map((c) => c.name).join(', ')})`);
}

/** node:util's messages, shortened to what was wrong. */
function parseError(err: Error & { code?: string }): UsageError {
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /'([^']+)'/.exec(err.message)?.[1] ?? '';
    return new UsageError(`unknown option ${option}`);
  }
  return new UsageError(err.message.split('. ')[0]!.replace(/\.$/, ''));
}

function parse(command: Command, rest: string[]) {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: rest, options: parseConfig(command), allowPositionals: true, strict: true });
  } catch (err) {
    throw parseError(err as Error);
  }
  const n = parsed.positionals.length;
  const { min, max } = command.positionals;
  if (!parsed.values.help && (n < min || n > max)) {
    const expected = max === 0 ? 'takes no arguments' : `needs ${command.args}`;
    throw new UsageError(`${expected}${n > max ? `; unexpected "${parsed.positionals[max]}"` : ''}`);
  }
  return parsed;
}

async function dispatch(argv: string[], running: (name: string) => void): Promise<number> {
  const [first] = argv;
  if (first === undefined) {
    console.error(mainHelp(COMMANDS));
    return 1;
  }
  if (first === '--version' || first === '-V' || first === 'version') {
    console.log(versionLine());
    return 0;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    const about = argv[1] === undefined ? undefined : findCommand(argv.slice(1));
    if (argv[1] !== undefined && !about) throw unknownCommand(argv[1]);
    console.log(about ? commandHelp(about.command) : mainHelp(COMMANDS));
    return 0;
  }
  if (first.startsWith('-')) throw new UsageError(`unknown option ${first} (a command comes first)`);
  const found = findCommand(argv);
  if (!found) throw unknownCommand(first);
  running(found.command.name);
  const { values, positionals } = parse(found.command, found.rest);
  if (values.help) {
    console.log(commandHelp(found.command));
    return 0;
  }
  return found.command.run(loadConfig(), positionals, values);
}

export async function main(argv: string[]): Promise<number> {
  let where = 'lawgraph';
  try {
    return await dispatch(argv, (name) => {
      where = `lawgraph ${name}`;
    });
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`${where}: ${err.message}\nRun \`${where} --help\` for usage.`);
      return 1;
    }
    console.error(`${where}: ${(err as Error).message}`);
    return 1;
  }
}
