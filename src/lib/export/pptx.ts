/**
 * Writes a PowerPoint file of one chart with pptxgenjs: slide 1 holds a native, editable chart
 * (data in its embedded workbook), the title, the source line and the description in the notes;
 * slide 2 holds a PNG of the chart as a fallback picture. Runs in Node (build) and in the browser
 * (loaded by dynamic import only when a reader asks for a .pptx: pptxgenjs and JSZip are large).
 *
 * pptxgenjs cannot express everything the paper's charts need, so the chart XML it writes is
 * adjusted afterwards (see postProcessScatter): per-series x values, markers and dashes, a log
 * scale and reversed direction on a scatter chart's x axis, reversed y axes and axis crossings.
 */
import PptxGenJS from 'pptxgenjs';
import JSZip from 'jszip';
import type { PptxAxis, PptxBarChart, PptxChart, PptxScatterChart, PptxSeries } from './pptx-chart';

/** The fallback picture: PNG bytes and their pixel size; `caption` says what it shows when that differs from the chart. */
export interface PptxPicture {
  png: Uint8Array;
  width: number;
  height: number;
  caption?: string | undefined;
  /** The first words of the picture slide's notes: the dictionary's pptx.pictureNote in the chart's language. */
  note: string;
}

/** MIME type of a .pptx file. */
export const PPTX_MIME =
  'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** Slide size: PowerPoint's 16:9 "widescreen" (13.333 × 7.5 in). */
const SLIDE = { w: 13.333, h: 7.5 } as const;
const MARGIN = 0.5;
const FONT = 'Arial';
const TEXT = '1A1D23';
const MUTED = '4F5663';
const GRID = 'E3E6EB';

/** Line widths in EMU (12 700 per point). */
const DATA_LINE = 28_575;
const BASELINE_LINE = 19_050;

/** Escapes text for XML character data and attribute values. */
export function escapeXml(s: string): string {
  return s.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );
}

/** Spreadsheet column letters of a 1-based index (1 → A, 27 → AA). */
function colName(n: number): string {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26))
    s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

/** Base64 of bytes without Buffer (the browser has none; btoa exists in both). */
function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Pixel size of a PNG from its IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || signature.some((b, i) => png[i] !== b)) return null;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Title and source line, the same on both slides. */
function addFrame(slide: PptxGenJS.Slide, chart: PptxChart, title: string): void {
  slide.addText(title, {
    x: MARGIN,
    y: 0.25,
    w: SLIDE.w - 2 * MARGIN,
    h: 0.7,
    fontFace: FONT,
    fontSize: 24,
    bold: true,
    color: TEXT,
    valign: 'middle',
    fit: 'shrink',
  });
  slide.addText(
    [
      { text: `${chart.source.text} · `, options: {} },
      { text: chart.source.url, options: { hyperlink: { url: chart.source.url } } },
    ],
    {
      x: MARGIN,
      y: SLIDE.h - 0.6,
      w: SLIDE.w - 2 * MARGIN,
      h: 0.4,
      fontFace: FONT,
      fontSize: 11,
      color: MUTED,
      valign: 'middle',
    },
  );
}

/** Notes: the chart's description, then where it comes from. */
function notesOf(chart: PptxChart, lead = ''): string {
  return `${lead}${chart.description}\n\n${chart.source.text} · ${chart.source.url}`;
}

/** Axis options pptxgenjs understands for the value (y) axis. */
function valAxisOptions(y: PptxAxis): PptxGenJS.IChartOpts {
  return {
    showValAxisTitle: true,
    valAxisTitle: y.title,
    valAxisTitleFontSize: 14,
    valAxisTitleFontFace: FONT,
    valAxisTitleColor: TEXT,
    valAxisLabelFontSize: 12,
    valAxisLabelFontFace: FONT,
    valAxisLabelColor: TEXT,
    valAxisLabelFormatCode: y.format,
    valAxisMinVal: y.min,
    valAxisMaxVal: y.max,
    ...(y.majorUnit !== null ? { valAxisMajorUnit: y.majorUnit } : {}),
    ...(y.logBase !== null ? { valAxisLogScaleBase: y.logBase } : {}),
    valAxisLineShow: true,
    valAxisLineColor: MUTED,
    valGridLine: { color: GRID, size: 0.75 },
  };
}

