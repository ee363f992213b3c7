/**
 * PowerPoint export: generates the .pptx of sample charts, unzips it and reads the chart XML,
 * the embedded workbook, the notes and the picture slide. Every expected value comes from the
 * panel data (content/data/figures.json through the dataset loader), never from the output.
 */
import { describe, it, expect } from 'vitest';
import JSZip from 'jszip';
import { MODELS, panelBundle, panelById } from '../../../src/site/datasets';
import { chartPptxFile } from '../../../src/site/pptx-files';
import { chartImagePng } from '../../../src/site/preview-images';
import { GET, getStaticPaths } from '../../../src/pages/pptx/[id].pptx';
import { CHART_IDS } from '../../../src/site/datasets';
import { bundleChartModel } from '../../../src/lib/chart/panel-bundle';
import { chartCapabilities, defaultView, type ChartView } from '../../../src/lib/chart/view';
import type { BaselineSpec, PanelSpec } from '../../../src/lib/chart/types';
import { markersFor, pptxChartOf } from '../../../src/lib/export/pptx-chart';
import { pngSize, writeDeckPptx, writePptx, type PptxPicture } from '../../../src/lib/export/pptx';
import { t } from '../../../src/lib/i18n/t';

const SITE = 'https://example.org';
const BASE = '/emergence/';

/**
 * Numbers go into the XML as JavaScript writes them, so they should come back exactly; the
 * tolerance only absorbs a decimal round trip. It is far tighter than the data tests' TOLERANCE
 * (scripts/extract/cross-checks.ts: 5 % on FLOPs, 0.05 points on accuracy), which compares the
 * PDF with other sources, not a number with its own copy.
 */
const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/** A real, tiny PNG (1×1), so tests of the chart XML need not rasterise a chart. */
const TINY_PNG: PptxPicture = {
  png: new Uint8Array(
    Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    ),
  ),
  width: 1,
  height: 1,
  note: t('en', 'pptx.pictureNote'),
};

const unescapeXml = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

interface ParsedSeries {
  name: string;
  symbol: string | null;
  dash: string | null;
  color: string | null;
  x: { ref: string; values: number[] };
  y: { ref: string; values: number[] };
}

/** A `<c:numRef>`'s formula and cached values. */
function numRef(xml: string): { ref: string; values: number[] } {
  const ref = /<c:f>([^<]*)<\/c:f>/.exec(xml)?.[1] ?? '';
  const values = [...xml.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map((m) =>
    Number(m[2]),
  );
  return { ref, values };
}

/** The series of a scatter chart as PowerPoint reads them: in c:order (the document order may differ, see pptx.ts). */
function scatterSeries(xml: string): ParsedSeries[] {
  const order = (ser: string): number => Number(/<c:order val="(\d+)"\/>/.exec(ser)?.[1]);
  const sers = [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => m[1] ?? '');
  expect(
    sers.map(order).sort((a, b) => a - b),
    'c:order is 0…n-1',
  ).toEqual(sers.map((_, i) => i));
  return sers
    .sort((a, b) => order(a) - order(b))
    .map((ser) => {
      const afterTx = ser.slice(ser.indexOf('</c:tx>'));
      return {
        name: unescapeXml(/<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser)?.[1] ?? ''),
        symbol: /<c:symbol val="([^"]+)"\/>/.exec(ser)?.[1] ?? null,
        dash: /<a:prstDash val="([^"]+)"\/>/.exec(afterTx)?.[1] ?? null,
        color: /<a:srgbClr val="([0-9A-F]{6})"\/>/.exec(afterTx)?.[1] ?? null,
        x: numRef(/<c:xVal>([\s\S]*?)<\/c:xVal>/.exec(ser)?.[1] ?? ''),
        y: numRef(/<c:yVal>([\s\S]*?)<\/c:yVal>/.exec(ser)?.[1] ?? ''),
      };
    });
}

/** The `<c:valAx>` with the given id. */
function axis(xml: string, id: string): string {
  const found = [...xml.matchAll(/<c:valAx>[\s\S]*?<\/c:valAx>/g)].find((m) =>
    m[0].includes(`<c:axId val="${id}"/>`),
  );
  if (!found) throw new Error(`no axis ${id}`);
  return found[0];
}

