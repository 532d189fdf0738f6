// Placeholder: the issue that owns `brandline check` replaces this file.
import type { Command } from '../command';
import { UsageError } from '../io';

export const checkCommand: Command = {
  name: 'check',
  summary: '(not built yet)',
  usage: 'brandline check — not built yet',
  run: async () => {
    throw new UsageError('not built yet');
  },
};
