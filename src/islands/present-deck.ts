/**
 * <present-deck>: the deck in the page's link, full screen, one slide at a time. Keys are those
 * presentation clickers send (→ Space PageDown / ← PageUp, Home, End), `f` full screen, `s` a
 * speaker view in a second window kept in step by postMessage (same origin only), touch swipe,
 * `slide=N` kept in the link. A slide's build steps come before the next slide. Printing lays one
 * landscape page per slide (src/islands/deck-print.ts).
 */
import {
  clampPosition,
  hasDeck,
  nextPosition,
  parseDeck,
  previousPosition,
  serializeDeck,
  stepCount,
  type Deck,
  type DeckIssue,
  type DeckPosition,
} from '../lib/present/deck';
import { catalogFromJson, type DeckStrings } from '../lib/present/catalog';
import type { Lang } from '../lib/i18n/ui';
import { fillTemplate } from '../lib/format/template';
import { drawSlide, loadRenderer, slideElement, type DeckContext } from './deck-view';
import { el } from './deck-dom';
import { pageUrl } from './page-url';
import { readMessage, SPEAKER_WINDOW, typing, type DeckMessage } from './deck-messages';

/** Whether a window is a speaker view this window opened (same origin: reading its opener is allowed). */
function isOwnSpeaker(source: Window): boolean {
  try {
    return source.opener === window;
  } catch {
    return false;
  }
}

/** Lists the deck's problems in the notice; text only. */
function showNotice(host: HTMLElement, issues: DeckIssue[]): void {
  const box = host.querySelector<HTMLElement>('.deck-notice');
  if (!box || issues.length === 0) return;
  box.querySelector('ul')?.replaceChildren(
    ...issues.map((i) => {
      const li = el('li');
      li.append(el('code', '', `${i.param}=${i.rawValue}`), ` — ${i.reason}`);
      return li;
    }),
  );
  box.hidden = false;
  box.querySelector('button')?.addEventListener('click', () => {
    box.hidden = true;
  });
}

/** The presentation element. */
export class PresentDeck extends HTMLElement {
  private ctx!: DeckContext;
  private deck: Deck = { slides: [] };
  private pos: DeckPosition = { slide: 0, step: 0 };
  private speaker: Window | null = null;
  private drawn = -1;
  private stage: HTMLElement | null = null;
  private queued = false;
  private printReady: Promise<unknown> = Promise.resolve();
  private readonly reduceMotion = matchMedia('(prefers-reduced-motion: reduce)');

  connectedCallback(): void {
    const strings = JSON.parse(this.dataset.strings ?? '{}') as DeckStrings;
    const catalog = catalogFromJson(this.dataset.catalog);
    this.ctx = {
      lang: (this.dataset.lang ?? 'en') as Lang,
      strings,
      catalog,
      panelsBase: pageUrl(this, 'panelsBase'),
      chartsBase: pageUrl(this, 'chartsBase'),
    };
    const search = hasDeck(location.search)
      ? location.search
      : `${this.dataset.sample ?? ''}&${new URLSearchParams(location.search).toString()}`;
    const parsed = parseDeck(search, catalog);
    this.deck = parsed.deck;
    this.pos = clampPosition(this.deck, { slide: parsed.slide, step: 0 });
    showNotice(this, parsed.issues);
    this.stage = this.querySelector<HTMLElement>('.deck-stage');
    const isSpeaker =
      new URLSearchParams(location.search).get('speaker') === '1' && window.opener !== null;
    this.classList.add('is-live');
    document.documentElement.classList.add('deck-live');
    if (this.deck.slides.some((slide) => slide.kind !== 'title')) void loadRenderer();
    if (this.deck.slides.length === 0) {
      const bar = this.querySelector<HTMLElement>('.deck-bar');
      if (bar) bar.hidden = false;
      this.stage?.replaceChildren(el('p', 'deck-empty', strings.empty));
      return;
    }
    if (isSpeaker) {
      // The speaker view is its own chunk: the presenting window never loads it.
      void import('./deck-speaker').then(({ startSpeaker }) =>
        startSpeaker(this, this.ctx, this.deck, this.pos),
      );
    } else this.startPresentation();
  }

