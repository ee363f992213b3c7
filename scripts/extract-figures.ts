/**
 * Extract exact data for Figures 2–13 of Wei et al. 2022 (arXiv 2206.07682v2) from the PDF's vector drawings.
 * Usage: npx tsx scripts/extract-figures.ts [path-to-pdf]
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openPdf, readPage, type PageContent } from './extract/pdf-ops.ts';
import { extractFigure, type PanelOut } from './extract/panels.ts';
import { extractStackedBars } from './extract/bars.ts';
import { calibrationOk, type Calibration } from './extract/axes.ts';
import { FIGURES } from './extract/layout.ts';
import { isFamily, isPlottedFamily } from '../src/lib/data/families.ts';
import {
  joinModels,
  distinct,
  formatParams,
  type FigureOut,
  type JoinSeries,
  type ModelOut,
} from './extract/models.ts';
import { crossChecks, type Note } from './extract/cross-checks.ts';
import { mmluRowLabels, siblingOmissions } from './extract/consistency.ts';
import { toJson } from './extract/write-json.ts';
import { checkOutput } from './extract/check-output.ts';

/** sha256 of the arXiv v2 PDF the extraction was written against. */
export const PDF_SHA256 = 'f457f08102eb381f2300e1653bf4c82a9aa5dce0eb8dba8fe744ccc2500c3755';
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Default PDF location (outside the repository). */
export const DEFAULT_PDF = resolve(
  ROOT,
  '../shared/sources/wei2022-emergent-abilities-arxiv-v2.pdf',
);
const REF_DIR = resolve(ROOT, '../shared/reference');

/** Summary numbers and problems from one extraction run. */
export interface ExtractReport {
  sha256: string;
  perFigure: { figure: number; panels: number; series: number; points: number }[];
  maxResidual: { value: number; where: string };
  offTicks: string[];
  failures: string[];
}

const lower = (s: string) => s.toLowerCase();
/** Chinese names of the axis scales, for the Chinese note descriptions. */
const SCALE_ZH: Record<'log' | 'linear', string> = { log: '对数刻度', linear: '线性刻度' };
/** "图 2、3 和 11": the figures the chart ids belong to, in number order, for Chinese descriptions. */
const figuresZh = (chartIds: string[]): string => {
  const nums = [...new Set(chartIds.map((id) => Number(/^fig(\d+)/.exec(id)?.[1])))]
    .filter((n) => Number.isFinite(n))
    .sort((a, b) => a - b);
  return `图 ${nums.length > 1 ? `${nums.slice(0, -1).join('、')} 和 ${nums[nums.length - 1]}` : nums.join('')}`;
};

