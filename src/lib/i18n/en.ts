/**
 * The English interface dictionary: every string the site's interface prints, in namespaces.
 *
 * This is the shape master: src/lib/i18n/zh.ts is typed against `Dictionary` (below), so a key
 * missing there, or one too many, is a type error, and tests/unit/i18n/dictionaries.test.ts checks
 * the same at run time (same key paths, none empty). Strings may hold `{name}` placeholders, which
 * t() (src/lib/i18n/t.ts) fills from its `vars`.
 *
 * Build-time code reads it with t() or dictionary() (src/lib/i18n/t.ts). Each namespace is also
 * its own named export, so the chart model, which runs in the browser too, takes only the
 * namespaces it names (src/lib/i18n/namespaces.ts) and the bundler leaves the rest out; islands
 * get any other words from their page.
 *
 * A few namespaces translate text printed in the paper's figures or data (axisTitles,
 * referenceNames, metricNames, bigbenchCategories): they are keyed by the printed English, and
 * their English side is that printed text, so the Chinese side lists what must be translated.
 */

/** The site's frame: header, footer, skip link, theme switch, language switch, shared words. */
export const ui = {
  siteName: 'Emergent Abilities Explorer',
  nav: {
    label: 'Main',
    paper: 'Paper',
    figures: 'Figures',
    data: 'Data',
    about: 'About',
    search: 'Search',
  },
  skip: 'Skip to content',
  theme: {
    toggle: 'Toggle dark theme',
    dark: 'Dark',
    light: 'Light',
  },
  lang: {
    switch: '中文',
    switchLabel: 'Read this page in Chinese',
  },
  footer: {
    paper: 'The paper',
    data: "Every number on this site was extracted from the vector figures of the arXiv v2 PDF by the project's own script; see the Data page.",
    licence: 'Text and code: MIT licence. The paper and its figures belong to their authors.',
    more: 'More pages',
    glossary: 'Glossary',
    references: 'References',
    dataNotes: 'Data notes',
    present: 'Present the charts',
  },
  notFound: {
    title: 'Page not found',
    text: 'There is no page at this address. It may have moved, or the link may be mistyped.',
    home: 'Home',
  },
  /** After a label (labelColon in t.ts): full-width in Chinese, where no space follows it. */
  colon: ': ',
  /** Between the items of an inline list. */
  listSeparator: ', ',
  figure: 'Figure {n}',
  /** A lettered panel as printed (panelLabel in src/site/datasets.ts): "Figure 2A". */
  figurePanel: 'Figure {n}{panel}',
  /** A panel of a figure laid out as a grid of charts. */
  figureCell: 'Figure {n} (row {row}, column {col})',
  backToSite: 'Back to the site',
};

/** Words used inside charts, tooltips and chart controls (shipped to the browser). */
export const chart = {
  flops: 'Training FLOPs',
  params: 'Parameters',
  source: 'Source',
  /** Between a label and its value in tooltips. */
  colon: ': ',
  figure: 'Figure',
  panel: 'panel',
  xFlopsTitle: 'Model scale (training FLOPs)',
  xParamsTitle: 'Model scale (number of parameters)',
  emergesAt: 'Table 1: emerges at',
  series: 'series',
  points: 'points',
  chartOf: 'Chart of',
  against: 'against',
  value: 'Value',
  model: 'Model',
  count: 'Tasks',
};

