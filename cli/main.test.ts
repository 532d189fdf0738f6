import { describe, expect, it } from 'vitest';
import type { CliIO } from './io';
import { main } from './main';

function capture(): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
    readText: async () => '',
    readBytes: async () => new Uint8Array(),
    color: false,
    terminal: false,
  };
  return io;
}

describe('brandline (no command)', () => {
  it('without a command prints the overview on stderr and exits 2', async () => {
    const io = capture();
    expect(await main([], io)).toBe(2);
    expect(io.out).toBe('');
    expect(io.err).toMatch(/Usage: brandline <command>/);
  });

  it('--help prints the overview on stdout and exits 0', async () => {
    const io = capture();
    expect(await main(['--help'], io)).toBe(0);
    expect(io.out).toMatch(/check .*\n.*kpi/s);
  });

  it('`help <command>` prints that command\'s usage, like `<command> --help`', async () => {
    const help = capture();
    const flag = capture();
    expect(await main(['help', 'check'], help)).toBe(0);
    expect(await main(['check', '--help'], flag)).toBe(0);
    expect(help.out).toBe(flag.out);
    expect(help.out).toMatch(/brandline check --plan/);
  });

  it('`help <unknown command>` is refused like `<unknown command>`: exit 2, not the overview', async () => {
    const help = capture();
    const bare = capture();
    expect(await main(['help', 'nope'], help)).toBe(2);
    expect(await main(['nope'], bare)).toBe(2);
    expect(help.out).toBe('');
    expect(help.err).toBe(bare.err);
    expect(help.err).toMatch(/^brandline: unknown command "nope"\. Commands: check, kpi, tone, schema\.\n$/);
  });

  it('`help` alone prints the overview and exits 0', async () => {
    const io = capture();
    expect(await main(['help'], io)).toBe(0);
    expect(io.out).toMatch(/Usage: brandline <command>/);
  });

  it('--version prints the package version', async () => {
    const io = capture();
    expect(await main(['--version'], io)).toBe(0);
    expect(io.out).toMatch(/^brandline \d+\.\d+\.\d+\n$/);
  });

  it('an unknown command names the known ones and exits 2', async () => {
    const io = capture();
    expect(await main(['chek'], io)).toBe(2);
    expect(io.err).toMatch(/unknown command "chek".*check, kpi, tone, schema/);
  });
});
