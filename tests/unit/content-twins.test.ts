import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const figures = JSON.parse(readFileSync('content/data/figures.json', 'utf8')) as {
  figures: { figure: number; panels: { chartId: string }[] }[];
};
const chartIds = new Set(figures.figures.flatMap((f) => f.panels.map((p) => p.chartId)));
const figureNumbers = new Set(figures.figures.map((f) => f.figure));
const pages = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort();

/** Frontmatter `figures` and the chart ids used in the body of one MDX file. */
function usedIds(file: string): { listed: string[]; inBody: string[]; figureGrids: number[] } {
  const text = readFileSync(file, 'utf8');
  const listed = JSON.parse(/^figures:\s*(\[.*\])\s*$/m.exec(text)?.[1] ?? '[]') as string[];
  const inBody = [...text.matchAll(/<(?:Chart|PredictReveal)\s+(?:id|chart)="([^"]+)"/g)].map(
    (m) => m[1]!,
  );
  const figureGrids = [...text.matchAll(/<FigureGrid\s+figure=\{(\d+)\}/g)].map((m) =>
    Number(m[1]),
  );
  return { listed, inBody, figureGrids };
}

describe('explainer content', () => {
  it('every English page in content/paper has a Chinese twin with the same file name, and vice versa', () => {
    expect(pages('content/zh/paper')).toEqual(pages('content/paper'));
  });
  for (const dir of ['content/paper', 'content/zh/paper']) {
    it(`every chart id and figure referenced by a page in ${dir} exists in figures.json and is listed in its frontmatter`, () => {
      for (const file of pages(dir)) {
        const { listed, inBody, figureGrids } = usedIds(join(dir, file));
        for (const id of [...listed, ...inBody])
          expect(chartIds.has(id), `${dir}/${file}: ${id}`).toBe(true);
        for (const id of inBody)
          expect(listed, `${dir}/${file}: ${id} is used but not in frontmatter figures`).toContain(
            id,
          );
        for (const n of figureGrids)
          expect(figureNumbers.has(n), `${dir}/${file}: FigureGrid ${n}`).toBe(true);
      }
    });
  }
  it('twins show the same charts and keep the same reading order', () => {
    for (const file of pages('content/paper')) {
      const en = readFileSync(join('content/paper', file), 'utf8');
      const zh = readFileSync(join('content/zh/paper', file), 'utf8');
      expect(usedIds(join('content/zh/paper', file)).listed.sort(), file).toEqual(
        usedIds(join('content/paper', file)).listed.sort(),
      );
      expect(/^order:\s*(\d+)/m.exec(zh)?.[1], file).toBe(/^order:\s*(\d+)/m.exec(en)?.[1]);
    }
  });
});
