import { h } from 'preact';
import { createFloatingHost, type FloatingHost } from '@/components/overlay/host';
import { Overlay } from '@/components/overlay/Overlay';
import { ToneChip } from '@/components/overlay/ToneChip';
import { fixAllChanges } from '../engine/fix-all';
import { checkDraft } from '../engine/check';
import { draftStats } from '../engine/stats';
import type { ChannelId, Finding, Fix } from '../engine/types';
import { t } from '@/components/overlay/text';
import type { AppliedAction } from '@/components/overlay/use-calm-announcement';
import type { Locale, Plan, ReplyTemplate } from '../plan/types';
import { uiLocale } from '../i18n/t';
import { acknowledges } from '../tone/acknowledges';
import { analyzeTone } from '../tone/index';
import { commentLocale } from '../tone/language-guess';
import { caretAfterEdit, caretIn, isOwnInput, placeCaret, placeCaretAfterEdit, replaceInEditor } from './apply-edit';
import { countersFor, type Counter } from './counters';
import { send } from '../messaging/client';
import { mapEditorText, textOffsetAt, type DomPoint, type TextMap } from './editor-text';
import { brief, fixWords } from './fix-words';
import { selectionInsertion, templateInsertion } from './template-glue';
import { clearMarks, markFindings } from './highlights';
import { memoLast, memoRecent } from './memo';
import { coveredByPage } from './covered';
import { isOnScreen, placePanel, type Side } from './placement';
import type { PlanSource } from './plan-source';
import { checkWait, scheduleTask, type ScheduledTask, type Timers } from './scheduler';
import type { ComposerMatch, SiteAdapter } from './sites/types';
import { themeAround } from './theme';
import { checkThreadPost, isThreadFinding, type ThreadPlace } from './thread-findings';
import { summarizeTone, type ToneSummary } from './tone-summary';


/** The longest a step of a fix holds keys back (a step takes a frame or two; this is a safety). */
const HOLD_KEYS_MS = 1500;

export interface ComposerState {
  surface: ComposerMatch['surface'];
  text: string;
  findings: Finding[];
  thread?: { position: number; posts: number; lacks: Finding[] };
}

export interface ControllerDeps {
  adapter: SiteAdapter;
  channel: ChannelId;
  plans: PlanSource;
  /** The text of this composer changed (its thread mates check again: what the thread lacks may have changed). */
  onEdited?(controller: ComposerController): void;
  /** What the thread opened by this box lacks (for the popup's view of a later post). */
  threadLacks?(openingBox: HTMLElement): Finding[];
}

/**
 * One composer on the page: watches only its own editor, checks its text when it changes, and
 * renders the overlay (posts) or the tone chip (comments) in a Brandline element beside it.
 */
