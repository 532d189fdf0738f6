import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBrandUrl, urlHost, utmProblems, withUtm } from './utm';

const utm = { source: 'x', medium: 'social', campaign: 'winter-2027' };

describe('withUtm', () => {
  it.each([
    ['https://nordlyscoffee.no', 'https://nordlyscoffee.no?utm_source=x&utm_medium=social&utm_campaign=winter-2027'],
    ['nordlyscoffee.no/shop', 'nordlyscoffee.no/shop?utm_source=x&utm_medium=social&utm_campaign=winter-2027'],
    ['nordlyscoffee.no/shop?', 'nordlyscoffee.no/shop?utm_source=x&utm_medium=social&utm_campaign=winter-2027'],
    ['nordlyscoffee.no/shop?a=1&', 'nordlyscoffee.no/shop?a=1&utm_source=x&utm_medium=social&utm_campaign=winter-2027'],
    ['nordlyscoffee.no/?b=2#top', 'nordlyscoffee.no/?b=2&utm_source=x&utm_medium=social&utm_campaign=winter-2027#top'],
    ['nordlyscoffee.no/#a?b', 'nordlyscoffee.no/?utm_source=x&utm_medium=social&utm_campaign=winter-2027#a?b'],
    ['n.no/?utm_campaign=old&utm_source=x&k=%20', 'n.no/?utm_campaign=winter-2027&utm_source=x&k=%20&utm_medium=social'],
    ['n.no/?utm_source&x=1', 'n.no/?utm_source=x&x=1&utm_medium=social&utm_campaign=winter-2027'],
    ['n.no/?utm_source=x&utm_source=y', 'n.no/?utm_source=x&utm_medium=social&utm_campaign=winter-2027'],
  ])('%s', (url, expected) => expect(withUtm(url, utm)).toBe(expected));

  it('encodes values and keeps an already right, differently encoded value', () => {
    expect(withUtm('n.no', { campaign: 'vinter & jul' })).toBe('n.no?utm_campaign=vinter%20%26%20jul');
    expect(withUtm('n.no?utm_campaign=vinter+%26+jul', { campaign: 'vinter & jul' })).toBe('n.no?utm_campaign=vinter+%26+jul');
  });

  it('sets only the keys the plan has', () => {
    expect(withUtm('n.no?utm_medium=email', { source: 'x' })).toBe('n.no?utm_medium=email&utm_source=x');
  });
});

describe('utmProblems', () => {
  it('lists missing and wrong values in the order source, medium, campaign', () => {
    expect(utmProblems('n.no?utm_campaign=winter-2027&utm_source=fb', utm)).toEqual([
      { key: 'utm_source', expected: 'x', found: 'fb' },
      { key: 'utm_medium', expected: 'social' },
    ]);
    expect(utmProblems(withUtm('n.no?a=%E0', utm), utm)).toEqual([]);
  });
});

describe('brand links', () => {
  it.each([
    ['https://nordlyscoffee.no/x', true],
    ['http://www.nordlyscoffee.no', true],
    ['shop.NORDLYSCOFFEE.no.', true],
    ['https://user:pw@nordlyscoffee.no:8443/a', true],
    ['https://nordlyscoffee.no.evil.com', false],
    ['https://evilnordlyscoffee.no', false],
    ['https://evil.com/?u=nordlyscoffee.no', false],
    // The browser reads "\\" as "/": this link goes to evil.example (rev23).
    ['https://evil.example\\@nordlyscoffee.no/winter', false],
  ])('%s → %s', (url, brand) => expect(isBrandUrl(url, ['nordlyscoffee.no'])).toBe(brand));

  it.each([
    ['https://xn--blbr-roah.no/tilbud', ['blåbær.no'], true],
    ['https://blåbær.no/tilbud', ['xn--blbr-roah.no'], true],
    ['https://butikk.BLÅBÆR.no', ['blåbær.no'], true],
    ['https://xn--blbr-roah.no.evil.com', ['blåbær.no'], false],
    ['https://blabaer.no', ['blåbær.no'], false],
  ])('an internationalised domain in either spelling (rev31 F4): %s, %j → %s', (url, domains, brand) => expect(isBrandUrl(url, domains)).toBe(brand));

  it('reads the host', () => expect(urlHost('HTTPS://A.B.no:80/x?y#z')).toBe('a.b.no'));
});

describe('withUtm properties', () => {
  const part = fc.constantFrom('a=1', 'b=%20x', 'utm_source=fb', 'utm_medium=social', 'utm_campaign=old', 'utm_source', 'q=a+b', '', 'utm_term=t');
  const url = fc.tuple(fc.constantFrom('https://nordlyscoffee.no', 'nordlyscoffee.no/shop', 'www.nordlyscoffee.no/a/b'), fc.option(fc.array(part, { maxLength: 5 }), { nil: undefined }), fc.option(fc.constantFrom('#top', '#a?b=1', '#'), { nil: undefined }))
    .map(([base, query, fragment]) => `${base}${query === undefined ? '' : `?${query.join('&')}`}${fragment ?? ''}`);
  const plan = fc.record({ source: fc.constantFrom('x', 'facebook'), medium: fc.constantFrom('social', 'paid social'), campaign: fc.constantFrom('winter-2027', 'jul & nyttår') }, { requiredKeys: [] });

  it('leaves nothing to fix, is idempotent, and keeps every other parameter and the fragment', () => {
    fc.assert(
      fc.property(url, plan, (u, utm) => {
        const fixed = withUtm(u, utm);
        expect(utmProblems(fixed, utm)).toEqual([]);
        expect(withUtm(fixed, utm)).toBe(fixed);
        const others = (s: string) => (s.split('#')[0]!.split('?')[1] ?? '').split('&').filter((p) => p && !/^utm_(source|medium|campaign)(=|$)/.test(p));
        expect(others(fixed)).toEqual(others(u));
        const hash = u.indexOf('#');
        if (hash >= 0) expect(fixed.endsWith(u.slice(hash))).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });
});
