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
    // `brandline help check` is `brandline check --help`, as git and npm read it.
    const about = name === 'help' ? commands.find((c) => c.name === rest[0]) : undefined;
    io.stdout(about ? (about.usage.endsWith('\n') ? about.usage : `${about.usage}\n`) : overview());
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`brandline: unknown command "${name}". Commands: ${commands.map((c) => c.name).join(', ')}.\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
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