/** x and y axis of a scatter chart: the chart lists the x axis id first. */
function scatterAxes(xml: string): { x: string; y: string } {
  const ids =
    /<c:scatterChart>[\s\S]*<c:axId val="(\d+)"\/>\s*<c:axId val="(\d+)"\/>\s*<\/c:scatterChart>/.exec(
      xml,
    );
  expect(ids, 'scatter chart axis ids').not.toBeNull();
  return { x: axis(xml, ids?.[1] ?? ''), y: axis(xml, ids?.[2] ?? '') };
}

/** Cell values of the embedded workbook's sheet, by reference ("B7"). */
async function workbookCells(zip: JSZip): Promise<Map<string, string>> {
  const [file] = zip.file(/^ppt\/embeddings\/[^/]+\.xlsx$/);
  expect(file, 'embedded workbook').toBeDefined();
  const book = await JSZip.loadAsync(await file!.async('uint8array'));
  const sheet = await book.file('xl/worksheets/sheet1.xml')!.async('string');
  expect(sheet, 'no empty <v></v> cells').not.toContain('<v></v>');
  return new Map(
    [...sheet.matchAll(/<c r="([A-Z]+\d+)"[^>]*><v>([^<]*)<\/v><\/c>/g)].map((m) => [
      m[1] ?? '',
      m[2] ?? '',
    ]),
  );
}

/** Values of a formula range such as Sheet1!$B$7:$B$12 from the workbook. */
function rangeValues(cells: Map<string, string>, ref: string): number[] {
  const m = /^Sheet1!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(ref);
  expect(m, ref).not.toBeNull();
  const out: number[] = [];
  for (let r = Number(m![2]); r <= Number(m![4]); r++) out.push(Number(cells.get(`${m![1]}${r}`)));
  return out;
}

async function open(
  bytes: Uint8Array,
): Promise<{ zip: JSZip; chart: string; text: (path: string) => Promise<string> }> {
  const zip = await JSZip.loadAsync(bytes);
  const charts = zip.file(/^ppt\/charts\/chart\d+\.xml$/);
  expect(charts).toHaveLength(1);
  return {
    zip,
    chart: await charts[0]!.async('string'),
    text: (p) => zip.file(p)!.async('string'),
  };
}

/** Expected (x, y) pairs of a series under the default view, from the panel data, as drawable on the panel's scales. */
function expectedPoints(panel: PanelSpec, name: string): { x: number; y: number }[] {
  const s = panel.series.find((sr) => sr.name === name);
  if (!s) throw new Error(`no series ${name}`);
  return s.points
    .filter((p) => (panel.x.scale !== 'log' || p.x > 0) && (panel.y.scale !== 'log' || p.y > 0))
    .map((p) => ({ x: p.x, y: p.y }))
    .sort((a, b) => a.x - b.x);
}

const pairs = (s: ParsedSeries): { x: number; y: number }[] =>
  s.x.values.map((x, i) => ({ x, y: s.y.values[i] ?? NaN })).sort((a, b) => a.x - b.x);

function expectPointsEqual(
  actual: { x: number; y: number }[],
  expected: { x: number; y: number }[],
  label: string,
): void {
  expect(actual.length, `${label}: number of points`).toBe(expected.length);
  expected.forEach((e, i) => {
    const a = actual[i]!;
    expect(close(a.x, e.x), `${label} point ${i}: x ${a.x} vs ${e.x}`).toBe(true);
    expect(close(a.y, e.y), `${label} point ${i}: y ${a.y} vs ${e.y}`).toBe(true);
  });
}

/** Baselines drawn on a panel's y axis (Figure 9's runs along x), inside the printed range as on screen. */
function yBaselines(panel: PanelSpec): BaselineSpec[] {
  const [lo, hi] = [Math.min(...panel.y.domain), Math.max(...panel.y.domain)];
  return (panel.baselines as (BaselineSpec & { axis?: string })[]).filter(
    (b) =>
      b.axis !== 'x' && b.value >= lo && b.value <= hi && (panel.y.scale !== 'log' || b.value > 0),
  );
}