/** Axis titles as printed in the figures (localizeAxisTitle in chart-strings.ts). */
export const axisTitles = {
  'Accuracy (%)': 'Accuracy (%)',
  'Exact match (%)': 'Exact match (%)',
  'BLEU (%)': 'BLEU (%)',
  'Model scale (training FLOPs)': 'Model scale (training FLOPs)',
  'Model scale (number of parameters)': 'Model scale (number of parameters)',
  'Training FLOPs': 'Training FLOPs',
  'Number of parameters': 'Number of parameters',
  'Cross-entropy loss': 'Cross-entropy loss',
  'Error rate (%)': 'Error rate (%)',
  'Evaluation metric (%)': 'Evaluation metric (%)',
  'Number of tasks': 'Number of tasks',
  'Model parameters': 'Model parameters',
  'WikiText103 ppl': 'WikiText103 ppl',
  'Neg. log probability': 'Neg. log probability',
  'GSM8K Accuracy (%)': 'GSM8K Accuracy (%)',
  '10 NLU task average': '10 NLU task average',
  '% ECE (log-scale, decreasing)': '% ECE (log-scale, decreasing)',
  'VQA accuracy (%)': 'VQA accuracy (%)',
  'Performance of largest model': 'Performance of largest model',
  'Performance of second-largest model': 'Performance of second-largest model',
};

/** Reference lines and series named in the figures, as printed (localizeReferenceName). */
export const referenceNames = {
  Random: 'Random',
  'Random performance (25%)': 'Random performance (25%)',
  'Prior SOTA (pretrain–finetune)': 'Prior SOTA (pretrain–finetune)',
};

/** Labels of chart controls. */
export const controls = {
  legend: 'Series (press to show or hide)',
  loadError:
    'The chart data could not be loaded, so the view was not changed. Check the connection and try again.',
  xAxis: 'X axis',
  yAxis: 'Y axis',
  flops: 'FLOPs',
  params: 'Parameters',
  linear: 'Linear',
  log: 'Log',
  display: 'Display',
  chart: 'Chart',
  table: 'Table',
  dataTable: 'Data table',
  keyboardHint:
    'Interactive chart. Use the arrow keys to move between points: left and right along a series, up and down across series. Escape closes the details.',
  openChart: 'Open this chart',
  series: 'Series',
  model: 'Model',
  sortBy: 'Sort by',
  options: 'Options',
};

/** The share menu of a chart and the notice of ignored link parameters. */
export const share = {
  share: 'Share',
  copyLink: 'Copy link',
  nativeShare: 'Share…',
  copyEmbed: 'Copy embed code',
  copyImage: 'Copy image',
  copied: 'Copied to the clipboard.',
  failed: 'That did not work',
  downloadImage: 'Download image',
  format: 'Format',
  size: 'Size',
  theme: 'Theme',
  light: 'Light',
  dark: 'Dark',
  transparent: 'Transparent background',
  download: 'Download',
  downloaded: 'Download started.',
  data: 'Data',
  cite: 'Cite',
  thePaper: 'The paper',
  thisView: 'This chart view',
  bibtexForView: "BibTeX for this view (with its link and today's date)",
  copyBibtex: 'Copy BibTeX',
  copyApa: 'Copy APA',
  sizes: {
    '1x': '1× (672 px wide)',
    '2x': '2× (1344 px wide)',
    '1920x1080': 'Slide 16:9, 1920 × 1080',
    '1280x720': 'Slide 16:9, 1280 × 720',
    '1600x1200': 'Slide 4:3, 1600 × 1200',
    '1080x1080': 'Square post, 1080 × 1080',
  },
  directLabels: 'Series names on the lines',
  pptx: 'PowerPoint (.pptx), editable chart',
  embed: 'Embed',
  embedKind: 'Kind',
  embedKinds: {
    fixed: 'Fixed box (slides)',
    auto: 'Auto height (articles)',
    markdown: 'Image + link (Markdown)',
    html: 'Image + link (HTML)',
  },
  embedNote: 'Image + link shows the chart as published; the link opens this view.',
  noticeTitle: 'Some parts of this link could not be used, so the chart shows their defaults:',
  dismiss: 'Dismiss',
};

/**
 * /present/, its speaker view and /present/edit/. The pages hand the whole namespace to their
 * islands as JSON (data-strings), so it holds only what those pages and islands print.
 */