export class ComposerController {
  readonly element: HTMLElement;
  readonly surface: ComposerMatch['surface'];
  lastActive = 0;
  private readonly abort = new AbortController();
  private readonly host: FloatingHost;
  private readonly task: ScheduledTask;
  private map: TextMap = { text: '', segments: [] };
  private findings: Finding[] = [];
  private collapsed = true;
  /** The open panel sits over the text being typed (placement.ts): leaving it for the editor closes it. */
  private coversText = false;
  private notice: string | undefined;
  /** A rule of the last check threw (a plan an earlier version stored, restored as it was): no all-clear then. */
  private incomplete = false;
  /** The pointer is on Brandline's badge or panel: it stays, even for an empty box left (rev25). */
  private pointerOver = false;
  /** An edit (fix or template) is under way: a second click must not apply it again on stale offsets. */
  private editing = false;
  /** The last fix or template that went in, for the screen reader's announcement. */
  private applied: AppliedAction | undefined;
  /** The last caret position inside the editor (contenteditable editors). */
  private caret: DomPoint | undefined;
  /**
   * The caret's text offset when focus last left the editor (contenteditable editors). X's
   * Draft.js drops the DOM selection on blur and puts the caret at the start when focused again,
   * so going back from the panel (Escape, Tab) and a fix chosen from the keyboard use this.
   */
  private leftAt: number | undefined;
  /** The other end of the last selection inside the editor (contenteditable editors). */
  private anchor: DomPoint | undefined;
  /**
   * The text the user had selected when focus last left the editor, and the text it was in: a
   * template inserted then replaces it (QA20 L11). Undefined for a plain caret.
   */
  private leftSelection: { start: number; end: number; text: string } | undefined;
  /** When the current edit started, and the characters typed since (put in after it). */
  private editStarted = 0;
  private heldKeys = '';
  /** The edit is in; only the editor's own selection is catching up (see `edit`). */
  private settling = false;
  /** A fix clicked while another went in, and the text it replaced then. */
  private queuedFix: { finding: Finding; was: string; before: boolean } | undefined;
  /** The range of the edit going in, and the text it started from. */
  private inFlight: { start: number; end: number; before: string; batch: boolean } | undefined;
  private replyingTo: string | undefined;
  /**
   * The answered post or comment, read from the page once and kept until the editor is focused
   * again or the page navigates (it cannot change while the user types in the same box).
   */
  private answered: { text: string | undefined; locale: Locale | undefined } | undefined;
  /** Read from the page at the first placement, when its style and layout are up to date anyway. */
  private theme: 'light' | 'dark' = 'light';
  /** In a dialog (a fixed layer): the panel is fixed too; otherwise it scrolls with the page. */
  private readonly pinned: boolean;
  /**
   * The panel is hidden because its composer is scrolled out of view: page scrolling, which moves
   * nothing else, must bring it back (start.ts).
   */
  offScreen = false;
  private placementQueued = false;
  /** A placement was asked for while one was being measured (the panel re-rendered to another size). */
  private placementAgain = false;
  /** Delivers boxes after the page's own layout (see reposition): never forces a layout. */
  private readonly measurer: IntersectionObserver;
  /** The box with the site's buttons around the editor (looked up once: it lives as long as the editor). */
  private readonly frame: HTMLElement;
  private resizeObserver: ResizeObserver | undefined;
  /** The language of finding messages: the browser's UI language, as the overlay's own strings (text.ts). */
  private readonly messageLocale = uiLocale();
  /** Derived from the text only: re-renders (toggle, theme, a new notice) reuse the last result. */
  private readonly counters = memoLast((text: string, plan: Plan | undefined): Counter[] =>
    countersFor(draftStats(text, this.deps.channel, plan, 'post'), this.deps.channel, plan),
  );
  /**
   * Tone analyses of the texts this controller checks (key: locale + text). Four: the draft
   * being typed, the one before it, and the comment being answered, read once or (when nothing
   * tells its language) both ways, which a reply's check and its tone summary ask for on every
   * keystroke.
   */
  private readonly toneOf = (() => {
    const memo = memoRecent((key: string) => analyzeTone(key.slice(3), key.slice(0, 2) as Plan['locale']), 4);
    return (text: string, locale: Plan['locale']) => memo(`${locale}:${text}`);
  })();
  private readonly toneSummary = memoLast((text: string, findings: Finding[], plan: Plan | undefined): ToneSummary => {
    let sentiment: number | undefined;
    if (plan && text.trim()) {
      try {
        sentiment = this.toneOf(text, plan.locale).sentiment;
      } catch {
        sentiment = undefined;
      }
    }
    // An apology in either language is one ("Sorry!" is common in Bokmål replies too).
    const answers = () => !!plan && (acknowledges(text, plan.locale) || acknowledges(text, plan.locale === 'nb' ? 'en' : 'nb'));
    return summarizeTone(text, findings, sentiment, answers);
  });
  private mutationObserver: MutationObserver | undefined;
  /**
   * The post boxes of this box's X thread (itself included), when it is one of several. Looked up
   * when the box is created or focused and when boxes come and go (refreshThread), not per check:
   * the lookup queries the dialog or the whole column.
   */
  private thread: HTMLElement[] | undefined;
  /**
   * Whether the user has been in this box (focus or typing). An empty post box nobody has touched
   * is not judged: X's home box would greet every page load with "missing call to action, hashtag
   * and link". Once focused, an empty box shows what the plan asks for (with the hashtag fix).
   */
  private touched = false;

  constructor(
    readonly match: ComposerMatch,
    private readonly deps: ControllerDeps,
  ) {
    this.element = match.element;
    this.surface = match.surface;
    this.host = createFloatingHost(this.surface === 'post' ? 'brandline-overlay' : 'brandline-tone-chip', this.element.ownerDocument, {
      channel: deps.channel,
      surface: this.surface,
    });
    this.frame = deps.adapter.frameOf(match);
    // Plain timers: ctx.setTimeout would add an onInvalidated listener per call (one per keystroke,
    // never removed); dispose() cancels the task, and the context disposes every controller.
    const timers: Timers = {
      setTimeout: (handler, ms) => window.setTimeout(handler, ms),
      clearTimeout: (id) => window.clearTimeout(id),
      requestIdleCallback: (handler, options) => window.requestIdleCallback(handler, options),
      cancelIdleCallback: (id) => window.cancelIdleCallback(id),
    };
    // Typing pauses shorter than the wait merge into one check, which then waits for idle time;
    // the wait grows with the text (the last checked length: reading the editor now would walk it).
    this.task = scheduleTask(() => this.checkNow(), timers, () => checkWait(this.map.text.length));
    this.measurer = new IntersectionObserver((entries) => this.place(entries));
    // Known from the markup, not from computed style (which would force the page's style update).
    this.pinned = this.frame.closest(DIALOG_SELECTORS) !== null;
    this.host.setMode(this.pinned ? 'fixed' : 'absolute');
    // The theme needs computed style: read it in a frame callback, where the page's own style
    // update is due anyway, so the read adds no work of its own. A plain frame callback, like the
    // timers above: ctx.requestAnimationFrame leaves an onInvalidated listener behind that holds
    // this callback, and with it the controller, its editor and its panel, for the tab's life
    // (QA17: every composer that came and went stayed in memory). learnTheme stops after dispose.
    window.requestAnimationFrame(() => this.learnTheme());
    this.refreshThread();
    // Boxes found by their focus get here after that focus event.
    const active = this.element.ownerDocument.activeElement;
    this.touched = active !== null && (active === this.element || this.element.contains(active));
    this.watch();
    this.checkNow();
    void deps.plans.load().then(() => {
      if (!this.abort.signal.aborted) this.checkNow();
    });
  }

