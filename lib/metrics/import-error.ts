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