export const present = {
  title: 'Present',
  description:
    'Present the paper’s charts full screen: decks built from chart links, step-by-step builds, speaker view, print to PDF.',
  heading: 'Slides',
  noscript:
    'This list is the sample deck. A deck link is read by JavaScript, which is off: the slides below are the sample deck, not the one in the link.',
  previous: 'Previous',
  next: 'Next',
  fullscreen: 'Full screen (F)',
  speaker: 'Speaker view (S)',
  edit: 'Edit deck',
  print: 'Print / PDF',
  pptx: 'PowerPoint (.pptx)',
  pptxFailed: 'The PowerPoint file could not be made:',
  counter: 'Slide {n} of {total}',
  step: 'step {n} of {total}',
  noticeTitle: 'Some parts of this deck link could not be used; the other slides are shown:',
  dismiss: 'Dismiss',
  empty: 'This deck has no slide that can be shown.',
  loadError: 'This chart could not be loaded.',
  keys: 'Keys: → or Space next, ← previous, Home/End first/last, F full screen, S speaker view, B blank screen.',
  openChart: 'open the chart',
  /** Brackets around the chart link after the source (full-width in Chinese). */
  brackets: [' (', ')'] as const,
  speakerTitle: 'Speaker view',
  current: 'Current slide',
  upNext: 'Next slide',
  notes: 'Notes',
  end: 'End of the deck',
  timer: 'Elapsed',
  pause: 'Pause',
  resume: 'Resume',
  reset: 'Reset',
  speakerBlocked: 'The speaker view could not open: allow pop-up windows for this site.',
  titleSlide: 'Title slide',
  twoCharts: 'Two charts',
  // The deck editor.
  editTitle: 'Edit deck',
  editDescription:
    'Build a deck of the paper’s charts: add, reorder and remove slides, change their views, and copy the link.',
  editIntro:
    'Your deck is kept in this browser and in this page’s link. Add charts from any chart’s Share menu (“Add to deck”) or below.',
  editNoscript: 'The deck editor needs JavaScript.',
  addChart: 'Add a chart',
  addTitle: 'Add a title slide',
  addPair: 'Add two charts side by side',
  chart: 'Chart',
  secondChart: 'Second chart',
  titleText: 'Title',
  subtitleText: 'Subtitle',
  add: 'Add',
  up: 'Move up',
  down: 'Move down',
  remove: 'Remove',
  xAxis: 'x axis',
  yAxis: 'y axis',
  series: 'Series',
  build: 'Build',
  builds: {
    none: 'None',
    series: 'Series one at a time',
    predict: 'Predict, then reveal',
    x: 'FLOPs, then parameters',
  },
  flops: 'Training FLOPs',
  params: 'Parameters',
  linear: 'Linear',
  log: 'Log',
  deckLink: 'Deck link',
  copyLink: 'Copy link',
  copied: 'Copied to the clipboard.',
  present: 'Present this deck',
  clear: 'Remove every slide',
  noSlides: 'No slides yet.',
  full: 'The deck is full (at most {max} slides).',
  // Share menu ("Add to deck"), for the share menu's owner.
  addToDeck: 'Add to deck',
  addedToDeck: 'Added. Slides in the deck: {n}.',
  openDeck: 'Open the deck',
  /** aria-roledescription of a slide. */
  slide: 'slide',
};

/** The one credit line of every chart, figure and slide (src/lib/site/credit.ts). */
export const credit = {
  /** Followed by the arXiv id. */
  lead: 'Data: Wei et al. (2022), {label}, ',
};

/** Words written into .pptx files (the writer gets them from its caller: build code, or the share menu's button). */
export const pptx = {
  /** Speaker notes of the slide holding a picture of the chart before it. */
  pictureNote: 'Picture of the chart on the previous slide (not editable). ',
};

/** Labels of the predict-then-reveal form (build time only). */
export const predict = {
  caption: 'Predict, then reveal',
  family: 'Model family',
  cutoff: 'Fit on models up to',
  fit: 'Fit trend',
  guess: 'Your guess for the largest model',
  reveal: 'Reveal',
  reset: 'Start over',
  noScript:
    'This exercise needs JavaScript, so here the chart shows the full data, the larger models included: cover its right-hand end if you want to guess first.',
  intro:
    'The larger models are hidden. Pick a model family and the largest model you would have known about, optionally press “Fit trend” to draw the straight line through the smaller models, then type your own guess for the largest model. “Reveal” shows what it actually scored.',
};

