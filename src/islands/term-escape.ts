/**
 * Escape dismisses a glossary tooltip (WCAG 1.4.13, content on hover or focus): the `.term` that
 * is hovered or holds focus gets `term-dismissed` until the pointer leaves it and focus moves
 * out, so the definition can show again next time. One listener per page, however many terms.
 */

const DISMISSED = 'term-dismissed';

/** Terms whose tooltip is currently shown (hovered or containing focus). */
function shownTerms(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('.term')].filter((t) =>
    t.matches(':hover, :focus-within'),
  );
}

/** Lets a dismissed term show again once it is neither hovered nor focused. */
function restoreWhenLeft(term: HTMLElement): void {
  const tryRestore = (): void => {
    if (term.matches(':hover, :focus-within')) return;
    term.classList.remove(DISMISSED);
    term.removeEventListener('pointerleave', onLeave);
    term.removeEventListener('focusout', onFocusOut);
  };
  const onLeave = (): void => tryRestore();
  // focusout fires before focus lands elsewhere; check once it has moved.
  const onFocusOut = (): void => void requestAnimationFrame(tryRestore);
  term.addEventListener('pointerleave', onLeave);
  term.addEventListener('focusout', onFocusOut);
}

function onKeydown(event: KeyboardEvent): void {
  if (event.key !== 'Escape') return;
  for (const term of shownTerms()) {
    if (term.classList.contains(DISMISSED)) continue;
    term.classList.add(DISMISSED);
    restoreWhenLeft(term);
  }
}

const FLAG = '__termEscape';
const w = window as unknown as Record<string, boolean>;
if (!w[FLAG]) {
  w[FLAG] = true;
  document.addEventListener('keydown', onKeydown);
}
