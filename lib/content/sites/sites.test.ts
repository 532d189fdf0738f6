/**
 * The site adapters against saved HTML of the sites' composers (tests/fixtures/html: captured from
 * the playground's real Draft.js / Lexical / React markup, plus hand-written older variants).
 * Each selector variant's match count is pinned, so a variant that stops matching fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readEditorText } from '../editor-text';
import { facebookAdapter } from './facebook';
import { instagramAdapter } from './instagram';
import { countMatches } from './selectors';
import type { SiteAdapter } from './types';
import { xAdapter } from './x';

const FIXTURES = join(process.cwd(), 'tests/fixtures/html');

function load(name: string): { document: Document; model: Record<string, string> } {
  const html = readFileSync(join(FIXTURES, `${name}.html`), 'utf8');
  const { document } = parseHTML(html);
  let model: Record<string, string> = {};
  try {
    model = (JSON.parse(readFileSync(join(FIXTURES, `${name}.model.json`), 'utf8')) as { model: Record<string, string> }).model;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return { document: document as unknown as Document, model };
}

/** The playground id of an editor, or a description of hand-written ones. */
function idOf(element: Element): string {
  return element.closest('[data-playground-editor]')?.getAttribute('data-playground-editor') ?? element.getAttribute('data-playground-editor') ?? element.tagName.toLowerCase();
}

interface Case {
  fixture: string;
  adapter: SiteAdapter;
  /** Matches per selector variant, in the adapter's order. */
  counts: number[];
  /** Composers found, in document order of discovery, with their surface. */
  composers: { id: string; surface: 'post' | 'comment'; replyingTo?: string; text?: string }[];
}

const CASES: Case[] = [
  {
    fixture: 'x-home',
    adapter: xAdapter,
    counts: [1, 1],
    composers: [{ id: 'x-post', surface: 'post' }],
  },
  {
    fixture: 'x-status-reply',
    adapter: xAdapter,
    counts: [1, 1],
    composers: [{ id: 'x-reply', surface: 'comment', replyingTo: '@nordlyscoffee my order #4411 arrived broken and nobody answers the phone. I want a refund.' }],
  },
  {
    fixture: 'x-compose-dialog',
    adapter: xAdapter,
    // The home box stays under the dialog: two Draft.js editors.
    counts: [2, 2],
    composers: [{ id: 'x-post', surface: 'post' }, { id: 'x-dialog', surface: 'post' }],
  },
  {
    fixture: 'x-reply-dialog',
    adapter: xAdapter,
    // Reply on a timeline post: the dialog shows the post above its composer.
    counts: [2, 2],
    composers: [
      { id: 'x-post', surface: 'post' },
      { id: 'x-reply-dialog', surface: 'comment', replyingTo: '@nordlyscoffee my order #4411 arrived broken and nobody answers the phone. I want a refund.' },
    ],
  },
  {
    fixture: 'facebook-reply-to-comment',
    adapter: facebookAdapter,
    // "Reply" under Lars Dahl's comment opens a box in his thread: it answers his comment.
    counts: [3, 0, 3],
    composers: [
      { id: 'fb-reply-1-2', surface: 'comment', replyingTo: 'Ordered two bags on Monday and still no tracking number…' },
      { id: 'fb-comment-1', surface: 'comment', replyingTo: 'Polar Roast is back ☕\nDark chocolate, orange peel and a little smoke, roasted in Tromsø. Learn more: https://nordlyscoffee.no/polar' },
      { id: 'fb-comment-2', surface: 'comment' },
    ],
  },
  {
    fixture: 'facebook-feed-compose',
    adapter: facebookAdapter,
    counts: [3, 0, 3],
    composers: [
      { id: 'fb-comment-1', surface: 'comment', replyingTo: 'Polar Roast is back ☕\nDark chocolate, orange peel and a little smoke, roasted in Tromsø. Learn more: https://nordlyscoffee.no/polar' },
      { id: 'fb-comment-2', surface: 'comment', replyingTo: 'My order #4411 arrived with a broken grinder and the beans smelled of mould. Nobody answers the phone. Really disappointed. I want a refund.' },
      { id: 'fb-post', surface: 'post' },
    ],
  },
  {
    fixture: 'facebook-feed-nb',
    adapter: facebookAdapter,
    counts: [2, 0, 2],
    composers: [{ id: 'fb-comment-1', surface: 'comment' }, { id: 'fb-comment-2', surface: 'comment' }],
  },
  {
    fixture: 'facebook-legacy-draft',
    adapter: facebookAdapter,
    // The Lexical variant misses; the legacy Draft.js variant and the bare textbox fallback match.
    counts: [0, 1, 1],
    composers: [{ id: 'div', surface: 'post', text: 'Alte Zeile\n\nzweite' }],
  },
  {
    fixture: 'instagram-create',
    adapter: instagramAdapter,
    counts: [1, 0, 0, 0],
    composers: [{ id: 'ig-caption', surface: 'post' }],
  },
  {
    fixture: 'instagram-post',
    adapter: instagramAdapter,
    counts: [0, 0, 1, 1],
    composers: [{ id: 'ig-comment', surface: 'comment', replyingTo: 'Polar Roast is back ☕ Dark chocolate, orange peel, a little smoke. Tap to shop, link in bio. #NordlysCoffee #PolarRoast' }],
  },
  {
    fixture: 'instagram-reel-comment',
    adapter: instagramAdapter,
    counts: [0, 0, 0, 1],
    composers: [{ id: 'textarea', surface: 'comment', replyingTo: 'Nuevo tostado de invierno ☕', text: '¡Gracias!' }],
  },
];