/** What the predict-then-reveal exercise says and draws after an action (shipped to the browser). */
export const predictStatus = {
  cutoffMarker: 'Cut-off',
  trendName: 'Trend (fitted on ≤ {cutoff})',
  fitted:
    'Fitted on {n} {family} models up to {cutoff}. Extended to {largest}, the trend predicts {predicted}. Press “Reveal” to see the actual score.',
  hidden:
    '{family} models larger than {cutoff} are hidden. Enter your guess for {largest}, then press “Reveal”.',
  revealed: 'At {largest}, the trend predicted {predicted}; the model scored {actual}.',
  revealedGuess:
    'At {largest}, you guessed {guess}, the trend predicted {predicted}; the model scored {actual}.',
  revealedNoTrend: 'At {largest}, the model scored {actual}.',
  revealedNoTrendGuess: 'At {largest}, you guessed {guess}; the model scored {actual}.',
  tooFew: 'A trend needs at least two models at or below the cut-off. Choose a larger cut-off.',
  sameX:
    'All models at or below the cut-off have the same scale, so no trend can be fitted. Choose a larger cut-off.',
  resetDone: 'The larger models are hidden again.',
  loadError: 'The chart data could not be loaded. Reload the page to try again.',
};

/** Text of Figure 7's metric switch written at build time. */
export const metricSwitch = {
  legend: 'Show one metric in all three panels',
  all: 'All metrics',
  whyTitle: 'Why the metric can change the shape.',
  why: 'Exact match gives credit only when the whole answer is right, character for character. Suppose a model gets steadily better at each part of an answer as it grows, yet most of its answers still contain at least one slip: its exact-match score stays near the floor, and climbs steeply only once the parts are reliable enough for whole answers to come out right. Metrics that give partial credit can notice that progress earlier: BLEU and ROUGE count words and word sequences shared with the reference answer, and BLEURT uses a trained model to judge how close the answer is in meaning. On the same outputs they can therefore trace a smoother curve, though they need not; the switch lets you check each task.',
  noScript:
    'The metric switch needs JavaScript; each chart below shows all its metrics, and its legend lists them.',
};

/** What the metric switch announces after a choice (shipped to the browser). */
export const metricStatus = {
  showing: 'Showing {metric} in each panel.',
  showingAll: 'Showing all metrics in each panel.',
  missing: '{metric} is not reported for {panels}, so that chart is empty.',
};

/** Metric names as printed in Figure 7's legends (metricLabel in chart-strings.ts); the Chinese labels keep the printed name alongside. */
export const metricNames = {
  'Exact match': 'Exact match',
  'Multiple choice grade': 'Multiple choice grade',
  'Sequence F1': 'Sequence F1',
};

