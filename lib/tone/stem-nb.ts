// A light Norwegian Bokmål stemmer: strips the commonest inflection and derivation endings so
// "skuffende", "skuffet" and "skuffelse" share a lexicon entry. Crude on purpose (no
// dictionary): it only has to group forms for lexicon look-up, not produce real lemmas.
const SUFFIXES = [
  'hetene', 'hetens', 'elsene', 'elsen', 'elser', 'heten', 'heter', 'endes', 'ende', 'ingen', 'inger', 'ingene', 'else', 'ing', 'ede', 'ene', 'ane', 'ert', 'ere', 'est', 'het', 'ens', 'ers', 'ets',
  'en', 'ar', 'er', 'es', 'et', 'e', 'a', 't', 's',
].sort((a, b) => b.length - a.length);

export function stemNb(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= 3 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}
