/**
 * A Vite plugin serving `virtual:series-colours.css`: the series colour classes (.c-gpt3, .c-cat0,
 * …) generated from the family registry at build time (src/lib/chart/series-css.ts), so no
 * stylesheet repeats the palette by hand.
 */
// Imported natively by astro.config.mjs (Node strips the types), so every module on this path
// imports with its .ts extension; an extensionless import would push Astro into loading the
// config through Vite, whose module runner is closed by the time integrations run.
import { seriesColourCss } from '../src/lib/chart/series-css.ts';

const ID = 'virtual:series-colours.css';
// Resolved to a path-like id ending in .css so Vite's CSS pipeline bundles it like any stylesheet.
const RESOLVED = '/__series-colours.css';

/** @returns {import('vite').Plugin} */
export default function seriesColours() {
  return {
    name: 'series-colours',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      return id === RESOLVED ? seriesColourCss() : undefined;
    },
  };
}