/** The explorers and the reference pages: Table 1, Appendix E, bibliography, glossary, data notes. */
export const explainer = {
  t1: {
    caption: 'Table 1: emergent abilities and the scale at which each emerges',
    kind: 'Kind',
    ability: 'Ability',
    flops: 'Emergence FLOPs',
    params: 'Parameters',
    model: 'Model',
    reference: 'Reference',
    chart: 'Chart',
    kinds: {
      'few-shot': 'Few-shot',
      augmented: 'Augmented',
    },
    many: 'Many',
    filters: 'Filter Table 1',
    filterKind: 'Kind',
    filterModel: 'Model',
    filterMin: 'FLOPs at least',
    filterMax: 'FLOPs at most',
    any: 'Any',
    all: 'All',
    reset: 'Reset filters',
    showing: 'Showing {n} of {total}',
    sortHint: 'Press a column heading to sort by it; press again to reverse.',
    openChart: 'Open chart {label}',
    stripTitle: 'Where each ability emerges',
    stripIntro:
      'Each mark is one row of Table 1, placed by the scale at which the ability emerges: training compute on top, parameters below. Both axes are logarithmic; marks with the same value stack upwards. Rows hidden by the filters fade. The "Many BIG-Bench tasks" row has no single scale and is not drawn.',
    stripFlops: 'Training FLOPs at emergence',
    stripParams: 'Parameters at emergence',
    stripLabel:
      'Strip chart of the Table 1 abilities by emergence FLOPs and by parameters, coloured by model family. The table lists the same values.',
    legend: 'Model families',
  },
  bb: {
    search: 'Search task names',
    searchHint: 'Underscores and spaces are treated alike.',
    categories: 'Categories',
    match: '{n} tasks match',
    matchOne: '1 task matches',
    tasks: '{n} tasks',
    tasksOf: '{n} of {total} tasks',
    palm62b: 'Appendix F: emergent with PaLM 62B but not with GPT-3 175B or LaMDA 137B',
    fig8Title: 'How Figure 8 relates to these categories',
    fig8: 'Figure 8 has one bar per BIG-bench keyword (only keywords attached to at least five tasks) and counts the tasks of E.1–E.4 that carry it; a task with several keywords adds to several bars, so the bars add up to more than the number of tasks. Each bar is split by category: {stacks}. E.5 ("Other") is left out of the figure.',
    fig8Link: 'Open Figure 8',
    inFig8: 'Figure 8 segment: “{stack}”',
    notInFig8: 'Not in Figure 8',
  },
  ref: {
    title: 'References',
    intro:
      'Every work the paper cites in Table 1 and in the figures, sorted by first author. Each entry says where it is cited; the links go to arXiv, the DOI or the address printed in the paper.',
    citedBy: 'cited in',
    self: 'this paper',
    table1: 'Table 1',
    figure: 'Figure {n}',
    citedAs: 'Cited as',
  },
  gl: {
    title: 'Glossary',
    intro:
      'The terms the explainer uses, with short definitions. Dotted links in the text lead here.',
  },
  dn: {
    title: 'Where the sources disagree',
    intro1:
      'While extracting the numbers from the paper, the script compared each value with every other place it appears: the same model in another figure, the same threshold in Table 1, the same result in the cited paper. Most agree. The {n} notes below are the ones that do not.',
    intro2:
      'We list them instead of quietly picking one value. A reader checking a number should see that two printed sources differ and by how much; a silent correction would make our charts look more precise than the paper is, and would hide the choice we made. Each note gives both values, the size of the gap and where the comparison comes from, so you can judge whether it matters for the point being made.',
    kinds: 'Kinds of disagreement',
    values: 'Values compared',
    gap: 'Gap',
    gapValue: '{abs} ({rel})',
    source: 'Source',
    charts: 'Charts',
    model: 'Model',
    count: '{n} notes',
    countOne: '1 note',
  },
};

/**
 * The Appendix E categories, by id. The English side is the text of content/data/bigbench-tasks.json
 * as printed (a unit test keeps the two equal); the page shows the data file's text in English.
 */
export const bigbenchCategories = {
  'E.1': {
    title: 'Smoothly increasing',
    description: 'Performance improves predictably as models get bigger; no sudden jump.',
  },
  'E.2': {
    title: 'Emergent with GPT-3 or LaMDA',
    description: 'Near-random until LaMDA 137B or GPT-3 175B, then clearly above random.',
  },
  'E.3': {
    title: 'Emergent wih PaLM',
    description:
      'Near-random for every LaMDA and GPT-3 size; above random only with a PaLM model (8B, 62B or 540B).',
  },
  'E.4': {
    title: 'Flat (no model better than random)',
    description: 'No model tested does better than random: candidates for future emergence.',
  },
  'E.5': {
    title: 'Other',
    description:
      'Left out of Figure 8: no scale trend, worse with scale, too few examples, incomplete evaluations, or unclear.',
  },
};