  private watch() {
    const signal = this.abort.signal;
    const request = () => {
      this.task.request();
      this.deps.onEdited?.(this);
    };
    // The popup lists the composer in use first.
    const active = () => {
      this.lastActive = performance.now();
    };
    // Focus may come after the page showed another thread in the same box: read the answered text afresh.
    const focused = () => {
      this.touched = true;
      this.refreshContext();
      this.refreshThread();
      this.task.request();
    };
    for (const type of ['input', 'paste', 'cut', 'drop', 'compositionend'] as const) this.element.addEventListener(type, request, { signal, passive: true });
    this.element.addEventListener('focus', active, { signal, passive: true });
    this.element.addEventListener('focus', focused, { signal, passive: true });
    // Leaving an empty post box hides its badge (place()); the next focus brings it back. Not while
    // the pointer is on the badge: pressing it blurs the box first (and Safari and macOS Firefox do
    // not focus a clicked button), so it vanished under the click.
    this.element.addEventListener('blur', () => this.reposition(), { signal, passive: true });
    this.host.element.addEventListener('pointerenter', () => (this.pointerOver = true), { signal, passive: true });
    this.host.element.addEventListener(
      'pointerleave',
      () => {
        this.pointerOver = false;
        this.reposition();
      },
      { signal, passive: true },
    );
    this.element.addEventListener('input', active, { signal, passive: true });
    this.element.addEventListener('keydown', (event) => this.onEditorKey(event), { signal });
    // While a fix or template is being put in (a selection, a wait for the editor, an insertion:
    // up to ~100 ms), a key typed into the editor would land in the selected range or move it, and
    // corrupt the text. Keys are held back before the editor sees them; typed characters are put
    // in at the user's caret once the edit is done (`edit`), other keys (Enter, arrows) are
    // dropped. A stuck step never holds keys for more than HOLD_KEYS_MS.
    this.element.addEventListener(
      'keydown',
      (event) => {
        if (!this.editing || performance.now() - this.editStarted > HOLD_KEYS_MS) return;
        // The Backspace a deletion in Draft.js goes in with (apply-edit.ts) is the edit itself.
        if (isOwnInput()) return;
        // AltGr arrives as Ctrl+Alt (Norwegian Windows: "@" is AltGr+2), Option as Alt: both type characters.
        const shortcut = event.ctrlKey && !event.altKey;
        // Once the edit is in and only the editor's selection is catching up, shortcuts (undo) and
        // other keys go through: only characters could land in the wrong place.
        if (this.settling && (shortcut || event.metaKey || [...event.key].length !== 1)) return;
        event.preventDefault();
        event.stopImmediatePropagation();
        if (event.isComposing || event.metaKey) return;
        if (!shortcut && [...event.key].length === 1) this.heldKeys += event.key;
        // Backspace takes back a held character; with none held it is dropped, like Enter and arrows.
        else if (event.key === 'Backspace' && !shortcut) this.heldKeys = [...this.heldKeys].slice(0, -1).join('');
      },
      { signal, capture: true },
    );
    // Text that comes without a key (an on-screen keyboard's word, dictation, a text expander)
    // arrives as a cancellable beforeinput "insertText": held the same way. Composition (IME,
    // most Android keyboards) cannot be cancelled and is not held.
    this.element.addEventListener(
      'beforeinput',
      (event) => {
        if (!this.editing || performance.now() - this.editStarted > HOLD_KEYS_MS || isOwnInput()) return;
        if (event.inputType !== 'insertText' || event.isComposing || !event.cancelable || !event.data) return;
        event.preventDefault();
        event.stopImmediatePropagation();
        this.heldKeys += event.data;
      },
      { signal, capture: true },
    );
    // A paste or a drop during a fix would land in the range being replaced, like a key: its plain
    // text is held and put in at the caret with the held keys (a drop lands at the caret, not where
    // it was dropped; formatting is not kept, and these composers keep none anyway).
    const holdTransfer = (event: Event, data: DataTransfer | null) => {
      if (!this.editing || performance.now() - this.editStarted > HOLD_KEYS_MS || isOwnInput()) return;
      // Only text can be put in later; an image dropped on the composer goes to the site as it is.
      const text = data?.getData('text/plain');
      if (!text) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      this.heldKeys += text;
    };
    this.element.addEventListener('paste', (event) => holdTransfer(event, event.clipboardData), { signal, capture: true });
    this.element.addEventListener('drop', (event) => holdTransfer(event, event.dataTransfer), { signal, capture: true });
    const doc = this.element.ownerDocument;
    if (this.match.editor !== 'textarea') {
      // Where the user was typing, for after a fix: a click in the panel may clear the selection
      // before the fix runs. A DOM point is kept, not an offset: reading offsets walks the editor.
      doc.addEventListener(
        'selectionchange',
        () => {
          const selection = doc.getSelection();
          if (selection?.focusNode && this.element.contains(selection.focusNode)) {
            this.caret = { node: selection.focusNode, offset: selection.focusOffset };
            this.anchor = selection.anchorNode && this.element.contains(selection.anchorNode) ? { node: selection.anchorNode, offset: selection.anchorOffset } : undefined;
          } else if (selection?.focusNode && !this.ownsNode(selection.focusNode)) {
            // A selection dragged out of the editor, or made elsewhere on the page: no range of the
            // editor's is selected any more (a dropped selection, focusNode null, keeps the last one).
            this.anchor = undefined;
          }
        },
        { signal, passive: true },
      );
      // Read on the way out, before the editor's own blur handling (it runs later, at the root)
      // re-renders or clears the selection. Not during an edit: the edit moves the caret itself.
      this.element.addEventListener(
        'focusout',
        () => {
          if (this.editing) return;
          this.leftAt = caretIn(this.element, this.match.editor, this.caret);
        },
        { signal, passive: true },
      );
      this.element.addEventListener('focusin', () => (this.leftAt = undefined), { signal, passive: true });
    }
    // The text selected when focus goes to Brandline's chip or panel, which Insert replaces (QA20
    // L11). Only then: a selection the user left by clicking elsewhere on the page is gone from the
    // screen, and replacing it would change their words unasked (rev26).
    this.element.addEventListener(
      'focusout',
      (event) => {
        if (this.editing) return;
        const toBrandline = this.pointerOver || (event.relatedTarget instanceof Node && this.ownsNode(event.relatedTarget));
        this.leftSelection = toBrandline ? this.selectionLeft() : undefined;
      },
      { signal, passive: true },
    );
    this.element.addEventListener('focusin', () => (this.leftSelection = undefined), { signal, passive: true });
    // A press or focus anywhere else on the page forgets it too.
    const elsewhere = (event: Event) => {
      if (this.leftSelection && event.target instanceof Node && !this.element.contains(event.target) && !this.ownsNode(event.target)) this.leftSelection = undefined;
    };
    doc.addEventListener('pointerdown', elsewhere, { signal, capture: true, passive: true });
    doc.addEventListener('focusin', elsewhere, { signal, capture: true, passive: true });
    if (this.match.editor !== 'textarea') {
      // Draft.js and Lexical often cancel the native input and re-render themselves: the editor's
      // own subtree changing is the one reliable signal. Only this editor is observed.
      this.mutationObserver = new MutationObserver(request);
      this.mutationObserver.observe(this.element, { childList: true, subtree: true, characterData: true });
    }
    // Size changes of the editor move the panel.
    this.resizeObserver = new ResizeObserver(() => this.reposition());
    this.resizeObserver.observe(this.element);
  }

