/**
 * Every rule of SPEC section 3, in the order findings are listed among equals. A meta-test checks
 * that this list covers RULE_IDS exactly and that each rule has its own test file.
 */
import contextComplaint from './context-complaint';
import crisisKeyword from './crisis-keyword';
import ctaMissing from './cta-missing';
import emojiMax from './emoji-max';
import hashtagsBanned from './hashtags-banned';
import hashtagsMax from './hashtags-max';
import hashtagsMin from './hashtags-min';
import hashtagsRequired from './hashtags-required';
import lengthMax from './length-max';
import linkMissing from './link-missing';
import linkUnclickable from './link-unclickable';
import linkUtm from './link-utm';
import mentionsMax from './mentions-max';
import readabilityGrade from './readability-grade';
import termsBanned from './terms-banned';
import termsPreferred from './terms-preferred';
import termsSpelling from './terms-spelling';
import toneFormality from './tone-formality';
import toneHostile from './tone-hostile';
import toneNegative from './tone-negative';
import toneShouting from './tone-shouting';
import type { Rule } from './rule';

export const RULES: readonly Rule[] = [
  lengthMax,
  hashtagsMax,
  hashtagsMin,
  hashtagsRequired,
  hashtagsBanned,
  mentionsMax,
  emojiMax,
  termsBanned,
  termsPreferred,
  termsSpelling,
  ctaMissing,
  linkMissing,
  linkUnclickable,
  linkUtm,
  toneNegative,
  toneHostile,
  toneShouting,
  toneFormality,
  crisisKeyword,
  contextComplaint,
  readabilityGrade,
];