  /** Wires the presenting window: keys, buttons, swipe, resize, speaker messages, print pages. */
  private startPresentation(): void {
    const bar = this.querySelector<HTMLElement>('.deck-bar');
    if (bar) bar.hidden = false;
    // "Edit deck" opens this deck (as read: valid slides only) in the editor.
    const edit = this.querySelector<HTMLAnchorElement>('a[data-deck-edit]');
    if (edit) edit.href = `${edit.pathname}${serializeDeck(this.deck, this.ctx.catalog)}`;
    this.addEventListener('click', (e) => {
      const button = (e.target as Element).closest<HTMLButtonElement>('button[data-deck]');
      if (!button) return;
      const action = button.dataset.deck;
      if (action === 'next') this.go(nextPosition(this.deck, this.pos));
      else if (action === 'previous') this.go(previousPosition(this.deck, this.pos));
      else if (action === 'fullscreen') this.toggleFullscreen();
      else if (action === 'speaker') this.openSpeaker();
      else if (action === 'print') void this.printReady.then(() => print());
      else if (action === 'pptx') void this.downloadPptx(button);
    });
    addEventListener('keydown', (e) => this.onKey(e));
    let start: { x: number; y: number } | null = null;
    this.stage?.addEventListener(
      'touchstart',
      (e) => {
        const t = e.changedTouches[0];
        start = t ? { x: t.clientX, y: t.clientY } : null;
      },
      { passive: true },
    );
    this.stage?.addEventListener('touchend', (e) => {
      const t = e.changedTouches[0];
      if (!start || !t) return;
      const dx = t.clientX - start.x;
      const dy = t.clientY - start.y;
      start = null;
      if (Math.abs(dx) < 50 || Math.abs(dx) < Math.abs(dy) * 1.5) return;
      this.go(dx < 0 ? nextPosition(this.deck, this.pos) : previousPosition(this.deck, this.pos));
    });
    addEventListener('message', (event) => {
      // The speaker window this one opened; after a reload of this window, the one it opened before
      // (its opener is still this window) is recognised when it next speaks.
      const m = readMessage(event);
      const source = event.source as Window | null;
      if (!m || !source || (source !== this.speaker && !isOwnSpeaker(source))) return;
      this.speaker = source;
      if (m.type === 'deck:hello') this.postState();
      else if (m.type === 'deck:go') this.go({ slide: m.slide, step: m.step });
    });
    let lastSize = '';
    const stage = this.stage;
    if (stage) {
      new ResizeObserver(() => {
        const size = `${stage.clientWidth}x${stage.clientHeight}`;
        if (size === lastSize) return;
        lastSize = size;
        this.redrawSoon();
      }).observe(stage);
    }
    // The printed deck is made once the first slide is on screen; Ctrl+P before that prints what
    // exists, the Print button waits for it.
    const printHost = this.querySelector<HTMLElement>('.deck-print');
    if (printHost) {
      this.printReady = new Promise<void>((resolve) => setTimeout(resolve, 300))
        .then(() => import('./deck-print'))
        .then(({ buildPrintPages }) => buildPrintPages(this.ctx, this.deck, printHost))
        .then(() => {
          this.dataset.printReady = '';
          // Every chart's data is now loaded: the deck keeps working if the network goes (venue Wi-Fi).
          if (
            this.deck.slides.some(
              (slide) => slide.kind === 'chart' && slide.build.kind === 'predict',
            )
          )
            return import('./deck-predict');
          return undefined;
        })
        .then(() => {
          this.dataset.offlineReady = '';
        });
    }
  }