  private onEditorKey(event: KeyboardEvent) {
    // Alt+Shift+B jumps from the editor into the panel (keyboard users reach it without the mouse).
    if (event.altKey && event.shiftKey && event.code === 'KeyB') {
      event.preventDefault();
      this.collapsed = false;
      this.render();
      this.host.shadow.querySelector<HTMLButtonElement>('button')?.focus();
    }
  }

  /** The text as the editor holds it right now. */
  readText(): string {
    return mapEditorText(this.element, this.match.editor).text;
  }

  state(): ComposerState {
    if (this.task.pending) this.task.flush();
    const state: ComposerState = { surface: this.surface, text: this.map.text, findings: this.findings };
    const thread = this.thread?.filter((box) => box.isConnected);
    if (thread && thread.length > 1) {
      const position = thread.indexOf(this.element);
      const lacks = position === 0 ? [] : (this.deps.threadLacks?.(thread[0]!) ?? []);
      state.thread = { position, posts: thread.length, lacks };
    }
    return state;
  }

  /** What the whole thread lacks, when this box opens a thread (its findings say it). */
  threadLacks(): Finding[] {
    if (this.task.pending) this.task.flush();
    return this.findings.filter(isThreadFinding);
  }

  /** Whether the editor changed since the last check (textareas give no signal when a site clears them). */
  isStale(): boolean {
    return this.match.editor === 'textarea' && (this.element as HTMLTextAreaElement).value !== this.map.text;
  }

  /** Forgets what was read around the editor (the answered text); after focus and navigation. */
  refreshContext() {
    this.answered = undefined;
  }

  /** Looks up the thread this post box belongs to again (boxes were added or removed). */
  refreshThread() {
    this.thread = this.surface === 'post' ? this.deps.adapter.threadOf?.(this.match) : undefined;
  }

  /** "Post 2 of 3" for a box in an X thread of several (each box has its own panel; QA20). */
  private threadPosition(): { index: number; count: number } | undefined {
    const thread = this.thread?.filter((box) => box.isConnected);
    const index = thread?.indexOf(this.element) ?? -1;
    return thread && thread.length > 1 && index >= 0 ? { index: index + 1, count: thread.length } : undefined;
  }

  /** The other post boxes of this box's thread. */
  threadMates(): HTMLElement[] {
    return this.thread?.filter((box) => box !== this.element) ?? [];
  }

  requestCheck() {
    this.task.request();
  }

  checkNow() {
    if (this.abort.signal.aborted) return;
    const previous = this.map.text;
    this.map = mapEditorText(this.element, this.match.editor);
    const plan = this.deps.plans.current();
    const text = this.map.text;
    if (plan) {
      if (!this.answered) {
        const answered = this.deps.adapter.replyingTo(this.match);
        this.answered = { text: answered, locale: answered === undefined ? undefined : commentLocale(answered) };
      }
      const replyingTo = this.answered.text;
      this.replyingTo = replyingTo;
      // A box the site emptied (after posting) while the user is elsewhere is a fresh box again.
      const doc = this.element.ownerDocument;
      if (text.trim() === '' && previous.trim() !== '' && !this.element.contains(doc.activeElement)) this.touched = false;
      // Comments keep their findings before typing: the answered comment's complaint matters then.
      this.incomplete = false;
      this.findings = this.unjudged(text) ? [] : this.findingsOf(text, plan, replyingTo);
      if (this.match.editor !== 'textarea') markFindings(this, this.element.ownerDocument, this.map, this.findings);
    }
    this.render();
  }

