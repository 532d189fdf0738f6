import { describe, expect, it } from 'vitest';
import { NB_NEUTRAL_BAND, intensifiedHead, nbFeatures, nbSquash, norwegianSentiment, phraseIndex } from './sentiment-nb';
import { stemNb } from './stem-nb';

describe('norwegianSentiment', () => {
  it.each<[string, 'pos' | 'neg' | 'neutral' | 'not negative']>([
    ['Helt fantastisk smak 😍', 'pos'],
    ['Kvernen fungerer fint.', 'pos'],
    ['Dette var skikkelig dårlig.', 'neg'],
    ['Kaffen var ikke god.', 'neg'],
    ['Elendig service, aldri igjen.', 'neg'],
    ['Kunne vært bedre.', 'neg'],
    ['Den nye kaffen er i butikkene i dag.', 'not negative'],
    ['Butikken åpner klokka ni på lørdag.', 'not negative'],
    // Apologies and empathy are not negative tone in a reply (SPEC §3).
    ['Beklager ventetiden! Vi ser på saken.', 'neutral'],
    ['Leit å høre at kaffen var kald.', 'not negative'],
    ['Å nei, så kjipt at pakken ble borte.', 'not negative'],
    ['Det høres frustrerende ut, vi ser på det.', 'not negative'],
    ['Vi burde ha svart tidligere.', 'not negative'],
    // "Dessverre" announces bad news; it is no apology and does not soften what follows.
    ['Dessverre var kaffen dårlig.', 'neg'],
    ['', 'neutral'],
    // Phrases and compounds of the hand-written lexicon.
    ['Ikke verdt pengene.', 'neg'],
    ['Verdt pengene.', 'pos'],
    ['Helt topp!', 'pos'],
    // The social-media register: praise and disgust as comments write them.
    ['Supert!', 'pos'],
    ['Så nice!', 'pos'],
    ['Æsj.', 'neg'],
    ['Det var ille.', 'neg'],
    // Marketing and customer-service formulas whose words mislead.
    ['Ingenting slår en god kopp kaffe en kald morgen.', 'pos'],
    ['Ikke nøl med å ta kontakt.', 'pos'],
    ['Ikke gå glipp av vinterkaffen!', 'pos'],
    ['Vanskelig å slå denne prisen.', 'not negative'],
    ['Dette må du bare prøve!', 'not negative'],
    ['Ingen var fornøyde.', 'neg'],
    // Review 15: "super" before a word intensifies it; "wow" and "rått" (raw) are not praise words;
    // "topper" (tops) does not end a negation; "Nei så …" without a feeling word is a complaint.
    ['Super dårlig kundeservice', 'neg'],
    ['Super fornøyd med kaffen', 'pos'],
    ['Super!', 'pos'],
    ['Kaffen var super i dag!', 'pos'],
    ['Så irriterende du er.', 'neg'],
    ['Uff da, det var kjipt.', 'not negative'],
    ['@kari_b Så kjipt at pakken ble borte! Vi sender en ny.', 'not negative'],
    ['Så kjipt 😕 Vi sender en ny.', 'not negative'],
    ['Så irriterende med ventetiden, vi beklager.', 'not negative'],
    ['Det var dumt at du ikke leste vilkårene.', 'neg'],
    ['Super frustrert over ventetiden.', 'neg'],
    ['Super kaffe!', 'pos'],
    ['Super  dårlig kundeservice.', 'neg'],
    ['Vi skjønner hvor irriterende du er.', 'neg'],
    ['Vi skjønner hvor frustrerende dette er.', 'not negative'],
    ['Så irriterende og dumt av deg.', 'neg'],
    ['Det var kjipt at pakken ble borte!', 'not negative'],
    ['Det var dumt 🙄 du burde lest vilkårene før du klaget.', 'neg'],
    ['Uff så kjipt at pakken ble borte.', 'not negative'],
    ['Ingenting annet enn skuffelse.', 'neg'],
    ['Så kjipt at pakken kom ødelagt 😞 Vi sender en ny.', 'not negative'],
    ['Så irriterende at du måtte vente så lenge!', 'not negative'],
    ['Så kjipt at du ikke fikk pakken.', 'not negative'],
    ['Så kjipt med forsinkelsen', 'not negative'],
    ['Hei igjen, så kjipt at pakken ble borte.', 'not negative'],
    ['Kaffen var grei, men ingenting annet var godt.', 'neg'],
    ['Takk for ingenting annet enn kjempegod kaffe', 'pos'],
    ['Wow, for en dårlig service.', 'neg'],
    ['Ingen topper er på lager, dårlig utvalg.', 'neg'],
    ['Nei så dårlig gjort av dere.', 'neg'],
    ['Servicen var under pari.', 'neg'],
    ['Anbefales på det varmeste.', 'pos'],
    ['Ikke dårlig!', 'pos'],
    ['Et mageplask.', 'neg'],
    ['Filmen er kjempeskuffende.', 'neg'],
    ['Den er ikke like god som eneren.', 'neg'],
    // Compared with now, "aldri bedre" is not a complaint (it reads neutral: "blir aldri" leans negative).
    ['Det blir aldri bedre enn dette!', 'not negative'],
    // Reassurance whose "ikke/uten/ingen" denies nothing bad (QA16 P1).
    ['Det skal ikke skje.', 'not negative'],
    ['Det skal ikke skje igjen.', 'not negative'],
    ['Du trenger ikke sende noe tilbake.', 'not negative'],
    ['Uten tilsatt sukker.', 'not negative'],
    ['Ingen skjulte gebyrer.', 'not negative'],
    ['Vi beklager virkelig at posen lakk. Det skal ikke skje. En ny er allerede på vei, du trenger ikke sende noe tilbake.', 'not negative'],
    ['Du trenger ikke bekymre deg.', 'not negative'],
  ])('%j → %s', (text, expected) => {
    const s = norwegianSentiment(text);
    const [low, high] = NB_NEUTRAL_BAND;
    if (expected === 'pos') expect(s).toBeGreaterThan(high);
    else if (expected === 'neg') expect(s).toBeLessThan(low);
    else if (expected === 'not negative') expect(s).toBeGreaterThanOrEqual(low);
    else {
      expect(s).toBeGreaterThanOrEqual(low);
      expect(s).toBeLessThanOrEqual(high);
    }
  });

  it.each([
    ['Den er god.', 'Den er ikke god.'],
    ['Den er god.', 'Den er aldri god.'],
    ['Filmen er bra.', 'Ingen bra film.'],
  ])('negation turns %j around in %j', (plain, negated) => {
    expect(Math.sign(norwegianSentiment(negated))).toBe(-Math.sign(norwegianSentiment(plain)));
  });

  it.each([
    ['Den er god.', 'Den er veldig god.'],
    ['Den er god.', 'Den er helt fantastisk god.'],
    ['Den er dårlig.', 'Den er så dårlig.'],
  ])('an intensifier makes %j weaker than %j', (plain, strong) => {
    expect(Math.abs(norwegianSentiment(strong))).toBeGreaterThan(Math.abs(norwegianSentiment(plain)));
  });

  // "never so" and a denied comparison: VADER's "never so" rule, and "aldri smakt bedre".
  it.each<[string, 'pos' | 'neg']>([
    ['Aldri vært så skuffet.', 'neg'],
    ['Aldri vært så fornøyd.', 'pos'],
    ['Aldri smakt bedre kaffe.', 'pos'],
    ['Aldri smakt verre kaffe.', 'neg'],
    ['Null klager, bare skryt! Herlig kaffe', 'pos'],
    ['Null problem.', 'pos'],
    // …but an equative and "blir aldri bedre" stay negative (rev12).
    ['Kaffen er aldri så god som før.', 'neg'],
    ['Den blir aldri så god som hos dere.', 'neg'],
    ['Det blir aldri bedre.', 'neg'],
    // A participle between makes "aldri … så … som" a superlative (rev13).
    ['Kaffen har aldri vært så god som nå!', 'pos'],
    ['Har aldri smakt så god kaffe som denne!', 'pos'],
    ['Aldri vært så skuffet som nå', 'neg'],
    ['Aldri så godt som i dag!', 'pos'],
    ['Aldri så god som i fjor.', 'neg'],
    // "vært" between still compares, unless with now (rev14).
    ['Den har aldri vært så god som før.', 'neg'],
    ['Har aldri vært så bra som de sier.', 'neg'],
    // Function words carry no weight: plain negatives read negative (QA10: these read neutral).
    ['Dette er forferdelig.', 'neg'],
    ['Hater dette.', 'neg'],
    ['Jeg hater dette', 'neg'],
    ['Dette er elendig.', 'neg'],
    ])('%j reads %s', (text, expected) => {
    const [low, high] = NB_NEUTRAL_BAND;
    if (expected === 'pos') expect(norwegianSentiment(text)).toBeGreaterThan(high);
    else expect(norwegianSentiment(text)).toBeLessThan(low);
  });

  it('boosts after "aldri … så" and keeps a comparative after "aldri" unnegated', () => {
    const multiplier = (text: string, key: string) => nbFeatures(text).find((f) => f.key === key)!.multiplier;
    expect(multiplier('aldri vært så skuffet', 'skuffet')).toBeCloseTo(1.3 * 1.25);
    expect(multiplier('ikke vært så skuffet', 'skuffet')).toBeLessThan(0);
    expect(multiplier('aldri smakt bedre', 'bedre')).toBe(1);
    expect(multiplier('ikke smakt bedre', 'bedre')).toBeLessThan(0);
    expect(multiplier('null klager', 'klager')).toBeLessThan(0);
  });

  it('gives function words no feature of their own, but still matches phrases that start with one', () => {
    expect(nbFeatures('Dette er bra').map((f) => f.key)).toEqual(['bra']);
    expect(nbFeatures('til å grine av', phraseIndex(['til å grine av'])).map((f) => f.key)).toContain('til grine av');
  });

  it('gives a reassurance formula no weight, and keeps the worry after "trenger ikke" denied', () => {
    expect(nbFeatures('Det skal ikke skje igjen.')).toEqual([]);
    expect(nbFeatures('uten tilsatt sukker').map((f) => [f.key, f.multiplier])).toEqual([['sukker', 1]]);
    expect(nbFeatures('Du trenger ikke bekymre deg.').map((f) => [f.key, f.multiplier])).toEqual([['bekymre', -0.74]]);
    // Outside the formula the words weigh as before.
    expect(nbFeatures('Kaffen var ikke god.').find((f) => f.key === 'god')!.multiplier).toBe(-0.74);
  });

  it('weighs what follows "men" more', () => {
    const features = nbFeatures('god men dårlig');
    expect(features.find((f) => f.key === 'god')!.multiplier).toBe(0.5);
    expect(features.find((f) => f.key === 'dårlig')!.multiplier).toBe(1.5);
  });

  it.each(['likevel', 'allikevel', 'imidlertid'])('weighs what follows %j more, like "men"', (word) => {
    const features = nbFeatures(`lang ${word} god`);
    expect(features.find((f) => f.key === 'lang')!.multiplier).toBe(0.5);
    expect(features.find((f) => f.key === 'god')!.multiplier).toBe(1.5);
  });

  const PHRASES = phraseIndex(['verdt pengene', 'under pari', 'ikke verdt', 'til å grine av', 'helt topp']);
  it.each<[string, string, number]>([
    ['Den var verdt pengene.', 'verdt pengene', 1],
    ['Den var ikke verdt pengene.', 'verdt pengene', -0.74],
    ['Den var ikke verdt pengene.', 'ikke verdt', 1],
    ['Servicen var under pari.', 'under pari', 1],
    // One-letter words are not tokens: "til å grine av" is keyed without "å".
    ['Det var til å grine av', 'til grine av', 1],
    // Starting with a booster, the phrase is taken as written (only "men" weighs on it).
    ['Bra, men helt topp', 'helt topp', 1.5],
  ])('%j holds the phrase %j (multiplier %d)', (text, phrase, multiplier) => {
    const found = nbFeatures(text, PHRASES).filter((f) => f.key === phrase);
    expect(found).toHaveLength(1);
    expect(found[0]!.multiplier).toBeCloseTo(multiplier);
    expect(found[0]!.stem).toBe('');
  });

  it.each(['Den var verdt, pengene.', 'under', 'Helt. Topp.', 'til å grine', 'under, pari'])('%j holds no phrase (clause break or cut short)', (text) => {
    expect(nbFeatures(text, PHRASES).filter((f) => f.key.includes(' '))).toEqual([]);
  });

  it('matches the shipped lexicon\'s phrases by default', () => {
    expect(nbFeatures('Dette var rett og slett ikke verdt pengene.').some((f) => f.key.includes(' '))).toBe(true);
  });

  it.each<[string, string | undefined]>([
    ['kjempeskuffende', 'skuffende'],
    ['superkjedelig', 'kjedelig'],
    ['drittkjedelig', 'kjedelig'],
    ['dritbra', 'bra'],
    ['kjempe', undefined],
    ['supert', undefined],
    ['kjedelig', undefined],
  ])('the head of the intensified compound %j is %j', (word, head) => {
    expect(intensifiedHead(word)).toBe(head);
  });

  it('counts an intensified compound as its head, boosted', () => {
    const head = nbFeatures('Filmen var kjempeskuffende').find((f) => f.key === 'skuffende');
    expect(head?.multiplier).toBeCloseTo(1.3);
    expect(norwegianSentiment('Filmen var kjempeskuffende')).toBeLessThan(NB_NEUTRAL_BAND[0]);
  });

  it('stops negation at a comma', () => {
    const features = nbFeatures('ikke nå, god');
    expect(features.find((f) => f.key === 'god')!.multiplier).toBe(1);
  });

  it('maps onto −1..1, monotone', () => {
    const xs = [-100, -3, -1, -0.2, 0, 0.2, 1, 3, 100].map(nbSquash);
    for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThanOrEqual(xs[i - 1]!);
    expect(xs[0]).toBeGreaterThanOrEqual(-1);
    expect(xs[xs.length - 1]).toBeLessThanOrEqual(1);
  });
});

describe('stemNb', () => {
  it.each([
    ['skuffende', 'skuff'],
    ['skuffet', 'skuff'],
    ['dårlige', 'dårlig'],
    ['dårligere', 'dårlig'],
    ['godt', 'god'],
    ['god', 'god'],
    ['sakte', 'sakt'],
    ['bra', 'bra'],
  ])('%s → %s', (word, stem) => {
    expect(stemNb(word)).toBe(stem);
  });
});

describe('negation after the verb', () => {
  it.each([
    ['Jeg liker dette.', 'Jeg liker ikke dette.'],
    ['Appen fungerer.', 'Appen fungerer ikke.'],
  ])('%j vs %j', (plain, negated) => {
    expect(norwegianSentiment(negated)).toBeLessThan(norwegianSentiment(plain));
    expect(norwegianSentiment(negated)).toBeLessThan(0);
  });
});
