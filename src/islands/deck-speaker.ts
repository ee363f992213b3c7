/**
 * The speaker view (loaded only in the window /present/ opens with `speaker=1`): the current slide
 * at its build step, the next step or slide, notes (each chart's description, the build's message
 * and the source), and a timer. It follows the presenting window's messages and sends its own key
 * presses there, both restricted to this origin and to the window that opened it.
 */
import {
  clampPosition,
  nextPosition,
  previousPosition,
  stepCount,
  type Deck,
  type DeckPosition,
} from '../lib/present/deck';
import { fillTemplate } from '../lib/format/template';
import { drawSlide, slideElement, type DeckContext } from './deck-view';
import { el } from './deck-dom';
import { readMessage, typing, type DeckMessage } from './deck-messages';

/** Turns `host` into the speaker view of `deck`, starting at `start`. */
export function startSpeaker(
  host: HTMLElement,
  ctx: DeckContext,
  deck: Deck,
  start: DeckPosition,
): void {
  const s = ctx.strings;
  const stage = host.querySelector<HTMLElement>('.deck-stage');
  let pos = start;
  host.classList.add('is-speaker');
  document.title = `${s.speakerTitle} · ${document.title}`;
  const head = el('div', 'speaker-head');
  const counter = el('span', 'deck-counter');
  const clock = el('span', 'speaker-timer');
  clock.setAttribute('role', 'timer');
  const pause = el('button', '', s.pause);
  pause.type = 'button';
  const reset = el('button', '', s.reset);
  reset.type = 'button';
  head.append(
    el('h1', '', s.speakerTitle),
    counter,
    el('span', 'speaker-timer-label', `${s.timer}:`),
    clock,
    pause,
    reset,
  );
  const current = el('div', 'speaker-current');
  const next = el('div', 'speaker-next');
  const notes = el('div', 'speaker-notes');
  const side = el('div', 'speaker-side');
  side.append(el('h2', '', s.upNext), next, el('h2', '', s.notes), notes);
  const body = el('div', 'speaker-body');
  body.append(current, side);
  stage?.replaceChildren(head, body);

  let started = Date.now();
  let paused: number | null = null;
  const tick = (): void => {
    const sec = Math.floor(((paused ?? Date.now()) - started) / 1000);
    clock.textContent = `${String(Math.floor(sec / 60)).padStart(2, '0')}:${String(sec % 60).padStart(2, '0')}`;
  };
  setInterval(tick, 500);
  tick();
  pause.addEventListener('click', () => {
    if (paused === null) paused = Date.now();
    else {
      started += Date.now() - paused;
      paused = null;
    }
    pause.textContent = paused === null ? s.pause : s.resume;
    tick();
  });
  reset.addEventListener('click', () => {
    started = Date.now();
    if (paused !== null) paused = started;
    tick();
  });

  const render = (): void => {
    const slide = deck.slides[pos.slide];
    if (!slide) return;
    const total = stepCount(slide);
    const n = fillTemplate(s.counter, { n: pos.slide + 1, total: deck.slides.length });
    counter.textContent =
      total > 1 ? `${n} · ${fillTemplate(s.step, { n: pos.step + 1, total })}` : n;
    host.dataset.slide = String(pos.slide + 1);
    host.dataset.step = String(pos.step);
    const section = slideElement(ctx, slide, pos.slide, deck.slides.length);
    current.replaceChildren(section);
    const following = nextPosition(deck, pos);
    const nextSlide =
      following.slide !== pos.slide || following.step !== pos.step
        ? deck.slides[following.slide]
        : undefined;
    const nextSection = nextSlide
      ? slideElement(ctx, nextSlide, following.slide, deck.slides.length)
      : el('p', 'speaker-end', s.end);
    next.replaceChildren(nextSection);
    if (nextSlide) void drawSlide(ctx, nextSection, nextSlide, following.step, false);
    const at = { ...pos };
    void drawSlide(ctx, section, slide, at.step, false).then((texts) => {
      if (at.slide !== pos.slide || at.step !== pos.step) return;
      const titleText = slide.kind === 'title' ? [slide.title, slide.subtitle].filter(Boolean) : [];
      notes.replaceChildren(
        ...[...titleText, ...texts].map((t) => el('p', '', t)),
        ...[...section.querySelectorAll('.slide-source')].map((p) => p.cloneNode(true)),
      );
      host.dataset.drawn = `${at.slide + 1}.${at.step}`;
    });
  };
  const opener = window.opener as Window;
  addEventListener('message', (event) => {
    if (event.source !== opener) return;
    const m = readMessage(event);
    if (m?.type !== 'deck:state') return;
    pos = clampPosition(deck, { slide: m.slide, step: m.step });
    render();
  });
  addEventListener('keydown', (e) => {
    if (
      e.ctrlKey ||
      e.altKey ||
      e.metaKey ||
      typing(e.target) ||
      e.target instanceof HTMLButtonElement
    )
      return;
    const back =
      ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'].includes(e.key) ||
      (e.key === ' ' && e.shiftKey);
    const forward = !back && ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'].includes(e.key);
    if (!forward && !back) return;
    e.preventDefault();
    const to = forward ? nextPosition(deck, pos) : previousPosition(deck, pos);
    opener.postMessage(
      { type: 'deck:go', slide: to.slide, step: to.step } satisfies DeckMessage,
      location.origin,
    );
  });
  let queued = false;
  let lastSize = '';
  new ResizeObserver(() => {
    const size = `${body.clientWidth}x${body.clientHeight}`;
    if (queued || size === lastSize) return;
    lastSize = size;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      render();
    });
  }).observe(body);
  // Hello now, and again every few seconds: if the presenting window is reloaded it learns of this
  // window again and sends its position.
  const hello = (): void => {
    if (!opener.closed)
      opener.postMessage({ type: 'deck:hello' } satisfies DeckMessage, location.origin);
  };
  hello();
  setInterval(hello, 3000);
}