  /** An empty post box nobody has been in yet (see `touched`). */
  private unjudged(text: string): boolean {
    return this.surface === 'post' && !this.touched && text.trim() === '';
  }

  private findingsOf(text: string, plan: Plan, replyingTo: string | undefined): Finding[] {
    const options = {
      plan,
      channel: this.deps.channel,
      surface: this.surface,
      messageLocale: this.messageLocale,
      analyzeTone: this.toneOf,
      ...(replyingTo === undefined ? {} : { replyingTo }),
      onRuleError: (ruleId: string, problem: string) => {
        this.incomplete = true;
        console.warn(`Brandline: rule ${ruleId} ${problem}`);
      },
    };
    try {
      const place = this.threadPlace(text);
      const check = place ? sharedCheck(plan, (draft) => checkDraft(draft, options)) : (draft: string) => checkDraft(draft, options);
      return checkThreadPost(text, place, check);
    } catch (error) {
      this.incomplete = true;
      console.warn('Brandline: the check failed', error);
      return [];
    }
  }

  /** Where this post box sits in a thread of several (X), read from the page only when asked. */
  private threadPlace(text: string): ThreadPlace | undefined {
    // A removed box is forgotten at once; the page's follow-up (refreshThread) comes within a second.
    const thread = this.thread?.filter((box) => box.isConnected);
    if (!thread || thread.length < 2) return undefined;
    return {
      position: thread.indexOf(this.element),
      posts: () => thread.map((box) => (box === this.element ? text : mapEditorText(box, this.match.editor).text)),
    };
  }

  private render() {
    this.host.setRaised(!this.collapsed);
    const plan = this.deps.plans.current();
    const text = this.map.text;
    const common = {
      channel: this.deps.channel,
      surface: this.surface,
      findings: this.findings,
      theme: this.theme,
      checkedLength: text.length,
      // A check that could not run whole says so, as the CLI refuses to call it "on plan".
      notice: this.notice ?? (this.incomplete ? t('overlay_incomplete') : undefined),
      incomplete: this.incomplete,
      ...(this.applied ? { applied: this.applied } : {}),
      example: this.deps.plans.isExample(),
      onOpenOptions: () => void send('options.open', {}),
      onFix: (finding: Finding) => void this.applyFix(finding),
      onFixAll: () => void this.applyAllFixes(),
      onEscape: () => this.escape(),
      // Back to the editor past the last control: an open panel that covers the text closes, as
      // on Escape, or the user would type under it (200 % zoom on Facebook; QA24).
      onReturn: () => (this.coversText ? this.escape() : this.returnToEditor()),
    };
    if (this.surface === 'post') {
      this.host.render(
        h(Overlay, {
          ...common,
          empty: text.trim() === '',
          thread: this.threadPosition(),
          planName: plan?.name,
          escalation: plan?.moderation.escalation ?? '',
          counters: this.counters(text, plan),
          collapsed: this.collapsed,
          onToggle: () => this.toggle(),
        }),
      );
    } else {
      this.host.render(
        h(ToneChip, {
          replyingTo: this.replyingTo,
          ...(this.answered?.locale ? { replyingToLocale: this.answered.locale } : {}),
          ...common,
          summary: this.toneSummary(text, this.findings, plan),
          templates: plan?.moderation.replyTemplates ?? [],
          ...(plan ? { planLocale: plan.locale } : {}),
          escalation: plan?.moderation.escalation ?? '',
          expanded: !this.collapsed,
          onToggle: () => this.toggle(),
          onInsertTemplate: (template: ReplyTemplate) => void this.insertTemplate(template),
        }),
      );
    }
    this.reposition();
  }

  private learnTheme() {
    if (this.abort.signal.aborted) return;
    const theme = themeAround(this.frame);
    if (theme === this.theme) return;
    this.theme = theme;
    this.render();
  }

  /** Escape in the panel or chip closes it and puts the caret back in the editor, like a popover. */
  private escape() {
    if (!this.collapsed) {
      this.collapsed = true;
      this.render();
    }
    this.returnToEditor();
  }

  /** Focus back in the editor, with the caret where the user left it. */
  private returnToEditor() {
    const at = this.leftAt;
    this.element.focus();
    if (at !== undefined && this.match.editor !== 'textarea') placeCaret(this.element, this.match.editor, Math.min(at, this.map.text.length));
  }

  /** Where the user's caret is: in the editor, or where it was when focus left it. */
  private userCaret(): number | undefined {
    const focused = this.element.contains(this.element.ownerDocument.activeElement);
    return !focused && this.leftAt !== undefined ? this.leftAt : caretIn(this.element, this.match.editor, this.caret);
  }

  private toggle() {
    this.collapsed = !this.collapsed;
    this.render();
  }

