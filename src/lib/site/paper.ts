/** Bibliographic facts about Wei et al. 2022, shown in the footer, the home page and the cite panel. */
export const PAPER = {
  title: 'Emergent Abilities of Large Language Models',
  /** All 16 authors, in the paper's order. */
  authors: [
    'Jason Wei',
    'Yi Tay',
    'Rishi Bommasani',
    'Colin Raffel',
    'Barret Zoph',
    'Sebastian Borgeaud',
    'Dani Yogatama',
    'Maarten Bosma',
    'Denny Zhou',
    'Donald Metzler',
    'Ed H. Chi',
    'Tatsunori Hashimoto',
    'Oriol Vinyals',
    'Percy Liang',
    'Jeff Dean',
    'William Fedus',
  ],
  venue: 'Transactions on Machine Learning Research',
  venueShort: 'TMLR',
  /** The journal issue as printed on the paper's pages: "Published in Transactions on Machine Learning Research (08/2022)". */
  published: '2022-08',
  year: 2022,
  arxivId: '2206.07682',
  arxivVersion: 'v2',
  arxivUrl: 'https://arxiv.org/abs/2206.07682',
  openReviewUrl: 'https://openreview.net/forum?id=yzkSU5zdwD',
} as const;

/** Site-wide name and one-line description. */
export const SITE = {
  name: 'Emergent Abilities Explorer',
  description:
    'An interactive companion to Wei et al. 2022, Emergent Abilities of Large Language Models: every figure as live data, explained in plain words.',
} as const;
