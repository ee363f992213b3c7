import { nextTheme, resolveTheme, type ThemeChoice } from '../lib/site/theme';

const STORAGE_KEY = 'theme';

/** Reads the stored choice; storage can throw in private modes, which means "no choice". */
function storedChoice(): ThemeChoice {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v === 'light' || v === 'dark' ? v : 'auto';
  } catch {
    return 'auto';
  }
}

/** `<theme-toggle>`: a button that switches light/dark and remembers the choice (public/theme-init.js applies it before paint). */
class ThemeToggleElement extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button) return;
    const media = matchMedia('(prefers-color-scheme: dark)');
    const sync = (): void => {
      const dark = resolveTheme(storedChoice(), media.matches) === 'dark';
      button.setAttribute('aria-pressed', String(dark));
    };
    button.hidden = false;
    sync();
    media.addEventListener('change', sync);
    button.addEventListener('click', () => {
      const next = nextTheme(storedChoice(), media.matches);
      try {
        localStorage.setItem(STORAGE_KEY, next);
      } catch {
        // Without storage the choice lasts for this page only.
      }
      document.documentElement.dataset.theme = next;
      sync();
      document.dispatchEvent(new CustomEvent('themechange', { detail: next }));
    });
  }
}

customElements.define('theme-toggle', ThemeToggleElement);
