import { describe, expect, it } from 'vitest';
import { findShouting } from './shouting';

const slices = (text: string) => findShouting(text).map((s) => text.slice(s.start, s.end));

describe('findShouting', () => {
  it.each([
    ['Wow!!! Great', ['!!!']],
    ['Really?!?', ['?!?']],
    ['Really??', []],
    ['THIS IS unacceptable', []],
    ['THIS IS TERRIBLE service', ['THIS', 'IS', 'TERRIBLE']],
    ['DET ER HELT UTROLIG', ['DET', 'ER', 'HELT', 'UTROLIG']],
    ['ÆØÅ SKJØNNER IKKE', ['ÆØÅ', 'SKJØNNER', 'IKKE']],
    ['NASA launched a rocket', []],
    ['Prices in NOK and EU rules', []],
    ['NASA and ESA will launch', []],
    ['Our CEO will be live on IG at 19:00 CET', []],
    ['Live at 18:00 GMT / 19:00 CEST', []],
    ['One SHOUTED word', []],
    ['Prices in NOK, EUR and USD', []],
    ['Visit IKEA and LEGO', []],
    ['Call us ASAP TODAY', ['ASAP', 'TODAY']],
    ['Our CEO says THANKS', ['CEO', 'THANKS']],
    ['Meet our new CEO at NRK', []],
    ['$NOK #AI @BRANDLINE https://EXAMPLE.COM/PATH are not words', []],
    ['Big NEWS TODAY!!!!', ['NEWS', 'TODAY', '!!!!']],
    ['MP3 USB', []],
    ['DON\'T-STOP NOW', ['DON\'T', 'STOP', 'NOW']],
    ['', []],
    // Short capital words in a shout belong to it; alone, or beside an acronym only, they do not.
    ['VI HAR SENDT DEN. SJEKK SPORINGEN!!!', ['VI', 'HAR', 'SENDT', 'DEN', 'SJEKK', 'SPORINGEN', '!!!']],
    ['I AM SO ANGRY RIGHT NOW', ['I', 'AM', 'SO', 'ANGRY', 'RIGHT', 'NOW']],
    ['I think WE ARE SO DONE', ['WE', 'ARE', 'SO', 'DONE']],
    ['I think WE ARE ready', []],
    ['I think so', []],
    ['OK, SO WHAT NOW', ['SO', 'WHAT', 'NOW']],
    ['Ask IT about it, THANK YOU', ['THANK', 'YOU']],
    ['A NEW DAY', ['A', 'NEW', 'DAY']],
    ['THANK YOU SO MUCH, I will be back', ['THANK', 'YOU', 'SO', 'MUCH']],
    ['We are OPEN TODAY, I promise', ['OPEN', 'TODAY']],
    ['THANK YOU SO MUCH\nI will be back', ['THANK', 'YOU', 'SO', 'MUCH']],
    ['SALE TODAY - A bargain', ['SALE', 'TODAY']],
    ['BIG NEWS-A NEW BLEND', ['BIG', 'NEWS', 'A', 'NEW', 'BLEND']],
  ])('%j', (text, expected) => {
    expect(slices(text)).toEqual(expected);
  });

  it('returns UTF-16 ranges inside the text, sorted', () => {
    const text = '😀 STOP THAT!!! 😀';
    const spans = findShouting(text);
    expect(spans.map((s) => [s.start, s.end])).toEqual([
      [3, 7],
      [8, 12],
      [12, 15],
    ]);
  });
});
