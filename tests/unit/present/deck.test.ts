import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  clampPosition,
  cleanText,
  deckChartIds,
  MAX_ISSUES,
  MAX_SUBTITLE,
  MAX_TITLE,
  nextPosition,
  parseDeck,
  previousPosition,
  serializeDeck,
  stepCount,
  viewAtStep,
  type Deck,
  type DeckCatalog,
  type DeckChartInfo,
  type Slide,
} from '../../../src/lib/present/deck';
import { MAX_SLIDES } from '../../../src/lib/present/limits';
import { defaultUrlState, isValidState } from '../../../src/lib/state/url-state';

/** A hand-made catalog: a line chart with both switches and families, a bar chart with nothing to switch. */
const LINE: DeckChartInfo = {
  caps: {
    xOptions: ['flops', 'params'],
    yOptions: ['linear', 'log'],
    seriesNames: ['LaMDA', 'GPT-3', 'No chain of thought', 'PaLM'],
    modelIds: ['lamda-137b', 'gpt-3-13b', 'palm-540b'],
  },
  defaults: {
    x: 'flops',
    y: 'linear',
    series: ['LaMDA', 'GPT-3', 'No chain of thought', 'PaLM'],
    highlight: null,
  },
  predictFamilies: ['GPT-3', 'LaMDA'],
};
const BARS: DeckChartInfo = {
  caps: {
    xOptions: [],
    yOptions: ['linear'],
    seriesNames: ['Emergent with PaLM', 'Flat (no model better than random)'],
    modelIds: [],
  },
  defaults: {
    x: 'native',
    y: 'linear',
    series: ['Emergent with PaLM', 'Flat (no model better than random)'],
    highlight: null,
  },
  predictFamilies: [],
};
const CATALOG: DeckCatalog = new Map([
  ['fig2a', LINE],
  ['fig8', BARS],
]);

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '__proto__',
  'constructor',
  '\u202e\u0000😀',
  '~~~',
  '%',
  '&s=fig2a',
  'a'.repeat(3000),
  '',
];

/** Generates a view of a chart that its capabilities allow. */
function viewArb(info: DeckChartInfo): fc.Arbitrary<Slide & { kind: 'chart' }> {
  const x = info.caps.xOptions.length
    ? fc.constantFrom(...info.caps.xOptions)
    : fc.constant(info.defaults.x);
  return fc
    .record({
      x,
      y: fc.constantFrom(...info.caps.yOptions),
      series: fc.subarray(info.caps.seriesNames),
      highlight: fc.option(
        fc.constantFrom(...(info.caps.modelIds.length ? info.caps.modelIds : ['none'])),
        { nil: null },
      ),
    })
    .map((v) => ({
      ...v,
      highlight: info.caps.modelIds.includes(v.highlight ?? '') ? v.highlight : null,
    }))
    .map((view) => ({
      kind: 'chart' as const,
      chart: { chart: '', view },
      build: { kind: 'none' as const },
    }));
}

/** Generates a valid slide of the catalog. */
const slideArb: fc.Arbitrary<Slide> = fc.oneof(
  fc
    .record({ title: fc.string({ maxLength: 200 }), subtitle: fc.string({ maxLength: 400 }) })
    .map(({ title, subtitle }) => ({
      kind: 'title' as const,
      title: cleanText(title, MAX_TITLE).text,
      subtitle: cleanText(subtitle, MAX_SUBTITLE).text,
    }))
    .filter((s) => s.title !== '' || s.subtitle !== ''),
  fc
    .tuple(fc.constantFrom('fig2a', 'fig8'), fc.nat(), fc.boolean())
    .chain(([id, seed, shuffle]) => {
      const info = CATALOG.get(id)!;
      return viewArb(info).map((s): Slide => {
        const builds = [
          { kind: 'none' as const },
          { kind: 'series' as const },
          ...(id === 'fig2a'
            ? [
                { kind: 'x' as const },
                {
                  kind: 'predict' as const,
                  family: seed % 2 ? 'LaMDA' : null,
                  cutoff: seed % 3 ? 'gpt-3-13b' : null,
                },
              ]
            : []),
        ];
        const build = builds[seed % builds.length]!;
        // Only a series build keeps a chosen order; other slides list series in the chart's order.
        const series =
          build.kind === 'series' && shuffle
            ? [...s.chart.view.series].reverse()
            : s.chart.view.series;
        return { kind: 'chart', chart: { chart: id, view: { ...s.chart.view, series } }, build };
      });
    }),
  fc.tuple(viewArb(LINE), viewArb(BARS)).map(([a, b]): Slide => ({
    kind: 'pair',
    charts: [
      { chart: 'fig2a', view: a.chart.view },
      { chart: 'fig8', view: b.chart.view },
    ],
  })),
);

