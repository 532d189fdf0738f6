import type { CliIO } from './io';

export interface Command {
  name: string;
  summary: string;
  /** Full usage text printed by `brandline <name> --help`. */
  usage: string;
  /** Returns the exit code (SPEC section 6). Throw UsageError for bad input (exit 2). */
  run: (argv: string[], io: CliIO) => Promise<number>;
}
