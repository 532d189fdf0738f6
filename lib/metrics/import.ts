/**
 * Turns one exported file into metric records (SPEC section 5). Parsing happens where the file
 * is (options page, CLI); the background only stores the result.
 */
import type { Plan } from '../plan/types';
import type { ImportResult } from './types';

/** A file that cannot be imported at all; nothing of it may be stored. */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly details: { line?: number; missingColumns?: string[] } = {},
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

export interface ImportOptions {
  plan?: Plan;
  /** Called with 0…1 while a large file is parsed. */
  onProgress?: (fraction: number) => void;
}

export async function importMetricsFile(file: { name: string; bytes: Uint8Array }, options: ImportOptions = {}): Promise<ImportResult> {
  void options;
  throw new ImportError(`${file.name}: importers are being built`);
}
