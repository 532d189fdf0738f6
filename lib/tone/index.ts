// Placeholder entry point: the tone module (issue 3) replaces this file with the real analyser.
import type { Locale } from '../plan/types';
import type { ToneAnalysis } from './types';

export type { ToneAnalysis, ToneSpan } from './types';

export function analyzeTone(_text: string, locale: Locale): ToneAnalysis {
  throw new Error(`analyzeTone(${locale}) is not implemented yet`);
}