/** Run the whole extraction; returns output file name → JSON value, plus a report. */
export async function extractWithReport(
  pdfPath: string = DEFAULT_PDF,
  log: (s: string) => void = () => {},
): Promise<{ files: Record<string, unknown>; report: ExtractReport }> {
  const bytes = await readFile(pdfPath);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== PDF_SHA256)
    log(`WARNING: PDF sha256 ${sha256} differs from the expected ${PDF_SHA256}`);
  const doc = await openPdf(pdfPath);
  const pages = new Map<number, PageContent>();
  const figs: FigureOut[] = [];
  const report: ExtractReport = {
    sha256,
    perFigure: [],
    maxResidual: { value: 0, where: '' },
    offTicks: [],
    failures: [],
  };
  const notes: Note[] = [];
  for (const spec of FIGURES) {
    const pc = pages.get(spec.page) ?? (await readPage(doc, spec.page));
    pages.set(spec.page, pc);
    let panels: PanelOut[];
    let cals: { x: Calibration; y: Calibration }[];
    if (spec.bars) {
      const r = extractStackedBars(pc, spec.figure);
      panels = [r.panel];
      cals = [{ x: r.debug.xCal, y: r.debug.yCal }];
      cals[0]!.x = { ...r.debug.xCal, ticks: [] };
    } else {
      const r = extractFigure(pc, { figure: spec.figure, page: spec.page });
      panels = r.panels;
      cals = r.debug.map((d) => ({ x: d.xCal, y: d.yCal }));
      for (const d of r.debug) for (const s of d.stray) log(`  note: Figure ${spec.figure}: ${s}`);
    }
    if (panels.length !== spec.panels)
      report.failures.push(
        `Figure ${spec.figure}: found ${panels.length} panels, expected ${spec.panels}`,
      );
    panels.forEach((p, i) => {
      const lettered = /^[A-Z]$/.test(p.panel);
      p.chartId = spec.single
        ? `fig${spec.figure}`
        : lettered
          ? `fig${spec.figure}${lower(p.panel)}`
          : `fig${spec.figure}-${p.panel}`;
      // Figure 10's row titles sit over the middle column only; they name the whole row.
      if (spec.figure === 10 && !p.title)
        p.title = panels.find((q) => q.grid.row === p.grid.row && q.title)?.title ?? '';
      const fromTitle = /\(([^)]+)\)\s*$/.exec(p.title)?.[1];
      const cfg = spec.models?.[p.panel] ?? spec.models?.['*'];
      for (const s of p.series as JoinSeries[]) {
        if (isPlottedFamily(s.name)) s.family = s.name;
        else if (cfg && cfg.series !== false && isPlottedFamily(cfg.family)) s.family = cfg.family;
        else if (isPlottedFamily(fromTitle)) s.family = fromTitle;
        const mf = s.family ?? cfg?.family;
        if (mf) s._modelFamily = mf;
      }
      const c = cals[i]!;
      for (const [axis, cal] of [
        ['x', c.x],
        ['y', c.y],
      ] as const) {
        if (cal.maxResidual > report.maxResidual.value)
          report.maxResidual = { value: cal.maxResidual, where: `${p.chartId} ${axis}` };
        if (!calibrationOk(cal))
          report.failures.push(
            `${p.chartId} ${axis}: tick residuals exceed ${0.5}% (${cal.ticks.map((t) => `${t.label}:${(t.residual * 100).toFixed(2)}%`).join(' ')})`,
          );
        for (const t of cal.ticks.filter((t) => t.offPosition)) {
          const msg = `${p.chartId} ${axis} tick "${t.label}" drawn off position (residual ${(t.residual * 100).toFixed(2)}% of axis)`;
          report.offTicks.push(msg);
          notes.push({
            id: `tick-off-${p.chartId}-${axis}-${t.label.replace(/[^A-Za-z0-9]+/g, '_')}`,
            kind: 'tick-off-position',
            chartIds: [p.chartId],
            description: `The ${axis} tick labelled "${t.label}" in ${p.chartId} is not where that value falls on the axis: the other ticks place its mark at ${(10 ** ((t.pos - cal.a) / cal.b)).toPrecision(3)}${cal.scale === 'log' ? '' : ''}. Data values use the consistent ticks.`,
            descriptionZh: `${p.chartId} 的 ${axis} 轴上标为“${t.label}”的刻度不在该数值应处的位置：按其他刻度推算，它的刻度线位于 ${(10 ** ((t.pos - cal.a) / cal.b)).toPrecision(3)}。数据取值以彼此一致的刻度为准。`,
            values: [
              { label: 'label', value: t.value },
              {
                label: 'value at the drawn tick',
                value:
                  cal.scale === 'log' ? 10 ** ((t.pos - cal.a) / cal.b) : (t.pos - cal.a) / cal.b,
              },
            ],
            gap: { absolute: t.residual, relative: t.residual },
            source: `PDF page ${spec.page}, Figure ${spec.figure}`,
          });
        }
      }
    });
    const series = panels.reduce((n, p) => n + p.series.length + (p.bars?.stacks.length ?? 0), 0);
    const points = panels.reduce(
      (n, p) =>
        n +
        p.series.reduce((m, s) => m + s.points.length, 0) +
        (p.bars ? p.bars.stacks.length * p.bars.categories.length : 0),
      0,
    );
    report.perFigure.push({ figure: spec.figure, panels: panels.length, series, points });
    log(
      `Figure ${spec.figure} (p${spec.page}): ${panels.length} panels, ${series} series, ${points} points`,
    );
    figs.push({ figure: spec.figure, page: spec.page, panels });
  }
  // Axis scale differences between panels sharing an axis title within one figure row.
  for (const f of figs) {
    for (const p of f.panels) {
      const q = f.panels.find(
        (o) =>
          o !== p &&
          o.grid.row === p.grid.row &&
          o.y.label === p.y.label &&
          o.y.scale !== p.y.scale &&
          o.grid.col > p.grid.col,
      );
      if (q)
        notes.push({
          id: `axis-scale-${p.chartId}-${q.chartId}`,
          kind: 'axis-scale-differs',
          chartIds: [p.chartId, q.chartId],
          description: `Panels in the same row with the same y-axis title use different y scales: ${p.chartId} is ${p.y.scale}, ${q.chartId} is ${q.y.scale} (checked from the tick positions).`,
          descriptionZh: `同一行中 y 轴标题相同的子图使用了不同的 y 轴刻度：${p.chartId} 为${SCALE_ZH[p.y.scale]}，${q.chartId} 为${SCALE_ZH[q.y.scale]}（由刻度位置核实）。`,
          values: [
            { label: p.chartId, value: p.y.scale },
            { label: q.chartId, value: q.y.scale },
          ],
          source: `PDF page ${f.page}, Figure ${f.figure}`,
        });
    }
  }
  const xMeasure = Object.fromEntries(FIGURES.map((s) => [s.figure, s.xMeasure]));
  const { slots, issues } = joinModels(figs, xMeasure);
  const refD1 = existsSync(`${REF_DIR}/gpt3_tableD1_compute.csv`)
    ? (await readFile(`${REF_DIR}/gpt3_tableD1_compute.csv`, 'utf8'))
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(','))
    : [];
  const models: ModelOut[] = slots
    .filter((s) =>
      s.points.some((p) =>
        figs.some(
          (f) =>
            (f.figure === 2 || f.figure === 3) &&
            f.panels.some((pp) => pp.series.some((ss) => ss.points.includes(p))),
        ),
      ),
    )
    .map((s) => {
      const family = s.family;
      if (!isFamily(family))
        throw new Error(`model family "${family}" is not in src/lib/data/families.ts`);
      const pg = distinct(s.params, 0.005);
      const head = pg.slice().sort((a, b) => b.chartIds.length - a.chartIds.length)[0];
      const fg = distinct(s.flops);
      const d1 =
        s.family === 'GPT-3' && head
          ? refD1.find((r) => Math.abs((Number(r[1]) * 1e6) / head.value - 1) < 0.05)
          : undefined;
      return {
        id: s.id,
        family,
        name: `${s.family} ${head ? formatParams(head.value) : '(parameters not drawn)'}`,
        params: head?.value ?? null,
        paramsSource: head
          ? `Figures 11-12 x position, most frequent drawn value (${head.chartIds.join(', ')})`
          : 'not drawn in Figures 11-12',
        paramsSources: pg,
        flops: fg.map((g) => g.value),
        flopsSources: fg,
        tokens: d1 ? Number(d1[2]) * 1e9 : null,
        tokensSource: d1
          ? `Brown et al. 2020, Table D.1 (${d1[0]}), via /work/shared/reference/gpt3_tableD1_compute.csv`
          : 'not given in the figures',
      };
    })
    .sort((a, b) => a.family.localeCompare(b.family) || (a.params ?? 0) - (b.params ?? 0));
  const ids = new Set<string>();
  for (const m of models) {
    if (ids.has(m.id)) report.failures.push(`duplicate model id ${m.id}`);
    ids.add(m.id);
  }
  // Model drawn at several x positions.
  for (const m of models) {
    if (m.flopsSources.length > 1)
      notes.push({
        id: `model-x-differs-${m.id}-flops`,
        kind: 'model-x-differs',
        chartIds: [...new Set(m.flopsSources.flatMap((g) => g.chartIds))],
        model: m.id,
        description: `${m.name} is drawn at ${m.flopsSources.length} different training-FLOPs positions across panels.`,
        descriptionZh: `${m.name} 在${figuresZh(m.flopsSources.flatMap((g) => g.chartIds))} 的各子图中被画在 ${m.flopsSources.length} 个不同的训练算力位置上。`,
        values: m.flopsSources.map((g) => ({ label: g.chartIds.join(', '), value: g.value })),
        gap: {
          absolute: Math.max(...m.flops) - Math.min(...m.flops),
          relative: (Math.max(...m.flops) - Math.min(...m.flops)) / Math.min(...m.flops),
        },
        source: 'PDF vector drawings (x positions of the points)',
      });
    if (m.paramsSources.length > 1)
      notes.push({
        id: `model-x-differs-${m.id}-params`,
        kind: 'model-x-differs',
        chartIds: [...new Set(m.paramsSources.flatMap((g) => g.chartIds))],
        model: m.id,
        description: `${m.name} is drawn at ${m.paramsSources.length} different parameter counts across panels.`,
        descriptionZh: `${m.name} 在${figuresZh(m.paramsSources.flatMap((g) => g.chartIds))} 的各子图中被画在 ${m.paramsSources.length} 个不同的参数量上。`,
        values: m.paramsSources.map((g) => ({ label: g.chartIds.join(', '), value: g.value })),
        gap: {
          absolute:
            Math.max(...m.paramsSources.map((g) => g.value)) -
            Math.min(...m.paramsSources.map((g) => g.value)),
          relative:
            Math.max(...m.paramsSources.map((g) => g.value)) /
              Math.min(...m.paramsSources.map((g) => g.value)) -
            1,
        },
        source: 'PDF vector drawings (x positions of the points)',
      });
  }
  issues.forEach((iss, k) => {
    notes.push({
      id: `${iss.kind}-${iss.chartIds.join('-')}-${k}`,
      kind: iss.kind,
      chartIds: iss.chartIds,
      ...(iss.slot ? { model: iss.slot.id } : {}),
      description: iss.description,
      descriptionZh: iss.descriptionZh,
      values: iss.values,
      ...(iss.values.length === 2
        ? {
            gap: {
              absolute: Math.abs(Number(iss.values[0]!.value) - Number(iss.values[1]!.value)),
              relative:
                Math.abs(Number(iss.values[0]!.value) - Number(iss.values[1]!.value)) /
                Math.abs(Number(iss.values[1]!.value) || 1),
            },
          }
        : {}),
      source: 'PDF vector drawings',
    });
  });
  // Omissions between sibling panels and mislabelled rows, found by comparing the figures with each other.
  notes.push(...siblingOmissions(figs, models), ...mmluRowLabels(figs));
  notes.push(...(await crossChecks(figs, slots, REF_DIR)));
  const seen = new Map<string, number>();
  for (const n of notes) {
    const c = seen.get(n.id) ?? 0;
    seen.set(n.id, c + 1);
    if (c) n.id = `${n.id}-${c + 1}`;
  }
  const files: Record<string, unknown> = {
    'figures.json': {
      source: { pdf: 'wei2022-emergent-abilities-arxiv-v2.pdf', sha256, arxiv: '2206.07682v2' },
      figures: figs,
    },
    'models.json': { models },
    'data-notes.json': { notes },
  };
  // Tables (Table 1, Appendix E, references) belong to another module; include them when present.
  const tablesPath = join(ROOT, 'scripts/extract/tables.ts');
  if (existsSync(tablesPath)) {
    const mod = (await import(pathToFileURL(tablesPath).href)) as {
      extractTables?: (p: string) => Promise<Record<string, unknown>>;
    };
    if (mod.extractTables) Object.assign(files, await mod.extractTables(pdfPath));
  } else log('note: scripts/extract/tables.ts not found; tables not extracted');
  return { files, report };
}