const LINE_CASES = [
  { id: 'fig2a', what: 'a line panel with log training FLOPs on x', xLog10: true },
  { id: 'fig11a', what: 'a panel with log parameters on x', xLog10: true },
  { id: 'fig3d', what: 'a panel with a reversed log y axis', xLog10: true },
  { id: 'fig4-r2c3', what: 'a panel with a reversed log x axis (perplexity)', xLog10: false },
];

describe.each(LINE_CASES)('pptx of $id ($what)', ({ id, xLog10 }) => {
  const { panel } = panelById(id);
  const bundle = panelBundle(id);
  const bytes = chartPptxFile(id, SITE, BASE, TINY_PNG);

  it('holds one scatter chart with one series per data series and baseline, named as in the data', async () => {
    const { chart } = await open(await bytes);
    expect(chart).toContain('<c:scatterChart>');
    expect(chart).toContain('<c:scatterStyle val="lineMarker"/>');
    expect(chart).not.toContain('<c:barChart>');
    const names = scatterSeries(chart).map((s) => s.name);
    expect(names).toEqual([
      ...panel.series.map((s) => s.name),
      ...yBaselines(panel).map((b) => b.name),
    ]);
  });

  it('every point of every series has the x and y of the panel data, in the chart cache and in the workbook', async () => {
    const { zip, chart } = await open(await bytes);
    const cells = await workbookCells(zip);
    const series = scatterSeries(chart);
    for (const s of series.slice(0, panel.series.length)) {
      expectPointsEqual(pairs(s), expectedPoints(panel, s.name), s.name);
      expect(rangeValues(cells, s.x.ref), `${s.name} x in workbook`).toEqual(s.x.values);
      expect(rangeValues(cells, s.y.ref), `${s.name} y in workbook`).toEqual(s.y.values);
    }
    yBaselines(panel).forEach((b, i) => {
      const s = series[panel.series.length + i]!;
      expect(
        s.y.values.every((y) => close(y, b.value)),
        `${b.name} at ${b.value}`,
      ).toBe(true);
      expect(s.x.values).toHaveLength(2);
      expect(s.symbol).toBe('none');
      if (b.dashed) expect(s.dash).toBe('dash');
    });
  });

  it('the x axis is log-scaled where the paper is, y as in the paper, reversed axes reversed', async () => {
    const { chart } = await open(await bytes);
    const { x, y } = scatterAxes(chart);
    if (panel.x.scale === 'log') expect(x).toMatch(/<c:scaling><c:logBase val="\d+"\/>/);
    else expect(x).not.toContain('<c:logBase');
    if (xLog10) expect(x).toContain('<c:logBase val="10"/>');
    expect(x).toContain(`<c:orientation val="${panel.x.reversed ? 'maxMin' : 'minMax'}"/>`);
    if (panel.y.scale === 'log') expect(y).toMatch(/<c:logBase val="\d+"\/>/);
    else expect(y).not.toContain('<c:logBase');
    expect(y).toContain(`<c:orientation val="${panel.y.reversed ? 'maxMin' : 'minMax'}"/>`);
    // Each axis meets the other at its bottom-left end, as in the paper, and carries only valAx elements.
    expect(x).toContain(`<c:crosses val="${panel.y.reversed ? 'max' : 'min'}"/>`);
    expect(y).toContain(`<c:crosses val="${panel.x.reversed ? 'max' : 'min'}"/>`);
    for (const ax of [x, y]) {
      expect(ax).not.toMatch(/<c:(auto|lblAlgn|noMultiLvlLbl) /);
      expect(ax).toMatch(
        /<c:crosses val="[a-z]+"\/><c:crossBetween val="midCat"\/>|<c:crossBetween val="midCat"\/>/,
      );
    }
    // Every data point lies inside the axis range, so none is clipped.
    const num = (ax: string, tag: string): number =>
      Number(new RegExp(`<c:${tag} val="([^"]+)"/>`).exec(ax)?.[1]);
    for (const s of panel.series) {
      for (const p of expectedPoints(panel, s.name)) {
        expect(p.x).toBeGreaterThanOrEqual(num(x, 'min'));
        expect(p.x).toBeLessThanOrEqual(num(x, 'max'));
        expect(p.y).toBeGreaterThanOrEqual(num(y, 'min'));
        expect(p.y).toBeLessThanOrEqual(num(y, 'max'));
      }
    }
  });

  it('series carry distinct markers and their own colours', async () => {
    const { chart } = await open(await bytes);
    const data = scatterSeries(chart).slice(0, panel.series.length);
    const symbols = data.map((s) => s.symbol);
    expect(new Set(symbols).size).toBe(symbols.length);
    expect(symbols).not.toContain('none');
    expect(data.every((s) => s.color !== null)).toBe(true);
    if (data.length > 1) expect(new Set(data.map((s) => s.color)).size).toBeGreaterThan(1);
  });

  it('the notes hold the chart description and the slide the title and the permalink', async () => {
    const { text } = await open(await bytes);
    const description = bundleChartModel(bundle, defaultView(panel), 'large', 'en').description;
    const notes = await text('ppt/notesSlides/notesSlide1.xml');
    expect(unescapeXml(notes)).toContain(description);
    const slide = unescapeXml(await text('ppt/slides/slide1.xml'));
    expect(slide).toContain(panel.title || 'Figure');
    expect(slide).toContain(`${SITE}${BASE}charts/${id}/`);
    expect(slide).toContain('Wei et al. (2022)');
  });
});

