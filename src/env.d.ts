declare namespace App {
  interface Locals {
    /** Counts glossary terms rendered on the current page, for unique tooltip ids. */
    termCount?: number;
  }
}

/** Series colour classes generated from the family registry (scripts/vite-series-colours.mjs). */
declare module 'virtual:series-colours.css';
