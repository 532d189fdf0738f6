/**
 * What goes between a draft and a reply template appended to it. Templates are whole sentences
 * ("So sorry to hear this! …"): after a draft that ends mid-sentence ("Hei Kari, pakken din er på
 * vei og den kommer") a capitalised template would read as a run-on, so the draft's sentence is
 * closed with a full stop. After an @mention or #hashtag, a closing mark or any punctuation, a
 * space is enough; after a space or line break, nothing.
 */
export function templateGlue(draft: string, template: string): string {
  if (draft === '' || /\s$/u.test(draft)) return '';
  const lastWord = /[^\s]+$/u.exec(draft)?.[0] ?? '';
  const endsMidSentence = /[\p{L}\p{N}]$/u.test(draft) && !/^[@#]/u.test(lastWord);
  const startsSentence = /^\p{Lu}/u.test(template);
  return endsMidSentence && startsSentence ? '. ' : ' ';
}