describe('pptx of fig8 (stacked bars)', () => {
  const { panel } = panelById('fig8');
  const bytes = chartPptxFile('fig8', SITE, BASE, TINY_PNG);

  it('is a stacked column chart with one series per stack holding the counts, over the keyword categories', async () => {
    const { chart } = await open(await bytes);
    expect(chart).toContain('<c:barChart>');
    expect(chart).toContain('<c:barDir val="col"/>');
    expect(chart).toContain('<c:grouping val="stacked"/>');
    expect(chart).toContain('<c:overlap val="100"/>');
    const stacks = panel.bars!.stacks;
    const sers = [...chart.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => m[1] ?? '');
    expect(
      sers.map((s) => unescapeXml(/<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(s)?.[1] ?? '')),
    ).toEqual(stacks.map((s) => s.name));
    sers.forEach((s, i) => {
      expect(numRef(/<c:val>([\s\S]*?)<\/c:val>/.exec(s)?.[1] ?? '').values).toEqual(
        stacks[i]!.counts,
      );
      const cats = [
        ...(/<c:cat>([\s\S]*?)<\/c:cat>/.exec(s)?.[1] ?? '').matchAll(/<c:v>([^<]*)<\/c:v>/g),
      ].map((m) => unescapeXml(m[1] ?? ''));
      expect(cats).toEqual(panel.bars!.categories);
    });
  });
});

describe('the fallback picture slide', () => {
  it('slide 2 holds the build-time /images/<id>.png, byte for byte', async () => {
    const id = 'fig2a';
    const { zip, text } = await open(await chartPptxFile(id, SITE, BASE));
    const slide2 = await text('ppt/slides/slide2.xml');
    expect(slide2).toContain('<p:pic>');
    const rels = await text('ppt/slides/_rels/slide2.xml.rels');
    const target = /Target="\.\.\/media\/([^"]+\.png)"/.exec(rels)?.[1];
    expect(target).toBeDefined();
    const media = await zip.file(`ppt/media/${target}`)!.async('uint8array');
    expect(Buffer.from(media).equals(chartImagePng(id, SITE, BASE))).toBe(true);
    const notes = unescapeXml(await text('ppt/notesSlides/notesSlide2.xml'));
    expect(notes).toContain(
      bundleChartModel(panelBundle(id), defaultView(panelById(id).panel), 'large', 'en')
        .description,
    );
    expect(notes).toContain('Picture of the chart on the previous slide (not editable). ');
  });

  it('a caption says when the picture shows another view than the chart', async () => {
    const bundle = panelBundle('fig2a');
    const chart = pptxChartOf(bundle, defaultView(bundle.panel), {
      title: 'T',
      sourceText: 'S',
      permalink: 'https://example.org/x',
    });
    const { text } = await open(
      await writePptx(chart, { ...TINY_PNG, caption: 'Default view picture' }),
    );
    expect(await text('ppt/slides/slide2.xml')).toContain('Default view picture');
  });
});

