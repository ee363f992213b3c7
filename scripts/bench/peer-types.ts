/** The data the peer benchmarks draw: fig7a's series, injected by scripts/bench.ts. */
export interface PeerSeries {
  name: string;
  color: string;
  points: { x: number; y: number }[];
}

/** What each peer entry exposes on window: draw once, then re-render with a highlighted series (or none). */
export interface PeerApi {
  draw(target: HTMLElement, series: PeerSeries[]): void;
  highlight(name: string | null): void;
}
