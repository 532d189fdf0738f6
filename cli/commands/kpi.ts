// Placeholder: the issue that owns `brandline kpi` replaces this file.
import type { Command } from '../command';
import { UsageError } from '../io';

export const kpiCommand: Command = {
  name: 'kpi',
  summary: '(not built yet)',
  usage: 'brandline kpi — not built yet',
  run: async () => {
    throw new UsageError('not built yet');
  },
};
