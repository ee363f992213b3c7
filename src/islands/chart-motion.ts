/**
 * Animation of an in-place chart update. The join has already set the final attributes; this only
 * runs a visual transition from where each element was drawn (or is right now, mid-move) to where
 * it is now, with the Web Animations API on CSS properties that override the attributes while
 * they run (transform, d, opacity). So the DOM, the tooltips and the tests always see the final
 * geometry, an interrupted move restarts from the current position, and each point keeps its
 * element from start to end.
 */
import type { JoinObserver } from './svg-join';
import type { SvgNode } from '../lib/render/svg';

/** Length of a move (the "about 300 ms"). */
export const MOVE_MS = 300;
const EASING = 'cubic-bezier(0.33, 1, 0.68, 1)';

/** "translate(x,y)" (the renderer's point transform) as numbers, or null for anything else. */
export function parseTranslate(t: string | undefined): [number, number] | null {
  const m = t === undefined ? null : /^translate\(([-\d.e]+),([-\d.e]+)\)$/.exec(t);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/** How far an element without a transform moved: the same shift of every x (x, x1, x2) and every y; null when it changed shape. */
export function shiftOf(
  old: Readonly<Record<string, string>>,
  next: Readonly<Record<string, string>>,
): [number, number] | null {
  if (old.transform !== undefined || next.transform !== undefined) return null;
  const delta = (names: string[]): number | null => {
    let d: number | null = null;
    for (const n of names) {
      if (old[n] === undefined && next[n] === undefined) continue;
      if (old[n] === undefined || next[n] === undefined) return Number.NaN;
      const v = Number(next[n]) - Number(old[n]);
      if (d !== null && Math.abs(v - d) > 0.01) return Number.NaN;
      d = v;
    }
    return d;
  };
  const dx = delta(['x', 'x1', 'x2']);
  const dy = delta(['y', 'y1', 'y2']);
  if (Number.isNaN(dx) || Number.isNaN(dy) || (!dx && !dy)) return null;
  return [dx ?? 0, dy ?? 0];
}

/** The letters of a path's commands: two paths interpolate smoothly only when these agree. */
export function pathShape(d: string): string {
  return d.replace(/[^A-Za-z]/g, '');
}

/** The translation a running animation has reached (from the computed CSS transform), or null. */
function currentTranslate(el: Element): [number, number] | null {
  const m = /^matrix\(([^)]+)\)$/.exec(getComputedStyle(el).transform);
  if (!m) return null;
  const v = m[1]!.split(',').map(Number);
  return [v[4] ?? 0, v[5] ?? 0];
}

/** Collects the animations of one update; `settled` resolves when all have finished or were interrupted. */
export class ChartMotion implements JoinObserver {
  private readonly running: Animation[] = [];
  /** Animations this module started, by element and property, so a newer update can take over mid-move. */
  private static active = new WeakMap<Element, Map<string, Animation>>();

  private start(el: Element, property: string, frames: Keyframe[]): void {
    let byProp = ChartMotion.active.get(el);
    if (!byProp) ChartMotion.active.set(el, (byProp = new Map()));
    byProp.get(property)?.cancel();
    const a = el.animate(frames, { duration: MOVE_MS, easing: EASING });
    byProp.set(property, a);
    this.running.push(a);
  }

  /** Whether this module is moving `el` on `property` right now. */
  private moving(el: Element, property: string): boolean {
    return ChartMotion.active.get(el)?.get(property)?.playState === 'running';
  }

  changed(el: Element, old: SvgNode, next: SvgNode): void {
    const o = old.attrs;
    const n = next.attrs;
    if (o.display === 'none' && n.display === undefined) {
      this.start(el, 'opacity', [{ opacity: 0 }, { opacity: 1 }]);
      return;
    }
    if (o.display === undefined && n.display === 'none') {
      this.fadeOut(el);
      return;
    }
    const to = parseTranslate(n.transform);
    if (to && o.transform !== n.transform) {
      // Points: from where the point is drawn now (mid-move when interrupted) to its new place.
      const from =
        (this.moving(el, 'transform') ? currentTranslate(el) : null) ?? parseTranslate(o.transform);
      if (from)
        this.start(el, 'transform', [
          { transform: `translate(${from[0]}px,${from[1]}px)` },
          { transform: `translate(${to[0]}px,${to[1]}px)` },
        ]);
    } else {
      // Ticks, gridlines, labels, baselines: the same shift of every coordinate, played back from the old place.
      const shift = shiftOf(o, n);
      if (shift) {
        const now = this.moving(el, 'transform') ? currentTranslate(el) : null;
        const [dx, dy] = [(now?.[0] ?? 0) - shift[0], (now?.[1] ?? 0) - shift[1]];
        this.start(el, 'transform', [
          { transform: `translate(${dx}px,${dy}px)` },
          { transform: 'translate(0px,0px)' },
        ]);
      }
    }
    const [od, nd] = [o.d, n.d];
    if (od !== undefined && nd !== undefined && od !== nd && el.classList.contains('line')) {
      const from = this.moving(el, 'd')
        ? getComputedStyle(el).getPropertyValue('d')
        : `path("${od}")`;
      if (pathShape(from.replace(/^path\("|"\)$/g, '')) === pathShape(nd))
        this.start(el, 'd', [{ d: from }, { d: `path("${nd}")` }]);
    }
  }

  /**
   * A series being hidden is already display="none"; a copy without identity (no data-*, no id,
   * no series or point classes, so neither tooltips nor selectors find it) fades out in its place
   * and is removed. The next join removes it too if it is still there (it is bound to no node).
   */
  private fadeOut(el: Element): void {
    const ghost = el.cloneNode(true) as Element;
    ghost.removeAttribute('display');
    for (const e of [ghost, ...ghost.querySelectorAll('*')]) {
      for (const a of [...e.attributes])
        if (a.name.startsWith('data-') || a.name === 'id') e.removeAttribute(a.name);
      if (e !== ghost) e.removeAttribute('class');
    }
    ghost.setAttribute(
      'class',
      `ghost ${[...el.classList].filter((c) => c.startsWith('c-')).join(' ')}`,
    );
    ghost.setAttribute('aria-hidden', 'true');
    el.after(ghost);
    const a = ghost.animate([{ opacity: 1 }, { opacity: 0 }], {
      duration: MOVE_MS,
      easing: EASING,
    });
    a.finished.finally(() => ghost.remove()).catch(() => undefined);
    this.running.push(a);
  }

  entered(el: Element): void {
    this.start(el, 'opacity', [{ opacity: 0 }, { opacity: 1 }]);
  }

  /** Resolves when every animation of this update has finished or was cancelled by a newer one. */
  settled(): Promise<unknown> {
    return Promise.allSettled(this.running.map((a) => a.finished));
  }
}

/** Whether the reader asked for reduced motion (then every change is instant). */
export function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