/** Adds the native chart of a line or scatter panel. */
function addScatter(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  chart: PptxScatterChart,
  box: PptxGenJS.PositionProps,
): void {
  // pptxgenjs gives every scatter series the same x values (column A). The panel's series have
  // their own, so column A lists every series' points one after another and each y column is
  // filled only in its own rows; postProcessScatter then points each series at its own rows.
  const xs = chart.series.flatMap((s) => s.points.map((p) => p.x));
  let row = 0;
  const data = [
    { name: chart.x.title || 'x', values: xs },
    ...chart.series.map((s) => {
      const values: (number | null)[] = xs.map(() => null);
      for (const p of s.points) values[row++] = p.y;
      return { name: s.name, values };
    }),
  ];
  slide.addChart(pptx.ChartType.scatter, data, {
    ...box,
    altText: chart.description,
    // pptxgenjs derives axis positions from barDir even for XY charts: 'col' puts x at the bottom, y on the left.
    barDir: 'col',
    chartColors: chart.series.map((s) => s.color),
    lineSize: 2,
    lineDataSymbol: 'circle',
    lineDataSymbolSize: 7,
    displayBlanksAs: 'gap',
    showLegend: true,
    legendPos: 'r',
    legendFontSize: 12,
    legendFontFace: FONT,
    legendColor: TEXT,
    showCatAxisTitle: chart.x.title !== '',
    catAxisTitle: chart.x.title,
    catAxisTitleFontSize: 14,
    catAxisTitleFontFace: FONT,
    catAxisTitleColor: TEXT,
    catAxisLabelFontSize: 12,
    catAxisLabelFontFace: FONT,
    catAxisLabelColor: TEXT,
    catAxisMinVal: chart.x.min,
    catAxisMaxVal: chart.x.max,
    ...(chart.x.majorUnit !== null ? { catAxisMajorUnit: chart.x.majorUnit } : {}),
    catAxisLineShow: true,
    catAxisLineColor: MUTED,
    catGridLine: { color: GRID, size: 0.75 },
    ...valAxisOptions(chart.y),
  });
}

/** Adds Figure 8's stacked column chart (everything it needs is a pptxgenjs option). */
function addBars(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  chart: PptxBarChart,
  box: PptxGenJS.PositionProps,
): void {
  slide.addChart(
    pptx.ChartType.bar,
    chart.stacks.map((st) => ({ name: st.name, labels: chart.categories, values: st.counts })),
    {
      ...box,
      altText: chart.description,
      barDir: 'col',
      barGrouping: 'stacked',
      barGapWidthPct: 40,
      chartColors: chart.stacks.map((st) => st.color),
      showLegend: true,
      legendPos: 't',
      legendFontSize: 12,
      legendFontFace: FONT,
      legendColor: TEXT,
      showCatAxisTitle: chart.xTitle !== '',
      catAxisTitle: chart.xTitle,
      catAxisTitleFontSize: 14,
      catAxisTitleFontFace: FONT,
      catAxisTitleColor: TEXT,
      catAxisLabelFontSize: 10,
      catAxisLabelFontFace: FONT,
      catAxisLabelColor: TEXT,
      catAxisLabelRotate: 270,
      catAxisLineShow: true,
      catAxisLineColor: MUTED,
      ...valAxisOptions(chart.y),
    },
  );
}

/** A `<c:numRef>` over one column's rows, with its cached values (what PowerPoint draws before Excel opens). */
function numRef(col: string, first: number, values: number[]): string {
  const last = first + values.length - 1;
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join('');
  return `<c:numRef><c:f>Sheet1!$${col}$${first}:$${col}$${last}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache></c:numRef>`;
}

/** Line and marker of one series (pptxgenjs only sets these for all series at once). */
function seriesLook(s: PptxSeries): string {
  const fill = `<a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill>`;
  const line = s.line
    ? `<a:ln w="${s.role === 'baseline' ? BASELINE_LINE : DATA_LINE}" cap="rnd">${fill}<a:prstDash val="${s.dashed ? 'dash' : 'solid'}"/><a:round/></a:ln>`
    : '<a:ln><a:noFill/></a:ln>';
  const marker =
    s.marker === 'none'
      ? '<c:marker><c:symbol val="none"/></c:marker>'
      : `<c:marker><c:symbol val="${s.marker}"/><c:size val="7"/><c:spPr>${fill}<a:ln w="9525">${fill}</a:ln></c:spPr></c:marker>`;
  return `<c:spPr>${line}</c:spPr>${marker}`;
}