describe('serializeDeck / parseDeck', () => {
  it('parseDeck(serializeDeck(deck)) returns the deck, with no issues (generated decks)', () => {
    fc.assert(
      fc.property(fc.array(slideArb, { maxLength: 12 }), fc.nat(), (slides, at) => {
        const deck: Deck = { slides };
        const slide = slides.length ? at % slides.length : 0;
        const query = serializeDeck(deck, CATALOG, slide);
        const parsed = parseDeck(query, CATALOG);
        expect(parsed.issues).toEqual([]);
        expect(parsed.deck).toEqual(deck);
        expect(parsed.slide).toBe(slide);
        // Short: values equal to a chart's defaults are not written.
        expect(query).not.toMatch(/[?&](view|theme|controls|size|labels|height)=/);
      }),
      { numRuns: 300 },
    );
  });

  it('serializeDeck writes the documented format', () => {
    const deck: Deck = {
      slides: [
        { kind: 'title', title: 'Emergence', subtitle: '' },
        {
          kind: 'chart',
          chart: {
            chart: 'fig2a',
            view: { ...LINE.defaults, x: 'params', series: ['PaLM', 'GPT-3'] },
          },
          build: { kind: 'series' },
        },
        {
          kind: 'pair',
          charts: [
            { chart: 'fig2a', view: LINE.defaults },
            { chart: 'fig8', view: BARS.defaults },
          ],
        },
      ],
    };
    expect(serializeDeck(deck, CATALOG, 1)).toBe(
      '?d=1&s=title&t=Emergence&s=fig2a&x=params&series=PaLM~GPT-3&b=series&s=fig2a&with=fig8&slide=2',
    );
  });

  it('parseDeck never throws, and keeps only valid slides, however hostile the query (generated)', () => {
    const key = fc.constantFrom(
      's',
      'with',
      'x',
      'y',
      'series',
      'highlight',
      'b',
      't',
      'sub',
      'fam',
      'cut',
      'd',
      'slide',
      'view',
      'theme',
      '__proto__',
      'constructor',
      'zz',
    );
    const value = fc.oneof(
      fc.constantFrom(
        'fig2a',
        'fig8',
        'title',
        'fig99',
        'params',
        'log',
        'series',
        'predict',
        'x',
        'LaMDA~PaLM',
        'palm-540b',
        '3',
        ...HOSTILE,
      ),
      fc.string({ maxLength: 60 }),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 60 }), (pairs) => {
        const query = `?${new URLSearchParams(pairs).toString()}`;
        const { deck, slide, issues } = parseDeck(query, CATALOG);
        expect(deck.slides.length).toBeLessThanOrEqual(MAX_SLIDES);
        expect(issues.length).toBeLessThanOrEqual(MAX_ISSUES);
        expect(slide).toBeGreaterThanOrEqual(0);
        expect(slide).toBeLessThan(Math.max(1, deck.slides.length));
        for (const s of deck.slides) {
          if (s.kind === 'title') {
            expect([...s.title].length).toBeLessThanOrEqual(MAX_TITLE);
            expect([...s.subtitle].length).toBeLessThanOrEqual(MAX_SUBTITLE);
            expect(s.title + s.subtitle).not.toMatch(/[\u0000-\u001f\u202a-\u202e\u2066-\u2069]/);
            continue;
          }
          for (const c of s.kind === 'chart' ? [s.chart] : s.charts) {
            const info = CATALOG.get(c.chart)!;
            expect(info).toBeDefined();
            expect(
              isValidState(
                { ...defaultUrlState(info.defaults), ...c.view },
                info.caps,
                defaultUrlState(info.defaults),
              ),
            ).toBe(true);
          }
          if (s.kind === 'chart' && s.build.kind === 'x')
            expect(CATALOG.get(s.chart.chart)!.caps.xOptions).toContain('params');
        }
        // Whatever was read writes back to a link that reads the same, without issues.
        const again = parseDeck(serializeDeck(deck, CATALOG), CATALOG);
        expect(again.deck).toEqual(deck);
        expect(again.issues).toEqual([]);
      }),
      { numRuns: 500 },
    );
    for (const raw of [
      '',
      '?',
      '%',
      '?&&&',
      '?s',
      '?s=',
      '?=x',
      '?d=1&s=%E0%A4%A',
      '\u0000',
      '?'.repeat(1000),
    ])
      expect(() => parseDeck(raw, CATALOG)).not.toThrow();
  });

  it('parseDeck(10,000 slides) keeps the first MAX_SLIDES and reports the rest in one issue', () => {
    const { deck, issues } = parseDeck(`?d=1${'&s=fig2a&x=params'.repeat(10_000)}`, CATALOG);
    expect(deck.slides).toHaveLength(MAX_SLIDES);
    expect(issues).toEqual([
      {
        param: 's',
        rawValue: '9900 more slides',
        reason: `a deck holds at most ${MAX_SLIDES} slides; the rest were left out`,
      },
    ]);
  });

  it('parseDeck leaves out unknown charts and reports each, keeping the slides around them', () => {
    const { deck, issues } = parseDeck('?d=1&s=fig2a&s=fig99&x=params&s=<b>&s=fig8', CATALOG);
    expect(deck.slides.map((s) => (s.kind === 'chart' ? s.chart.chart : s.kind))).toEqual([
      'fig2a',
      'fig8',
    ]);
    expect(issues.map((i) => i.param)).toEqual(['slide 2: s', 'slide 3: s']);
    expect(issues[1]!.rawValue).toBe('<b>');
  });

  it('parseDeck reads a broken view as the chart page does: bad values fall back and are reported per slide', () => {
    const { deck, issues } = parseDeck(
      '?s=fig2a&x=warp&series=GPT-3~Nope&y=log&highlight=who&b=x&s=fig8&b=x&y=log',
      CATALOG,
    );
    expect(deck.slides[0]).toEqual({
      kind: 'chart',
      chart: { chart: 'fig2a', view: { ...LINE.defaults, y: 'log', series: ['GPT-3'] } },
      build: { kind: 'x' },
    });
    expect(deck.slides[1]).toEqual({
      kind: 'chart',
      chart: { chart: 'fig8', view: BARS.defaults },
      build: { kind: 'none' },
    });
    expect(issues.map((i) => i.param)).toEqual([
      'slide 1: x',
      'slide 1: series',
      'slide 1: highlight',
      'slide 2: y',
      'slide 2: b',
    ]);
  });

  it('parseDeck keeps title text as plain text: markup stays literal, control and bidi characters go, length is capped', () => {
    const title = `<img src=x onerror="alert(1)">\u202e\u0000 evil\n\tline`;
    const { deck, issues } = parseDeck(
      `?s=title&t=${encodeURIComponent(title)}&sub=${'y'.repeat(MAX_SUBTITLE + 50)}`,
      CATALOG,
    );
    const slide = deck.slides[0];
    expect(slide?.kind).toBe('title');
    if (slide?.kind !== 'title') return;
    expect(slide.title).toBe('<img src=x onerror="alert(1)"> evil line');
    expect([...slide.subtitle]).toHaveLength(MAX_SUBTITLE);
    expect(slide.subtitle.endsWith('…')).toBe(true);
    expect(issues.map((i) => i.param)).toEqual(['slide 1: sub']);
    expect(parseDeck('?s=title&t=%20%0A', CATALOG).deck.slides).toEqual([]);
  });

  it('parseDeck applies the chart-view and deck migrations', () => {
    const { deck, issues } = parseDeck(
      '?s=fig2a&families=PaLM~LaMDA&xaxis=size&build=families',
      CATALOG,
    );
    expect(issues).toEqual([]);
    expect(deck.slides[0]).toEqual({
      kind: 'chart',
      chart: { chart: 'fig2a', view: { ...LINE.defaults, x: 'params', series: ['PaLM', 'LaMDA'] } },
      build: { kind: 'series' },
    });
    // Each slide's renames stay in that slide (a rename must not move a parameter to another slide).
    const two = parseDeck(
      '?s=fig2a&build=scale&s=fig2a&b=series&s=fig8&families=Emergent+with+PaLM',
      CATALOG,
    );
    expect(two.issues).toEqual([]);
    expect(two.deck.slides.map((s) => (s.kind === 'chart' ? s.build.kind : ''))).toEqual([
      'x',
      'series',
      'none',
    ]);
    expect(two.deck.slides[2]).toMatchObject({
      chart: { view: { series: ['Emergent with PaLM'] } },
    });
  });

  it('parseDeck reports an unknown version, parameters outside a slide, a third chart, and a bad slide number', () => {
    const { deck, slide, issues } = parseDeck(
      '?d=9&x=params&s=fig2a&with=fig8&with=fig2a&slide=7',
      CATALOG,
    );
    expect(deck.slides).toHaveLength(1);
    expect(slide).toBe(0);
    expect(issues.map((i) => i.param)).toEqual(['d', 'x', 'with', 'slide']);
    // The page's own parameters are not the deck's, wherever they stand.
    expect(parseDeck('?theme=dark&s=fig2a&speaker=1&slide=1', CATALOG).issues).toEqual([]);
  });
});

