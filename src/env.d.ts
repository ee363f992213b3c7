declare namespace App {
  interface Locals {
    /** Counts glossary terms rendered on the current page, for unique tooltip ids. */
    termCount?: number;
  }
}
