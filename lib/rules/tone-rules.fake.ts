/**
 * A stand-in analyzeTone for the tone-rule tests: they test how a rule maps an analysis to
 * findings, so the analysis is given per text rather than computed. (The real analyser is tested
 * in lib/tone/, and against these rules in tone-rules.integration.test.ts.)
 */
import type { ToneAnalysis } from '../tone/types';

export const NEUTRAL: ToneAnalysis = {
  locale: 'en',
  sentiment: 0,
  hostile: [],
  shouting: [],
  formality: { level: 'neutral', score: 0 },
  complaint: false,
};

export const analyses = new Map<string, Partial<ToneAnalysis>>();

export function fakeAnalyzeTone(text: string): ToneAnalysis {
  if (text.includes('THROW')) throw new Error('analyser failed');
  return { ...NEUTRAL, ...analyses.get(text) };
}