  private async applyFix(clicked: Finding) {
    let finding = clicked;
    let fix = finding.fix;
    if (!fix) return;
    // A second Fix clicked while one goes in waits for it, then applies if the recheck finds it
    // where the first edit moved it. A second click on the fix going in is a double click: ignored.
    if (this.editing) {
      const current = this.inFlight;
      // "Fix all" is going in: this fix is one of its changes, or was dropped for overlapping one.
      if (current?.batch) return;
      // Offsets of the text the first edit started from, or of one checked since (then they stay).
      const before = current !== undefined && this.map.text === current.before;
      if (before && ((fix.start < current.end && fix.end > current.start) || (fix.start === current.start && fix.end === current.end))) return;
      this.queuedFix = { finding, was: this.map.text.slice(fix.start, fix.end), before };
      return;
    }
    // The findings must describe the text being edited: if it changed since, check again first.
    // A Fix clicked while the user types on after it (the focus stays in the editor: QA37) is the
    // same fix in the new check when the text up to its end is as it was; otherwise the click
    // only brings the findings up to date.
    if (this.readText() !== this.map.text) {
      const before = this.map.text;
      this.checkNow();
      if (this.map.text.slice(0, fix.end) !== before.slice(0, fix.end)) return;
      const { start, end, text } = fix;
      const again = this.findings.find((f) => f.ruleId === finding.ruleId && f.fix?.start === start && f.fix.end === end && f.fix.text === text);
      if (!again?.fix) return;
      finding = again;
      fix = again.fix;
    }
    // Put the caret back where the user was typing: a fix elsewhere must not move their next key.
    await this.edit([fix], this.userCaret(), fixWords(this.map.text.slice(fix.start, fix.end), fix.text));
  }

  /**
   * Every fix the findings offer, in one go (QA20). The engine's fixes never overlap, so they go in
   * from the last to the first: each leaves the offsets of the ones before it as they were. Each is
   * its own undo step, like a single Fix. Removals that meet take the line breaks they would leave
   * (fixAllChanges).
   */
  private async applyAllFixes() {
    if (this.editing) return;
    if (this.readText() !== this.map.text) {
      this.checkNow();
      return;
    }
    const changes = fixAllChanges(this.map.text, this.findings.flatMap((finding) => (finding.fix ? [finding.fix] : [])));
    if (changes.length) await this.edit(changes, this.userCaret(), t('overlay_applied_fixAll', { count: changes.length }));
  }

  /** Brandline's own host element (the chip or panel) or a node inside it. */
  private ownsNode(node: Node): boolean {
    return node === this.host.element || this.host.element.contains(node);
  }

  /** The selected range when focus leaves the editor: a textarea's own, a contenteditable's from its last selection. */
  private selectionLeft(): { start: number; end: number; text: string } | undefined {
    if (this.match.editor === 'textarea') {
      const field = this.element as HTMLTextAreaElement;
      return field.selectionStart < field.selectionEnd ? { start: field.selectionStart, end: field.selectionEnd, text: field.value } : undefined;
    }
    // The selection as it is now, when it is still the editor's: the last `selectionchange` may not
    // have arrived yet (Shift+Arrow, then Alt+Shift+B at once; QA23 saw part of a word replaced).
    const live = this.element.ownerDocument.getSelection();
    const inEditor = (node: Node | null | undefined): node is Node => !!node && this.element.contains(node);
    const [anchor, caret] =
      live && inEditor(live.anchorNode) && inEditor(live.focusNode) ? [{ node: live.anchorNode, offset: live.anchorOffset }, { node: live.focusNode, offset: live.focusOffset }] : [this.anchor, this.caret];
    if (!anchor || !caret || (anchor.node === caret.node && anchor.offset === caret.offset)) return undefined;
    const map = mapEditorText(this.element, this.match.editor);
    const a = textOffsetAt(this.element, map, anchor);
    const b = textOffsetAt(this.element, map, caret);
    if (a === undefined || b === undefined || a === b) return undefined;
    return { start: Math.min(a, b), end: Math.max(a, b), text: map.text };
  }

  /** What the user had selected in the editor when they went to the chip, if it is still the text it was selected in. */
  private selected(text: string): { start: number; end: number } | undefined {
    // The chip's buttons keep the focus where it was (keep-focus.ts): with the chip already open and
    // text then selected in the editor, the selection is still on screen and is the one to replace (rev36 M1).
    const left = this.focusWithinEditor() ? this.selectionLeft() : this.leftSelection;
    return left && left.text === text ? { start: left.start, end: left.end } : undefined;
  }

  private focusWithinEditor(): boolean {
    return this.element.contains(this.element.ownerDocument.activeElement);
  }

  private async insertTemplate(template: ReplyTemplate) {
    const text = this.readText();
    // Text the user selected is replaced by the template (their own apology, say); otherwise the
    // template goes at the end, glued on as a sentence of its own.
    const range = this.selected(text);
    if (range) {
      const change = selectionInsertion(text, range.start, range.end, template.text);
      await this.edit([{ start: change.start, end: change.end, text: change.text }], change.caret, t('overlay_applied_template', { name: brief(template.name) }));
      return;
    }
    const at = text.length;
    const insertion = templateInsertion(text, template.text);
    // The caret goes after the template, where the user writes on (and keys typed meanwhile go).
    await this.edit([{ start: insertion.start, end: at, text: insertion.text }], at, t('overlay_applied_template', { name: brief(template.name) }));
  }

