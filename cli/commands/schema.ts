// Placeholder: the issue that owns `brandline schema` replaces this file.
import type { Command } from '../command';
import { UsageError } from '../io';

export const schemaCommand: Command = {
  name: 'schema',
  summary: '(not built yet)',
  usage: 'brandline schema — not built yet',
  run: async () => {
    throw new UsageError('not built yet');
  },
};