/** The `<c:valAx>` element with a given axis id, and its position in the XML. */
function findAxis(xml: string, id: string): { start: number; end: number; text: string } {
  const re = /<c:valAx>[\s\S]*?<\/c:valAx>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[0].includes(`<c:axId val="${id}"/>`))
      return { start: m.index, end: m.index + m[0].length, text: m[0] };
  }
  throw new Error(`pptx: no value axis ${id} in the chart XML`);
}

/**
 * Sets what pptxgenjs cannot on one axis: a log scale (its `valAxisLogScaleBase` reaches the y
 * axis only, never a scatter chart's x axis, which it writes as a second valAx), the direction
 * (its types allow only "minMax"), where the other axis crosses, and the tick label format
 * (for a scatter x axis it reuses the y axis's format).
 */
function patchAxis(axis: string, a: PptxAxis, crossesAtMax: boolean): string {
  let out = axis.replace(/<c:scaling>[\s\S]*?<\/c:scaling>/, (scaling) => {
    let s = scaling.replace(/<c:logBase val="[^"]*"\/>/, '');
    if (a.logBase !== null)
      s = s.replace('<c:scaling>', `<c:scaling><c:logBase val="${a.logBase}"/>`);
    return s.replace(
      /<c:orientation val="[^"]*"\/>/,
      `<c:orientation val="${a.reversed ? 'maxMin' : 'minMax'}"/>`,
    );
  });
  out = out.replace(
    /<c:numFmt formatCode="[^"]*" sourceLinked="[01]"\/>/,
    `<c:numFmt formatCode="${escapeXml(a.format)}" sourceLinked="0"/>`,
  );
  // The crossing is where the *other* axis meets this one: at the end drawn bottom-left, so a
  // reversed axis (Figure 3D's decreasing ECE, Figure 4's perplexity) keeps its partner at the
  // bottom or left as in the paper instead of at zero or at the top.
  out = out.replace(
    /<c:crosses(?:At)? val="[^"]*"\/>/,
    `<c:crosses val="${crossesAtMax ? 'max' : 'min'}"/>`,
  );
  // pptxgenjs writes a scatter chart's x axis as a category axis renamed valAx: drop the elements
  // only catAx allows and add the crossBetween valAx requires, so strict readers need no repair.
  out = out.replace(/\s*<c:(?:auto|lblAlgn|noMultiLvlLbl|tickLblSkip) val="[^"]*"\/>/g, '');
  if (!out.includes('<c:crossBetween'))
    out = out.replace(/(<c:crosses val="[^"]*"\/>)/, '$1<c:crossBetween val="midCat"/>');
  return out;
}

/**
 * Puts the series with the most points first in the document, keeping each series' c:idx and
 * c:order (PowerPoint orders series and legend by c:order, so it shows no change). LibreOffice
 * 7.4 Impress draws nothing of an XY series that comes, in document order, before a longer one
 * (Figure 9's one-point series vanished, as did Figure 2H's PaLM listed before GPT-3); seen when
 * rendering with scripts/render-pptx.mjs, so this keeps the files readable there too.
 */
function longestSeriesFirst(xml: string): string {
  const sers = [...xml.matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g)];
  const first = sers[0];
  const last = sers[sers.length - 1];
  if (!first || !last) return xml;
  const count = (ser: string): number =>
    Number(/<c:xVal>[\s\S]*?<c:ptCount val="(\d+)"\/>/.exec(ser)?.[1] ?? 0);
  const sorted = sers.map((m) => m[0]).sort((a, b) => count(b) - count(a));
  return xml.slice(0, first.index) + sorted.join('') + xml.slice(last.index + last[0].length);
}