describe('pptx of a view other than the default', () => {
  const id = 'fig2a';
  const bundle = panelBundle(id);
  const models = new Map(MODELS.map((m) => [m.id, m]));
  const caps = chartCapabilities(bundle.panel, models);
  const shown = caps.seriesNames.slice(1);

  it("x as parameters: each point at its model's parameter count, log 10, hidden series left out", async () => {
    expect(caps.xOptions).toContain('params');
    const view: ChartView = { ...defaultView(bundle.panel), x: 'params', series: shown };
    const chart = pptxChartOf(bundle, view, {
      title: 'T',
      sourceText: 'S',
      permalink: 'https://example.org/x',
    });
    const { chart: xml } = await open(await writePptx(chart, null));
    const series = scatterSeries(xml);
    expect(series.map((s) => s.name)).toEqual([
      ...shown,
      ...yBaselines(bundle.panel).map((b) => b.name),
    ]);
    for (const name of shown) {
      const spec = bundle.panel.series.find((s) => s.name === name)!;
      const expected = spec.points
        .map((p) => ({ x: models.get(p.model ?? '')?.params ?? NaN, y: p.y }))
        .sort((a, b) => a.x - b.x);
      expectPointsEqual(pairs(series.find((s) => s.name === name)!), expected, name);
    }
    expect(scatterAxes(xml).x).toContain('<c:logBase val="10"/>');
  });

  it('a view without a picture writes a single slide', async () => {
    const chart = pptxChartOf(bundle, defaultView(bundle.panel), {
      title: 'T',
      sourceText: 'S',
      permalink: 'https://example.org/x',
    });
    const { zip } = await open(await writePptx(chart, null));
    expect(zip.file(/^ppt\/slides\/slide\d+\.xml$/)).toHaveLength(1);
  });
});

describe('every chart', () => {
  const models = new Map(MODELS.map((m) => [m.id, m]));
  it.each(CHART_IDS)(
    '%s: every view of its y switch gives a chart with all of its series and points',
    async (id) => {
      const bundle = panelBundle(id);
      const { panel } = bundle;
      for (const y of chartCapabilities(panel, models).yOptions) {
        const view: ChartView = { ...defaultView(panel), y };
        const chart = pptxChartOf(bundle, view, {
          title: id,
          sourceText: 'S',
          permalink: 'https://example.org/x',
        });
        const { chart: xml } = await open(await writePptx(chart, null));
        if (panel.bars) {
          expect(xml).toContain('<c:grouping val="stacked"/>');
          continue;
        }
        const series = scatterSeries(xml);
        // Points a log axis cannot show (y ≤ 0) drop out, as on screen.
        for (const s of panel.series) {
          const expected = s.points.filter(
            (p) => (panel.x.scale !== 'log' || p.x > 0) && (y !== 'log' || p.y > 0),
          );
          if (expected.length === 0) continue;
          expect(
            series.find((ps) => ps.name === s.name)?.x.values.length,
            `${id} ${y} ${s.name}`,
          ).toBe(expected.length);
        }
        const { y: yAxis } = scatterAxes(xml);
        if (y === 'log') expect(yAxis).toMatch(/<c:logBase val="\d+"\/>/);
        else expect(yAxis).not.toContain('<c:logBase');
      }
    },
  );
});

