import { describe, expect, it } from 'vitest';
import { brief, fixWords } from './fix-words';

describe('fixWords: what a screen reader hears after a fix', () => {
  it.each([
    ['guys', 'everyone', 'Replaced “guys” with “everyone”.'],
    ['#cheap ', '', 'Removed “#cheap”.'],
    ['', ' #NordlysKaffe', 'Added “#NordlysKaffe”.'],
    ['nordlys coffee', 'Nordlys Coffee', 'Replaced “nordlys coffee” with “Nordlys Coffee”.'],
    // Only added or only taken out: said without the text kept (rev29).
    ['https://nordlyskaffe.no/produkter/lys-brenning-vinter-2027', 'https://nordlyskaffe.no/produkter/lys-brenning-vinter-2027?utm_source=x', 'Added “?utm_source=x”.'],
    ['Haha, g', 'G', 'Removed “Haha,”.'],
    ['Users', 'Coffee lovers', 'Replaced “Users” with “Coffee lovers”.'],
  ])('%j → %j', (was, text, said) => {
    expect(fixWords(was, text)).toBe(said);
  });
});

describe('brief', () => {
  it('keeps short text whole, on one line', () => {
    expect(brief('  a\n\nb  ')).toBe('a b');
  });
  it('cuts long text between characters as seen, with an ellipsis', () => {
    const flags = '🇳🇴'.repeat(60);
    const cut = brief(flags);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.slice(0, -1)).toBe('🇳🇴'.repeat(47));
    expect(brief('x'.repeat(100_000))).toBe(`${'x'.repeat(47)}…`);
  });
});