/** Rewrites pptxgenjs's scatter chart XML: per-series rows, looks, and the axis settings above. */
export function postProcessScatter(xml: string, chart: PptxScatterChart): string {
  let row = 2;
  let i = 0;
  let out = xml.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (ser) => {
    const s = chart.series[i];
    const col = colName(i + 2);
    i++;
    if (!s) return ser;
    const first = row;
    row += s.points.length;
    return ser
      .replace(/<\/c:tx>[\s\S]*?<\/c:marker>/, `</c:tx>${seriesLook(s)}`)
      .replace(
        /<c:xVal>[\s\S]*?<\/c:xVal>/,
        `<c:xVal>${numRef(
          'A',
          first,
          s.points.map((p) => p.x),
        )}</c:xVal>`,
      )
      .replace(
        /<c:yVal>[\s\S]*?<\/c:yVal>/,
        `<c:yVal>${numRef(
          col,
          first,
          s.points.map((p) => p.y),
        )}</c:yVal>`,
      );
  });
  if (i !== chart.series.length)
    throw new Error(`pptx: expected ${chart.series.length} series in the chart XML, found ${i}`);
  out = longestSeriesFirst(out);
  // The scatter chart lists its x axis id first, then its y axis id.
  const ids =
    /<c:scatterChart>[\s\S]*<c:axId val="(\d+)"\/>\s*<c:axId val="(\d+)"\/>\s*<\/c:scatterChart>/.exec(
      out,
    );
  if (!ids?.[1] || !ids[2]) throw new Error('pptx: no axis ids in the scatter chart XML');
  for (const [id, axis, crossesAtMax] of [
    [ids[1], chart.x, chart.y.reversed],
    [ids[2], chart.y, chart.x.reversed],
  ] as const) {
    const found = findAxis(out, id);
    out =
      out.slice(0, found.start) + patchAxis(found.text, axis, crossesAtMax) + out.slice(found.end);
  }
  return out;
}

/**
 * Tidies the scatter workbook pptxgenjs embeds: drops the empty cells it writes for rows of other
 * series (`<v></v>` is not a number) and names the table's columns after their header cells (it
 * writes "X-Values0", "Y-Value 1", …, which Excel "repairs" when the data is edited).
 */
async function postProcessWorkbook(bytes: Uint8Array, headers: string[]): Promise<Uint8Array> {
  const book = await JSZip.loadAsync(bytes);
  const sheet = book.file('xl/worksheets/sheet1.xml');
  if (sheet)
    book.file(
      'xl/worksheets/sheet1.xml',
      (await sheet.async('string')).replace(/<c r="[A-Z]+\d+"><v><\/v><\/c>/g, ''),
    );
  const table = book.file('xl/tables/table1.xml');
  if (table) {
    const seen = new Set<string>();
    const unique = headers.map((h) => {
      let name = h || ' ';
      for (let n = 2; seen.has(name); n++) name = `${h} (${n})`;
      seen.add(name);
      return name;
    });
    let k = 0;
    book.file(
      'xl/tables/table1.xml',
      (await table.async('string')).replace(
        /<tableColumn id="(\d+)" name="[^"]*"\/>/g,
        (m, id: string) => {
          const name = unique[k++];
          return name === undefined ? m : `<tableColumn id="${id}" name="${escapeXml(name)}"/>`;
        },
      ),
    );
  }
  return book.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Writes the .pptx of a chart: the native chart slide, then the fallback picture slide when a PNG is given. */
export async function writePptx(
  chart: PptxChart,
  picture: PptxPicture | null,
): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = chart.title;
  pptx.subject = `${chart.source.text} · ${chart.source.url}`;
  pptx.author = 'Emergent Abilities Explorer';

  const slide = pptx.addSlide();
  addFrame(slide, chart, chart.title);
  const box = { x: MARGIN, y: 1.05, w: SLIDE.w - 2 * MARGIN, h: SLIDE.h - 1.75 };
  if (chart.kind === 'bar') addBars(pptx, slide, chart, box);
  else addScatter(pptx, slide, chart, box);
  slide.addNotes(notesOf(chart));

  if (picture) {
    const pic = pptx.addSlide();
    addFrame(pic, chart, chart.title);
    const area = {
      x: MARGIN,
      y: 1.05,
      w: SLIDE.w - 2 * MARGIN,
      h: SLIDE.h - (picture.caption ? 2.1 : 1.75),
    };
    const scale = Math.min(area.w / picture.width, area.h / picture.height);
    const w = picture.width * scale;
    const h = picture.height * scale;
    pic.addImage({
      data: `image/png;base64,${base64(picture.png)}`,
      x: area.x + (area.w - w) / 2,
      y: area.y,
      w,
      h,
      altText: `${chart.title}. ${chart.description}`,
    });
    if (picture.caption)
      pic.addText(picture.caption, {
        x: MARGIN,
        y: area.y + h + 0.02,
        w: area.w,
        h: 0.33,
        fontFace: FONT,
        fontSize: 11,
        italic: true,
        color: MUTED,
      });
    pic.addNotes(notesOf(chart, picture.note));
  }

  return finish(pptx, [chart]);
}