  /** Handles the presentation keys (ignored while typing or with Ctrl/Alt/Meta). */
  private onKey(e: KeyboardEvent): void {
    if (e.defaultPrevented || e.ctrlKey || e.altKey || e.metaKey || typing(e.target)) return;
    // Buttons and links keep Space and Enter for themselves.
    if (
      (e.key === ' ' || e.key === 'Enter') &&
      (e.target instanceof HTMLButtonElement || e.target instanceof HTMLAnchorElement)
    )
      return;
    let to: DeckPosition | null = null;
    const last = this.deck.slides.length - 1;
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowDown':
      case 'PageDown':
      case 'Enter':
        to = nextPosition(this.deck, this.pos);
        break;
      case ' ':
        to = e.shiftKey ? previousPosition(this.deck, this.pos) : nextPosition(this.deck, this.pos);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
      case 'PageUp':
      case 'Backspace':
        to = previousPosition(this.deck, this.pos);
        break;
      case 'Home':
        to = { slide: 0, step: 0 };
        break;
      case 'End':
        to = { slide: last, step: stepCount(this.deck.slides[last]!) - 1 };
        break;
      case 'f':
      case 'F':
        this.toggleFullscreen();
        break;
      case 'b':
      case 'B':
      case '.':
        // What clickers send for "blank screen": the slide goes black until pressed again.
        this.classList.toggle('is-blank');
        break;
      case 's':
      case 'S':
        if (this.speaker && !this.speaker.closed) this.speaker.focus();
        else this.openSpeaker();
        break;
      default:
        return;
    }
    e.preventDefault();
    if (to) this.go(to);
  }

  /** Moves to a position (clamped), keeps `slide=N` in the link and tells the speaker view. */
  private go(to: DeckPosition): void {
    this.classList.remove('is-blank');
    const next = clampPosition(this.deck, to);
    if (next.slide === this.pos.slide && next.step === this.pos.step) return;
    const sameSlide = next.slide === this.pos.slide;
    this.pos = next;
    this.show(sameSlide && !this.reduceMotion.matches);
    const params = new URLSearchParams(location.search);
    params.set('slide', String(next.slide + 1));
    history.replaceState(
      history.state,
      '',
      `${location.pathname}?${params.toString().replace(/%7E/g, '~')}${location.hash}`,
    );
    this.postState();
  }

  /** Draws the current slide at its step; `animate` marks what the step added. */
  private show(animate: boolean): void {
    const stage = this.stage;
    const slide = this.deck.slides[this.pos.slide];
    if (!stage || !slide) return;
    let section = stage.querySelector<HTMLElement>('section.slide');
    if (this.drawn !== this.pos.slide || !section) {
      section = slideElement(this.ctx, slide, this.pos.slide, this.deck.slides.length);
      stage.replaceChildren(section);
      this.drawn = this.pos.slide;
    }
    const total = stepCount(slide);
    const counter = this.querySelector<HTMLElement>('.deck-counter');
    if (counter) {
      const n = fillTemplate(this.ctx.strings.counter, {
        n: this.pos.slide + 1,
        total: this.deck.slides.length,
      });
      counter.textContent =
        total > 1
          ? `${n} · ${fillTemplate(this.ctx.strings.step, { n: this.pos.step + 1, total })}`
          : n;
    }
    this.dataset.slide = String(this.pos.slide + 1);
    this.dataset.step = String(this.pos.step);
    const at = { ...this.pos };
    void drawSlide(this.ctx, section, slide, at.step, animate).then(() => {
      if (at.slide === this.pos.slide && at.step === this.pos.step)
        this.dataset.drawn = `${at.slide + 1}.${at.step}`;
    });
  }

  /** Redraws the current slide for a new box (once per animation frame). */
  private redrawSoon(): void {
    if (this.queued) return;
    this.queued = true;
    requestAnimationFrame(() => {
      this.queued = false;
      this.show(false);
    });
  }

  /** Full screen on or off. */
  private toggleFullscreen(): void {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }

  /** Opens (or focuses) the speaker view: this page in a second window with speaker=1. */
  private openSpeaker(): void {
    // The speaker window reads the deck as this window kept it (valid slides only), so slide numbers agree.
    const query = `${serializeDeck(this.deck, this.ctx.catalog, this.pos.slide)}&speaker=1`;
    const win = open(`${location.pathname}${query}`, SPEAKER_WINDOW, 'popup,width=1200,height=760');
    if (!win) {
      const status = this.querySelector<HTMLElement>('.deck-status');
      if (status) status.textContent = this.ctx.strings.speakerBlocked;
      return;
    }
    this.speaker = win;
    win.focus();
  }

  /** Sends the position to the speaker view (same origin only). */
  private postState(): void {
    if (this.speaker && !this.speaker.closed)
      this.speaker.postMessage(
        { type: 'deck:state', slide: this.pos.slide, step: this.pos.step } satisfies DeckMessage,
        location.origin,
      );
  }

  /** Integration point for "the whole deck as .pptx" (issue 11, item 5): the writer is loaded only when asked for. */
  private async downloadPptx(button: HTMLButtonElement): Promise<void> {
    const status = this.querySelector<HTMLElement>('.deck-status');
    button.disabled = true;
    try {
      const { downloadDeckPptx } = await import('./deck-pptx');
      await downloadDeckPptx(this.ctx, this.deck, serializeDeck(this.deck, this.ctx.catalog));
    } catch (error) {
      if (status) status.textContent = `${this.ctx.strings.pptxFailed} ${(error as Error).message}`;
    } finally {
      button.disabled = false;
    }
  }
}

customElements.define('present-deck', PresentDeck);