describe('pptx helpers and endpoint', () => {
  it('markers map to PowerPoint symbols and stay distinct (PowerPoint has no pentagon)', () => {
    expect(markersFor(['circle', 'square', 'pentagon'])).toEqual(['circle', 'square', 'star']);
    expect(markersFor(['circle', 'circle', 'star', 'pentagon'])).toEqual([
      'circle',
      'square',
      'star',
      'diamond',
    ]);
  });

  it("reads a PNG's size and rejects other bytes", () => {
    expect(pngSize(TINY_PNG.png)).toEqual({ width: 1, height: 1 });
    expect(pngSize(new Uint8Array([1, 2, 3]))).toBeNull();
  });

  it('the endpoint lists one file per chart and answers with a .pptx', async () => {
    expect(getStaticPaths().map((p) => p.params.id)).toEqual(CHART_IDS);
    const response = await GET({
      params: { id: 'fig2b' },
      site: new URL(SITE),
    } as unknown as Parameters<typeof GET>[0]);
    expect(response.headers.get('Content-Type')).toBe(
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    );
    const zip = await JSZip.loadAsync(await response.arrayBuffer());
    expect(zip.file('[Content_Types].xml')).not.toBeNull();
    expect(zip.file(/^ppt\/slides\/slide\d+\.xml$/)).toHaveLength(2);
  });
});

describe('writeDeckPptx: a whole deck from /present/', () => {
  const data = (id: string) =>
    pptxChartOf(panelBundle(id), defaultView(panelBundle(id).panel), {
      title: `T ${id}`,
      sourceText: 'S',
      permalink: `${SITE}/charts/${id}/`,
      lang: 'en',
    });
  const deck = writeDeckPptx(
    [
      { kind: 'title', title: 'Emergence <in> slides', subtitle: 'A & B' },
      { kind: 'charts', charts: [data('fig2a'), data('fig8')] },
      { kind: 'charts', charts: [data('fig3d')] },
    ],
    { title: 'Deck', link: `${SITE}/present/?d=1&s=fig2a` },
  );

  it('writes one slide per deck slide: the title as text, then the charts natively, each with its own workbook', async () => {
    const zip = await JSZip.loadAsync(await deck);
    expect(zip.file(/^ppt\/slides\/slide\d+\.xml$/)).toHaveLength(3);
    const title = await zip.file('ppt/slides/slide1.xml')!.async('string');
    expect(title).toContain('Emergence &lt;in&gt; slides');
    expect(title).not.toContain('<p:graphicFrame');
    const charts = zip
      .file(/^ppt\/charts\/chart\d+\.xml$/)
      .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
    expect(charts).toHaveLength(3);
    const [c1, c2, c3] = await Promise.all(charts.map((f) => f.async('string')));
    expect(c2).toContain('<c:barChart>');
    for (const [xml, id] of [
      [c1!, 'fig2a'],
      [c3!, 'fig3d'],
    ] as const) {
      const panel = panelById(id).panel;
      expect(xml).toContain('<c:scatterChart>');
      expect(scatterAxes(xml).x).toContain('<c:logBase val="10"/>');
      const series = scatterSeries(xml);
      expect(series.map((s) => s.name)).toEqual([
        ...panel.series.map((s) => s.name),
        ...yBaselines(panel).map((b) => b.name),
      ]);
      for (const s of panel.series)
        expectPointsEqual(
          pairs(series.find((p) => p.name === s.name)!),
          expectedPoints(panel, s.name),
          `${id} ${s.name}`,
        );
    }
    expect(zip.file(/^ppt\/embeddings\/[^/]+\.xlsx$/)).toHaveLength(3);
  });

  it("the notes of a two-chart slide hold both charts' descriptions", async () => {
    const zip = await JSZip.loadAsync(await deck);
    const notes = await Promise.all(
      zip.file(/^ppt\/notesSlides\/notesSlide\d+\.xml$/).map((f) => f.async('string')),
    );
    const both = notes
      .map(unescapeXml)
      .find((n) =>
        n.includes(
          bundleChartModel(
            panelBundle('fig2a'),
            defaultView(panelBundle('fig2a').panel),
            'large',
            'en',
          ).description,
        ),
      );
    expect(both).toBeDefined();
    expect(both).toContain(
      bundleChartModel(panelBundle('fig8'), defaultView(panelBundle('fig8').panel), 'large', 'en')
        .description,
    );
  });
});