  /**
   * One edit at a time; a click while one is under way is ignored (its offsets would be stale).
   * `changes` are the text's replacements, last first and not overlapping (one, or "Fix all"'s),
   * so each one's offsets are still those of the text the edit started from. `said` is what a
   * screen reader hears once the edit went in.
   */
  private async edit(changes: readonly Fix[], caret: number | undefined, said: string) {
    if (this.editing || changes.length === 0) return;
    this.editing = true;
    const first = changes[changes.length - 1]!;
    const { start, end, text } = changes[0]!;
    this.inFlight = { start: first.start, end, before: this.map.text, batch: changes.length > 1 };
    this.editStarted = performance.now();
    this.heldKeys = '';
    const kind = this.match.editor;
    try {
      let ok = true;
      // Where the user's caret is after the edit; held keys go in there, one batch after another.
      let at = caret;
      const original = this.map.text;
      for (const [i, change] of changes.entries()) {
        // Changes go in from the end, so all before this one's end is still the original text,
        // unless something not held (IME composition, the site's own autocomplete) edited it
        // meanwhile: then this change's offsets are stale, and it stops like a refused one (rev26).
        if (i > 0 && this.readText().slice(0, change.end) !== original.slice(0, change.end)) {
          ok = false;
          break;
        }
        ok = await replaceInEditor(this.element, kind, change.start, change.end, change.text, this.abort.signal);
        if (!ok) break;
        if (at !== undefined) at = caretAfterEdit(at, change.start, change.end, change.text);
        this.editStarted = performance.now();
      }
      this.notice = ok ? undefined : t('overlay_fixFailed');
      // The failure is the notice (an alert); success is said with the findings after it.
      if (ok) this.applied = { id: (this.applied?.id ?? 0) + 1, words: said };
      if (ok && at !== undefined && !this.abort.signal.aborted) await placeCaretAfterEdit(this.element, kind, at, this.abort.signal);
      // Characters typed meanwhile go in at the caret, in order (more may come while they do).
      // When the fix failed or the user's caret is unknown, there is no right place for them: dropped.
      // The place is counted, not read back from the selection: Draft.js may still be restoring its
      // own selection from an earlier render when the next batch goes in (CI saw "cZZupYY").
      while (ok && at !== undefined && !this.abort.signal.aborted) {
        if (!this.heldKeys) {
          // Before keys reach the editor again, let it catch up with the caret placed here: Draft.js
          // takes the DOM selection into its own state a frame or two later, and a key typed before
          // that lands at its old selection (a fresh-clone CI run saw "cZZupYY" once more). Keys
          // typed meanwhile are held, and go in like the others.
          this.editStarted = performance.now();
          this.settling = true;
          await nextFrames(2);
          this.settling = false;
          if (!this.heldKeys) break;
        }
        const keys = this.heldKeys;
        this.heldKeys = '';
        this.editStarted = performance.now();
        if (!(await replaceInEditor(this.element, kind, at, at, keys, this.abort.signal))) break;
        at += keys.length;
        placeCaret(this.element, kind, at);
      }
    } finally {
      this.editing = false;
      this.settling = false;
      this.heldKeys = '';
    }
    this.checkNow();
    const queued = this.queuedFix;
    this.queuedFix = undefined;
    this.inFlight = undefined;
    const fix = queued?.finding.fix;
    if (queued && fix && !this.abort.signal.aborted) {
      // Where the first edit moved the queued fix's range (it cannot overlap: such a click is ignored).
      // Keys held during the first edit and put in before that range move it further: then the
      // recheck does not find it there and the queued fix is dropped, never applied elsewhere.
      const delta = text.length - (end - start);
      const [from, to] = !queued.before || fix.end <= start ? [fix.start, fix.end] : [fix.start + delta, fix.end + delta];
      const again = this.findings.find(
        (f) => f.ruleId === queued.finding.ruleId && f.fix !== undefined && f.fix.start === from && f.fix.end === to && f.fix.text === fix.text && this.map.text.slice(from, to) === queued.was,
      );
      if (again) await this.applyFix(again);
    }
  }

  /**
   * Puts the panel beside the composer, soon. Reading boxes with getBoundingClientRect would force
   * the page's layout (on a busy timeline that is a long task); an IntersectionObserver hands over
   * the same boxes right after the browser's own layout of the next frame, for free. Observing an
   * element queues one notification with its current box: observe, read, disconnect.
   * Page scrolling needs no call (the panel scrolls with the page, or both are fixed); element
   * scrolling, resizes and layout shifts do.
   */
  reposition() {
    if (this.abort.signal.aborted) return;
    if (this.placementQueued) {
      // The boxes being measured may be older than this request (an opened chip measured at its
      // closed size would cover the field): measure again once these are placed (rev30).
      this.placementAgain = true;
      return;
    }
    this.placementQueued = true;
    this.host.reattach();
    const doc = this.element.ownerDocument;
    for (const target of [doc.documentElement, this.frame.isConnected ? this.frame : this.element, this.element, this.host.panel()]) this.measurer.observe(target);
  }