/**
 * Writes the file and adjusts the chart XML pptxgenjs wrote (see postProcessScatter and
 * postProcessWorkbook): `charts` lists the charts in the order they were added to slides. Each
 * chart's workbook is found through the chart's own relationships, not by numbering.
 */
async function finish(pptx: PptxGenJS, charts: PptxChart[]): Promise<Uint8Array> {
  const raw = (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array;
  if (charts.every((c) => c.kind === 'bar')) return raw;
  const zip = await JSZip.loadAsync(raw);
  const chartFiles = zip
    .file(/^ppt\/charts\/chart\d+\.xml$/)
    .sort(
      (a, b) => Number(/(\d+)\.xml$/.exec(a.name)?.[1]) - Number(/(\d+)\.xml$/.exec(b.name)?.[1]),
    );
  if (chartFiles.length !== charts.length)
    throw new Error(`pptx: expected ${charts.length} charts, found ${chartFiles.length}`);
  for (const [i, chart] of charts.entries()) {
    const chartFile = chartFiles[i];
    if (!chartFile) throw new Error('pptx: chart parts missing');
    if (chart.kind === 'bar') continue;
    const rels = await zip
      .file(chartFile.name.replace(/charts\/(chart\d+\.xml)$/, 'charts/_rels/$1.rels'))
      ?.async('string');
    const target = rels ? /Target="\.\.\/embeddings\/([^"]+\.xlsx)"/.exec(rels)?.[1] : undefined;
    const sheetFile = target ? zip.file(`ppt/embeddings/${target}`) : null;
    if (!sheetFile) throw new Error(`pptx: no workbook for ${chartFile.name}`);
    zip.file(chartFile.name, postProcessScatter(await chartFile.async('string'), chart));
    zip.file(
      sheetFile.name,
      await postProcessWorkbook(await sheetFile.async('uint8array'), [
        chart.x.title || 'x',
        ...chart.series.map((s) => s.name),
      ]),
    );
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', mimeType: PPTX_MIME });
}

/** One slide of a deck file: a title slide, or one or two native charts side by side. */
export type PptxDeckSlide =
  { kind: 'title'; title: string; subtitle: string } | { kind: 'charts'; charts: PptxChart[] };

/** Writes a whole deck (from /present/) as one .pptx: title slides as text, chart slides with native, editable charts and their notes. */
export async function writeDeckPptx(
  slides: PptxDeckSlide[],
  meta: { title: string; link: string },
): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = meta.title;
  pptx.subject = meta.link;
  pptx.author = 'Emergent Abilities Explorer';
  const charts: PptxChart[] = [];
  for (const s of slides) {
    const slide = pptx.addSlide();
    if (s.kind === 'title') {
      slide.addText(s.title, {
        x: MARGIN,
        y: 2.4,
        w: SLIDE.w - 2 * MARGIN,
        h: 1.4,
        fontFace: FONT,
        fontSize: 40,
        bold: true,
        color: TEXT,
        align: 'center',
        valign: 'middle',
        fit: 'shrink',
      });
      if (s.subtitle)
        slide.addText(s.subtitle, {
          x: MARGIN,
          y: 3.9,
          w: SLIDE.w - 2 * MARGIN,
          h: 1.2,
          fontFace: FONT,
          fontSize: 20,
          color: MUTED,
          align: 'center',
          valign: 'top',
          fit: 'shrink',
        });
      slide.addNotes(meta.link);
      continue;
    }
    const [first] = s.charts;
    if (!first) continue;
    // Two charts share the slide: its title names both, each chart takes half the width.
    addFrame(slide, first, s.charts.map((c) => c.title).join(' · '));
    const w = (SLIDE.w - 2 * MARGIN - 0.3 * (s.charts.length - 1)) / s.charts.length;
    s.charts.forEach((chart, i) => {
      const box = { x: MARGIN + i * (w + 0.3), y: 1.05, w, h: SLIDE.h - 1.75 };
      if (chart.kind === 'bar') addBars(pptx, slide, chart, box);
      else addScatter(pptx, slide, chart, box);
      charts.push(chart);
    });
    slide.addNotes(s.charts.map((c) => notesOf(c)).join('\n\n'));
  }
  return finish(pptx, charts);
}
