import { checkCommand } from './commands/check';
import { kpiCommand } from './commands/kpi';
import { schemaCommand } from './commands/schema';
import { toneCommand } from './commands/tone';
import type { Command } from './command';
import { processIO, UsageError, type CliIO } from './io';
import { version } from '../package.json';

const commands: Command[] = [checkCommand, kpiCommand, toneCommand, schemaCommand];

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'brandline — checks drafts against a brand plan and computes KPIs from platform exports.',
    'Everything runs locally; nothing is sent anywhere.',
    '',
    'Usage: brandline <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `brandline <command> --help` for the options of a command, `brandline --version` for the version.',
    'Exit codes: 0 ok, 1 error findings (check), 2 bad input.',
    '',
  ].join('\n');
}

function unknownCommand(name: string, io: CliIO): number {
  io.stderr(`brandline: unknown command "${name}". Commands: ${commands.map((c) => c.name).join(', ')}.\n`);
  return 2;
}

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name) {
    // No command is a usage error: the overview goes to stderr so a pipeline's output stays clean.
    io.stderr(overview());
    return 2;
  }
  if (name === '--version' || name === '-V') {
    io.stdout(`brandline ${version}\n`);
    return 0;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    // `brandline help check` is `brandline check --help`, as git and npm read it; `brandline help
    // nope` is the same mistake as `brandline nope`.
    const asked = name === 'help' ? rest[0] : undefined;
    if (asked === undefined) {
      io.stdout(overview());
      return 0;
    }
    const about = commands.find((c) => c.name === asked);
    if (!about) return unknownCommand(asked, io);
    io.stdout(about.usage.endsWith('\n') ? about.usage : `${about.usage}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) return unknownCommand(name, io);
  const options = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (options.includes('--help') || options.includes('-h')) {
    io.stdout(command.usage.endsWith('\n') ? command.usage : `${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`brandline ${name}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