/** The kinds of data notes (content/data/data-notes.json), with what each means. */
export const noteKinds = {
  'flops-mismatch': {
    title: 'Table 1 FLOPs vs. the figures',
    about:
      'Table 1 gives a training compute for a model that differs from where the figures draw that model.',
  },
  'reference-mismatch': {
    title: 'Figure vs. the cited paper',
    about: 'A value drawn in a figure differs from the number printed in the paper it comes from.',
  },
  'value-differs': {
    title: 'Same result, two figures',
    about: 'The same model on the same task is drawn at different heights in two figures.',
  },
  'model-x-differs': {
    title: 'Same model, different positions',
    about: 'One model is drawn at different training FLOPs (or parameters) in different panels.',
  },
  'model-missing': {
    title: 'Point without a twin',
    about: 'A point drawn in one figure has no counterpart in the figure that should repeat it.',
  },
  'model-unmatched': {
    title: 'Point without a known model',
    about: 'A point sits at a scale that matches no model size drawn elsewhere.',
  },
  'tick-off-position': {
    title: 'Tick label off its position',
    about:
      'An axis tick label does not sit where its value falls on the axis, judged from the other ticks.',
  },
  'axis-scale-differs': {
    title: 'Neighbouring panels, different scales',
    about: 'Panels that look alike use different axis scales (log vs. linear).',
  },
  'label-suspect': {
    title: 'A label that may be swapped',
    about:
      'The drawing and the text suggest two labels may have been exchanged; the data are kept as printed and both readings are given.',
  },
};

