import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface LangText {
  title: string;
  caption: string;
}
interface CaptionEntry {
  figure: number;
  en: LangText;
  zh: LangText;
  panels: Record<string, { en: string; zh: string }>;
}
interface FiguresFile {
  figures: { figure: number; panels: { chartId: string }[] }[];
}

const readJson = <T>(rel: string): T =>
  JSON.parse(readFileSync(join(process.cwd(), rel), 'utf8')) as T;

const captions = readJson<{ figures: CaptionEntry[] }>('content/data/figure-captions.json');
const figures = readJson<FiguresFile>('content/data/figures.json');

const FIGURES = Array.from({ length: 12 }, (_, i) => i + 2); // 2..13
const nonEmpty = (s: unknown): boolean => typeof s === 'string' && s.trim().length > 0;
const hasHan = (s: string): boolean => /\p{Script=Han}/u.test(s);

describe('figure-captions.json', () => {
  it('lists figures 2 to 13 exactly once, in order', () => {
    expect(captions.figures.map((f) => f.figure)).toEqual(FIGURES);
  });

  for (const n of FIGURES) {
    it(`figure ${n} has an en and zh title and caption`, () => {
      const entry = captions.figures.find((f) => f.figure === n);
      expect(entry, `figure ${n} missing`).toBeDefined();
      for (const lang of ['en', 'zh'] as const) {
        expect(nonEmpty(entry?.[lang]?.title), `figure ${n} ${lang}.title`).toBe(true);
        expect(nonEmpty(entry?.[lang]?.caption), `figure ${n} ${lang}.caption`).toBe(true);
      }
      expect(
        hasHan(entry!.zh.title) && hasHan(entry!.zh.caption),
        `figure ${n} zh is Chinese`,
      ).toBe(true);
      expect(
        entry!.en.title.trim().split(/\s+/).length,
        `figure ${n} en.title ≤ 8 words`,
      ).toBeLessThanOrEqual(8);
    });
  }

  it('every chartId in figures.json has a panel caption in en and zh, under its own figure', () => {
    const missing: string[] = [];
    for (const fig of figures.figures) {
      const entry = captions.figures.find((f) => f.figure === fig.figure);
      for (const { chartId } of fig.panels) {
        const p = entry?.panels?.[chartId];
        if (!p || !nonEmpty(p.en) || !nonEmpty(p.zh) || !hasHan(p.zh)) missing.push(chartId);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has no panel caption keys for unknown chart ids', () => {
    const known = new Map<string, number>();
    for (const fig of figures.figures) for (const p of fig.panels) known.set(p.chartId, fig.figure);
    const unknown: string[] = [];
    for (const entry of captions.figures) {
      for (const key of Object.keys(entry.panels ?? {})) {
        if (known.get(key) !== entry.figure) unknown.push(`${entry.figure}:${key}`);
      }
    }
    expect(unknown).toEqual([]);
  });
});