/** Output file name → JSON value, for in-memory reproducibility tests. */
export async function extractAll(pdfPath: string = DEFAULT_PDF): Promise<Record<string, unknown>> {
  return (await extractWithReport(pdfPath)).files;
}

async function main(): Promise<void> {
  const pdf = resolve(process.argv[2] ?? DEFAULT_PDF);
  const { files, report } = await extractWithReport(pdf, (s) => console.log(s));
  // Validated against the site's schemas and cross-references first: all files are written or none.
  await checkOutput(files, ROOT);
  const out = join(ROOT, 'content/data');
  await mkdir(out, { recursive: true });
  for (const [name, value] of Object.entries(files))
    await writeFile(join(out, name), toJson(value));
  for (const t of report.offTicks) console.log(`off-position: ${t}`);
  const tot = report.perFigure.reduce(
    (a, f) => ({
      panels: a.panels + f.panels,
      series: a.series + f.series,
      points: a.points + f.points,
    }),
    { panels: 0, series: 0, points: 0 },
  );
  console.log(
    `Summary: ${report.perFigure.length} figures, ${tot.panels} panels, ${tot.series} series, ${tot.points} points; largest tick residual ${(report.maxResidual.value * 100).toFixed(4)}% of axis length (${report.maxResidual.where}); ${report.offTicks.length} off-position ticks; wrote ${Object.keys(files).join(', ')}`,
  );
  if (report.failures.length) {
    for (const f of report.failures) console.error(`FAIL: ${f}`);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