/** Text of the site's pages and page components that has no namespace of its own. */
export const pages = {
  home: {
    kicker: 'An interactive companion to',
    summary:
      "Wei and colleagues collected dozens of cases where a language model's ability to do a task stays at chance level as models grow, then rises sharply once the model passes a certain scale. They call these abilities emergent: they cannot be predicted by extrapolating from smaller models. The paper's headline figure draws on five model families (LaMDA, GPT-3, Gopher, Chinchilla and PaLM) and its Table 1 adds others, such as FLAN, T5 and Anthropic's models. It shows that prompting techniques such as chain of thought also only help past a threshold, and it discusses why this might happen, when smaller models can catch up, and what it means for the field.",
    claim: 'The central claim',
    claimText:
      'Some abilities of language models are not predictable from smaller models: performance sits at chance across many model sizes, then jumps once training compute passes a threshold. Figure 2 shows eight such tasks; each line is one model family.',
    families: 'Five model families',
    sections: 'Read the paper, section by section',
    next: 'Where to go next',
    explainer: 'Read the explainer',
    explainerText: 'The whole paper in plain words, section by section.',
    figures: 'Explore the figures',
    figuresText: "Every data figure, redrawn from the paper's own numbers.",
    data: 'Get the data',
    dataText: 'JSON and CSV files with the provenance of every point.',
  },
  paperIndex: {
    title: 'The paper, explained',
    intro:
      "Read in order, or jump to the part you need. Each page shows the paper's own data as live charts.",
  },
  paper: {
    pager: 'Previous and next',
  },
  figures: {
    title: 'All figures',
    description:
      "The paper's 12 data figures, each redrawn from numbers extracted from the paper itself.",
    intro:
      'Every data figure of the paper (Figures 2 to 13; Figure 1 is a diagram). Open one to see it laid out as in the paper, with each panel as an interactive chart.',
    panels: '{n} panels',
    panelsOne: '1 panel',
    pdfPage: 'PDF page {page}',
  },
  figure: {
    source: 'Source: Wei et al. (2022), Figure {n}, arXiv v2 PDF page {page}',
    pager: 'Previous and next figure',
  },
  figureGrid: {
    /** After the figure's title, which links to the figure page. */
    open: ' — open a panel for the large chart, its data table and controls.',
  },
  chart: {
    crumbs: 'Breadcrumb',
  },
  chartSources: {
    title: 'Source',
    extractedFrom: 'Data extracted from ',
    pdfPage: 'arXiv v2 PDF, page {page}',
    provenance:
      "Every point was read from the paper's vector drawing by the project's script and carries its provenance (figure, panel, series, model, PDF coordinates).",
    download: 'Download: ',
    allFigures: 'all figures',
    aboutData: 'about the data',
  },
  familyList: {
    /** `range` is "smallest – largest" (or empty). */
    sizes: '{n} sizes, {range} parameters',
  },
  data: {
    title: 'Data',
    description:
      "Downloads and documentation of the site's datasets, all extracted from the paper's PDF vector figures and re-derivable by script.",
    /** The introduction, before and after the command in <code>. */
    introBefore:
      "Every number on this site comes from the vector drawings in the paper's arXiv v2 PDF. The project's own script (",
    introAfter:
      ") reads each axis's ticks, maps PDF coordinates to data values and records the provenance of every point. CI re-runs the extraction and checks that it reproduces the committed files byte for byte.",
    notesLink: 'Data notes: where the paper disagrees with itself or with the papers it cites',
    files: 'Files',
    figuresFile:
      "Every panel of Figures 2–13 ({panels} panels, {points} points): axes with printed ticks, series with colour and marker, baselines, Figure 8's bar counts. Each point has x, y, its model id and the PDF coordinates it was read from.",
    modelsFile:
      'The {n} models the figures plot: family, name, parameters (read from Figures 11–13, 4, 10), every FLOPs value drawn and the charts that draw it, tokens where a source gives them.',
    abilitiesFile:
      'Table 1: the {n} emergent abilities with the scale (FLOPs, parameters) and model at which they emerge, and the charts that plot them.',
    bigbenchFile:
      'Appendix E: every BIG-bench task with its category (emergent with LaMDA/GPT-3, emergent with PaLM, smoothly increasing, flat, other).',
    referencesFile: 'The works cited by figure captions and Table 1, as CSL-JSON.',
    notesFile:
      'Every disagreement found: the paper against itself, against Table 1 and against the cited papers, with both values and the gap.',
    csvTitle: 'One CSV per panel',
    csv: 'Each panel has a CSV file with provenance columns (figure, panel, series, model, parameters, PDF page and coordinates) at ',
    csvExample: ', for example ',
    ids: 'Chart ids are permanent: ',
    idPanel: ' (figure number + panel letter), ',
    idSingle: ' (single panel), ',
    idGrid: ' (row and column of unlettered grids).',
    allCsv: 'All {n} CSV files',
    licenceTitle: 'Licence and citation',
    cite: 'The values are facts reported in the paper; cite the paper when you use them:',
    licence: 'The compilation and the extraction code are MIT-licensed.',
  },
  search: {
    title: 'Search',
    description:
      'Search the explainer pages and the charts (the index ships with the site; your query never leaves your browser).',
    intro:
      'Search the explainer and the charts. The index is built with the site and runs entirely in your browser.',
    noscript: 'Search needs JavaScript.',
  },
  about: {
    title: 'About',
  },
  embed: {
    open: 'Open in Emergent Abilities Explorer',
  },
  present: {
    /** The title slide of the sample deck. */
    sampleTitle: 'Emergent abilities of large language models',
    sampleSubtitle: 'Charts from Wei et al. (2022), redrawn from the paper’s own data',
  },
};

/** The whole English dictionary. */
export const en = {
  ui,
  chart,
  axisTitles,
  referenceNames,
  controls,
  share,
  present,
  credit,
  pptx,
  predict,
  predictStatus,
  metricSwitch,
  metricStatus,
  metricNames,
  explainer,
  bigbenchCategories,
  noteKinds,
  pages,
};

/** Every string a leaf (readonly, strings widened): the type both dictionaries have. */
type Shape<T> = T extends string ? string : { readonly [K in keyof T]: Shape<T[K]> };

/** The shape of a dictionary: the English one's namespaces and keys. */
export type Dictionary = Shape<typeof en>;
