/** The deck format's version and size limit, on their own so "Add to deck" loads nothing else of it. */

/** Version written in `d`; readers accept it and every older version through migrations. */
export const DECK_VERSION = 1;

/** Most slides a deck keeps; the rest are left out and reported. */
export const MAX_SLIDES = 100;
