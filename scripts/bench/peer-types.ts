/** One point as the peer benchmarks draw it: both x quantities, so the x switch needs no lookup. */
export interface PeerPoint {
  flops: number;
  params: number;
  y: number;
  model: string;
}

/** The data the peer benchmarks draw: the largest panel's series from the site's own panel bundle, injected by scripts/bench.ts. */
export interface PeerSeries {
  name: string;
  color: string;
  points: PeerPoint[];
}

/** The three interactions the benchmark times, the same for every library. */
export type Interaction = 'highlight' | 'series' | 'x';

/** What each peer entry exposes on window: draw once, then the three updates our chart offers. */
export interface PeerApi {
  /** Draws the chart into `target` at `width` × `height` CSS pixels (the size our chart has on its page). */
  draw(target: HTMLElement, series: PeerSeries[], width: number, height: number): void;
  /** Emphasises one model's points (drawn larger), or none. */
  highlight(model: string | null): void;
  /** Hides a shown series or shows a hidden one. */
  toggleSeries(name: string): void;
  /** Puts training FLOPs or parameters on the x axis. */
  setX(x: 'flops' | 'params'): void;
}
