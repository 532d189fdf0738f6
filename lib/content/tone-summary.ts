import type { Finding } from '../engine/types';

/** The tone chip's face: a word, a colour level and an icon, from the findings of a reply. */
export type ToneWord = 'hostile' | 'mocking' | 'dismissive' | 'shouting' | 'negative' | 'cool' | 'offRegister' | 'warm' | 'neutral' | 'empty';
export type ToneLevel = 'bad' | 'warn' | 'ok';

export interface ToneSummary {
  word: ToneWord;
  level: ToneLevel;
  icon: string;
  /** The thread needs care before answering: crisis topic or a complaint being answered. */
  alert: 'crisis' | 'complaint' | undefined;
  /** A calm or warm reply to a complaint that apologises or shows understanding (QA20). */
  answered: boolean;
}

const FACES: Record<ToneWord, { level: ToneLevel; icon: string }> = {
  hostile: { level: 'bad', icon: '✖' },
  mocking: { level: 'bad', icon: '✖' },
  dismissive: { level: 'warn', icon: '▽' },
  shouting: { level: 'warn', icon: '❗' },
  negative: { level: 'warn', icon: '▼' },
  cool: { level: 'warn', icon: '▽' },
  offRegister: { level: 'warn', icon: '≈' },
  warm: { level: 'ok', icon: '✓' },
  neutral: { level: 'ok', icon: '•' },
  empty: { level: 'ok', icon: '•' },
};

/** Which tone finding names the chip, most serious first. */
const PRECEDENCE: [Finding['ruleId'], ToneWord][] = [
  ['tone.hostile', 'hostile'],
  ['tone.shouting', 'shouting'],
  ['tone.negative', 'negative'],
  ['tone.formality', 'offRegister'],
];

/**
 * `sentiment` is the draft's score from the tone analysis (absent for an empty draft); a clearly
 * positive draft without tone findings reads as "warm". `acknowledges` says whether the draft
 * apologises or shows understanding; it is asked only for a calm or warm reply to a complaint.
 */
export function summarizeTone(text: string, findings: readonly Finding[], sentiment: number | undefined, acknowledges: () => boolean = () => false): ToneSummary {
  const has = (id: Finding['ruleId']) => findings.some((f) => f.ruleId === id);
  const alert = has('crisis.keyword') ? 'crisis' : has('context.complaint') ? 'complaint' : undefined;
  // context.complaint's advice has no range (it is about the comment answered); its ranged findings
  // mark laughter in the reply ("lol", with a fix that removes it), which no sentiment score calls
  // anything but warm, or a bare "ok"/👍 as the whole reply (no fix: only the user knows what to say).
  const marks = findings.filter((f) => f.ruleId === 'context.complaint' && f.start !== undefined);
  const laughsAtComplaint = marks.some((f) => f.fix !== undefined);
  const brushesOff = marks.some((f) => f.fix === undefined);
  const named = PRECEDENCE.find(([ruleId]) => has(ruleId))?.[1];
  let word: ToneWord;
  if (named === 'hostile') word = 'hostile';
  else if (laughsAtComplaint) word = 'mocking';
  else if (brushesOff) word = 'dismissive';
  // Below a positive floor but not below zero, the reply is not negative: it lacks the plan's warmth.
  else if (named === 'negative' && sentiment !== undefined && sentiment >= 0) word = 'cool';
  else if (named) word = named;
  else word = text.trim() === '' ? 'empty' : sentiment !== undefined && sentiment >= 0.3 ? 'warm' : 'neutral';
  const face = FACES[word];
  // The complaint's advice stays (it is about the comment answered), but the face says the reply
  // does what it asks, instead of the same ⚠ a careless reply gets.
  // Not beside a must-fix finding (a banned word): a green ✓ reads as "good to send" (QA23).
  const answered = alert === 'complaint' && (word === 'warm' || word === 'neutral') && !findings.some((f) => f.severity === 'error') && acknowledges();
  return { word, level: alert === 'crisis' && face.level === 'ok' ? 'warn' : face.level, icon: face.icon, alert, answered };
}
