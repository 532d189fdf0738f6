import type { ErrorInfo } from '@/lib/messaging/protocol';
import { t } from '@/lib/i18n/t';

/**
 * Lines for an alert about a failed request: what failed (in the UI language), then each
 * problem as the background worded it (these name the JSON path, column or line).
 */
export function errorLines(what: string, error: ErrorInfo): string[] {
  if (error.code === 'storage') {
    const reason = error.reason ?? 'failed';
    return [what, t(`common_storage_${reason}`), error.message];
  }
  const details = error.issues?.length ? error.issues.map((i) => i.message) : [error.message];
  return [what, ...details];
}