  private place(entries: IntersectionObserverEntry[]) {
    this.measurer.disconnect();
    this.placementQueued = false;
    if (this.abort.signal.aborted) return;
    // Placed with these boxes all the same (a page that asks every frame must still get placements),
    // then measured once more.
    if (this.placementAgain) {
      this.placementAgain = false;
      queueMicrotask(() => this.reposition());
    }
    const box = new Map(entries.map((entry) => [entry.target, entry.boundingClientRect]));
    const doc = this.element.ownerDocument;
    const page = box.get(doc.documentElement);
    const frameRect = box.get(this.frame) ?? box.get(this.element);
    const fieldRect = box.get(this.element);
    const panelRect = box.get(this.host.panel());
    const viewportRect = entries[0]?.rootBounds;
    if (!page || !frameRect || !fieldRect || !panelRect || !viewportRect) {
      // Something re-rendered in between (a new panel element): measure again next frame.
      if (this.element.isConnected) this.reposition();
      return;
    }
    const viewport = { width: viewportRect.width, height: viewportRect.height };
    const frame = toBox(frameRect);
    // A composer scrolled out of view takes its panel with it. Placed, the panel would be clamped
    // into the viewport and stick to its top edge over the timeline (QA27). So does one the page
    // covers where it is in view (scrolled under a sticky header).
    // Never while someone types in it: a composer taller than the window, with a suggestion list over
    // its middle, read as covered (rev32).
    this.offScreen = !isOnScreen(frame, viewport) || (!this.focusWithin() && coveredByPage(this.frame.isConnected ? this.frame : this.element, frame, viewport, this.host.element));
    // A composer under a modal dialog (X's home box while /compose/post is open) cannot be used:
    // its panel would float over the dialog's own. The follow-up placements bring it back.
    if (this.offScreen || (!this.pinned && underModal(this.element))) {
      this.host.setVisible(false);
      return;
    }
    // An empty post box nobody is in says nothing: its closed badge would only cover the page
    // beside it (X's "What's happening" heading, for the whole visit; QA20). It comes back on focus.
    // (The text is looked at last: while someone types, the focus answers first.)
    if (this.surface === 'post' && this.collapsed && !this.pointerOver && !this.focusWithin() && !/\S/.test(this.map.text)) {
      this.host.setVisible(false);
      return;
    }
    const openSides = this.surface === 'comment' && !this.collapsed ? this.deps.adapter.openChipSides : undefined;
    const order: readonly Side[] = this.surface === 'post' ? ['right', 'left', 'below', 'above'] : (openSides ?? ['above', 'right', 'below', 'left']);
    // A comment field is narrow: the chip aligns to the field itself, not to the whole comment box;
    // an open chip sent beside the box clears the whole box (its action row too).
    const anchor = this.surface === 'post' || openSides ? frame : toBox(fieldRect);
    const where = placePanel(anchor, { width: panelRect.width, height: panelRect.height }, viewport, order, toBox(fieldRect), frame);
    // Moved by where the panel is now against where it should be: whatever its coordinates are
    // relative to (the document, a positioned <body> of a centred layout, the viewport for fixed
    // panels), the difference is the same, once divided by CSS zoom on <html> or <body>, which
    // zooms the panel's own pixels too (QA27: 60–225 px off, half off-screen).
    const zoom = (this.host.element as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom || 1;
    const now = this.host.position();
    this.host.moveTo(now.top + (where.top - panelRect.top) / zoom, now.left + (where.left - panelRect.left) / zoom);
    this.coversText = where.coversText === true;
    this.host.setVisible(true);
  }

  /** The editor or Brandline's own panel has the keyboard focus. */
  private focusWithin(): boolean {
    const active = this.element.ownerDocument.activeElement;
    return !!active && (active === this.host.element || this.element.contains(active));
  }

  dispose() {
    if (this.abort.signal.aborted) return;
    this.abort.abort();
    this.task.cancel();
    this.mutationObserver?.disconnect();
    this.resizeObserver?.disconnect();
    this.measurer.disconnect();
    clearMarks(this, this.element.ownerDocument);
    this.host.remove();
  }
}

/** Layers the sites open over the page (fixed, so page scrolling does not move them). */
const DIALOG_SELECTORS = '[role="dialog"], [aria-modal="true"], dialog';

/**
 * Whether a modal dialog other than the composer's own is in use over the page. Asked of the
 * focus (sites focus the dialogs they open), never by searching the document: placements are
 * frequent, and a search would cost on long timelines.
 */
function underModal(element: HTMLElement): boolean {
  const doc = element.ownerDocument;
  const active = doc.activeElement;
  // Focus on nothing (a click on a dialog's blank part, its focused ✕ removed): the dialog that
  // last held the focus still counts while it is in the page.
  if (active && active !== doc.body && active !== doc.documentElement) lastModal = active.closest('[aria-modal="true"]') ?? undefined;
  else if (lastModal && !lastModal.isConnected) lastModal = undefined;
  return lastModal !== undefined && !lastModal.contains(element);
}

/** Resolves after `n` animation frames (at most ~100 ms each: a hidden tab has none). */
function nextFrames(n: number): Promise<void> {
  return new Promise((resolve) => {
    let left = n;
    const timer = setTimeout(resolve, 100 * n);
    const step = () => {
      if (--left <= 0) {
        clearTimeout(timer);
        resolve();
      } else requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}

/** The modal dialog that last held the focus (see underModal). */
let lastModal: Element | undefined;

/** Recent checks of post texts per plan, shared by the boxes of a thread (the opening post reads the others'). */
const threadChecks = new WeakMap<Plan, (text: string) => Finding[]>();
/** Enough for the longest threads X allows (25 posts) while one of them is being typed. */
const THREAD_CHECKS_KEPT = 64;

function sharedCheck(plan: Plan, check: (text: string) => Finding[]): (text: string) => Finding[] {
  let shared = threadChecks.get(plan);
  if (!shared) threadChecks.set(plan, (shared = memoRecent(check, THREAD_CHECKS_KEPT)));
  return shared;
}

function toBox(rect: DOMRectReadOnly) {
  return { top: rect.top, left: rect.left, width: rect.width, height: rect.height };
}