describe.each(CASES)('$fixture', ({ fixture, adapter, counts, composers }) => {
  const { document, model } = load(fixture);

  it('each selector variant matches as many elements as recorded', () => {
    expect(countMatches(document, adapter.variants.map((v) => v.selector))).toEqual(counts);
  });

  it('finds the composers with their surface and the text being answered', () => {
    const found = adapter.findAll(document);
    expect(found.map((m) => ({ id: idOf(m.element), surface: m.surface }))).toEqual(composers.map(({ id, surface }) => ({ id, surface })));
    for (const [i, expected] of composers.entries()) {
      if (expected.replyingTo !== undefined) expect(adapter.replyingTo(found[i]!)).toBe(expected.replyingTo);
      if (expected.surface === 'post') expect(adapter.replyingTo(found[i]!)).toBeUndefined();
    }
  });

  it("reads each editor's text exactly as the editor's model holds it", () => {
    const found = adapter.findAll(document);
    for (const [i, expected] of composers.entries()) {
      const match = found[i]!;
      const want = expected.text ?? model[expected.id];
      if (want === undefined) continue;
      expect(readEditorText(match.element, match.editor)).toBe(want);
    }
    // Every typed editor of the capture was checked.
    for (const id of Object.keys(model)) expect(composers.some((c) => c.id === id)).toBe(true);
  });

  it('matches from the editor and any node inside it (what focusin and input events carry), with the same editor kind', () => {
    for (const match of adapter.findAll(document)) {
      const inner = match.element.querySelector('[data-text="true"], [data-lexical-text="true"], p') ?? match.element;
      for (const target of [match.element, inner]) {
        const found = adapter.match(target);
        expect(found?.element).toBe(match.element);
        expect(found?.editor).toBe(match.editor);
        expect(found?.surface).toBe(match.surface);
      }
    }
  });
});

describe('pages without a composer', () => {
  it('find nothing and match nothing', () => {
    const { document } = parseHTML('<html><body><main><article><div contenteditable="false">text</div><input type="search"></article></main></body></html>');
    for (const adapter of [xAdapter, facebookAdapter, instagramAdapter]) {
      expect(adapter.findAll(document as unknown as Document)).toEqual([]);
      expect(adapter.match(document.querySelector('input')!)).toBeUndefined();
    }
  });

  it.each([
    [xAdapter, '/home', true],
    [xAdapter, '/nordlyscoffee/status/1877001234567890123', true],
    [xAdapter, '/explore', false],
    [facebookAdapter, '/', true],
    [facebookAdapter, '/marketplace/', false],
    [instagramAdapter, '/p/C9nordlys01/', true],
    [instagramAdapter, '/create/details/', true],
    [instagramAdapter, '/explore/', false],
  ] as const)('%#: %s expects a composer: %s', (adapter, path, expected) => {
    expect(adapter.expectsComposer(path)).toBe(expected);
  });
});

describe('direct messages', () => {
  const { document } = parseHTML(
    '<html><body><div data-testid="dmComposerTextInput"><div class="public-DraftEditor-content" contenteditable="true" id="dm"></div></div>' +
      '<div data-testid="tweetTextarea_0" contenteditable="true" id="post"></div></body></html>',
  );
  const dm = document.getElementById('dm')!;
  const post = document.getElementById('post')!;

  it.each([
    [xAdapter, post, '/messages/123-456', true],
    [xAdapter, post, '/messages', true],
    [xAdapter, post, '/i/chat/789', true],
    [xAdapter, dm, '/home', true],
    [xAdapter, post, '/home', false],
    [xAdapter, post, '/messages_from_ceo/status/1877001234567890123', false],
    [instagramAdapter, post, '/direct/t/1234/', true],
    [instagramAdapter, post, '/direct/inbox/', true],
    [instagramAdapter, post, '/directors_cut/', false],
    [instagramAdapter, post, '/p/C9nordlys01/', false],
    [facebookAdapter, post, '/messages/t/1234', true],
    [facebookAdapter, post, '/nordlyscoffee/posts/pfbid0abc', false],
  ] as const)('%#: %s on %s is a DM box: %s', (adapter, editor, path, expected) => {
    expect(adapter.inPrivateMessages(editor as unknown as Element, path)).toBe(expected);
  });
});

describe('X thread composer: the post boxes published together', () => {
  const box = (n: number, id: string) => `<div data-testid="tweetTextarea_${n}" class="public-DraftEditor-content" contenteditable="true" id="${id}"></div>`;
  const { document } = parseHTML(
    '<html><body><main><div data-testid="primaryColumn">' + box(0, 'home') + '</div></main>' +
      '<div role="dialog" aria-modal="true">' + box(0, 'first') + box(1, 'second') + box(2, 'third') +
      '<div data-testid="dmComposerTextInput">' + box(3, 'dm') + '</div></div>' +
      '<div role="dialog" aria-modal="true"><article>answered</article>' + box(0, 'reply') + box(1, 'reply2') + '</div></body></html>',
  );
  const byId = (id: string) => document.getElementById(id)!;
  const threadOf = (id: string) => {
    const match = xAdapter.match(byId(id) as unknown as Element)!;
    return xAdapter.threadOf!(match)?.map((element) => element.id);
  };

  it.each([
    ['the first box of a dialog thread', 'first', ['first', 'second', 'third']],
    ['a later box, in thread order', 'third', ['first', 'second', 'third']],
    ['a lone post box (another dialog does not join it)', 'home', undefined],
    ['reply boxes are comments: no thread rules', 'reply2', undefined],
  ])('%s', (_name, id, expected) => {
    expect(threadOf(id)).toEqual(expected);
  });
});