describe('builds and positions', () => {
  const series: Slide = {
    kind: 'chart',
    chart: { chart: 'fig2a', view: { ...LINE.defaults, series: ['PaLM', 'LaMDA', 'GPT-3'] } },
    build: { kind: 'series' },
  };
  const deck: Deck = {
    slides: [
      { kind: 'title', title: 'T', subtitle: '' },
      series,
      { kind: 'chart', chart: { chart: 'fig2a', view: LINE.defaults }, build: { kind: 'x' } },
    ],
  };

  it('stepCount(slide) is one per series, three for predict, two for the x switch, else one', () => {
    expect(deck.slides.map(stepCount)).toEqual([1, 3, 2]);
    expect(
      stepCount({
        kind: 'chart',
        chart: series.kind === 'chart' ? series.chart : { chart: '', view: LINE.defaults },
        build: { kind: 'predict', family: null, cutoff: null },
      }),
    ).toBe(3);
  });

  it('viewAtStep(slide, step) adds series in the chosen order and switches x from FLOPs to parameters', () => {
    if (series.kind !== 'chart' || deck.slides[2]?.kind !== 'chart') throw new Error('fixture');
    expect([0, 1, 2].map((s) => viewAtStep(series, s).series)).toEqual([
      ['PaLM'],
      ['PaLM', 'LaMDA'],
      ['PaLM', 'LaMDA', 'GPT-3'],
    ]);
    expect([0, 1].map((s) => viewAtStep(deck.slides[2] as Slide & { kind: 'chart' }, s).x)).toEqual(
      ['flops', 'params'],
    );
  });

  it('nextPosition and previousPosition go through a build before changing slide, and stop at the ends', () => {
    const walk: string[] = [];
    let at = { slide: 0, step: 0 };
    for (let i = 0; i < 8; i++) {
      walk.push(`${at.slide}.${at.step}`);
      at = nextPosition(deck, at);
    }
    expect(walk).toEqual(['0.0', '1.0', '1.1', '1.2', '2.0', '2.1', '2.1', '2.1']);
    expect(previousPosition(deck, { slide: 2, step: 0 })).toEqual({ slide: 1, step: 2 });
    expect(previousPosition(deck, { slide: 0, step: 0 })).toEqual({ slide: 0, step: 0 });
    expect(clampPosition(deck, { slide: 99, step: 99 })).toEqual({ slide: 2, step: 1 });
    expect(clampPosition(deck, { slide: Number.NaN, step: -4 })).toEqual({ slide: 0, step: 0 });
  });

  it('deckChartIds(deck) lists each chart once, in order of use', () => {
    expect(
      deckChartIds({
        slides: [
          ...deck.slides,
          {
            kind: 'pair',
            charts: [
              { chart: 'fig8', view: BARS.defaults },
              { chart: 'fig2a', view: LINE.defaults },
            ],
          },
        ],
      }),
    ).toEqual(['fig2a', 'fig8']);
  });
});
