// Placeholder: the issue that owns `brandline tone` replaces this file.
import type { Command } from '../command';
import { UsageError } from '../io';

export const toneCommand: Command = {
  name: 'tone',
  summary: '(not built yet)',
  usage: 'brandline tone — not built yet',
  run: async () => {
    throw new UsageError('not built yet');
  },
};
