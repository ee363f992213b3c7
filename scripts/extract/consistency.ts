/** Inconsistencies inside the paper found by comparing figures with each other (no external references). */
import type { FigureOut } from './models.ts';
import type { Note } from './cross-checks.ts';
import type { PanelOut } from './panels.ts';

/** A model as far as these checks need it. */
export interface ModelRef {
  id: string;
  name: string;
  family: string;
  params: number | null;
}

const letter = (chartId: string) =>
  chartId
    .replace(/^fig(\d+)([a-z])$/, (_, n: string, l: string) => `${n}${l.toUpperCase()}`)
    .replace(/^fig(\d+)-(r\d+c\d+)$/, '$1 ($2)');

/**
 * Models a panel leaves out although sibling panels of the same figure draw them for the same family.
 * One note per panel and family, listing every left-out model; says whether the gap is inside the
 * panel's own range (the line skips a model) or at an end (the panel starts later / stops earlier).
 * Omissions against the twin figure (Figure 2 vs 11, 3 vs 12) are reported by the model join.
 */
export function siblingOmissions(figs: FigureOut[], models: ModelRef[]): Note[] {
  const notes: Note[] = [];
  const byId = new Map(models.map((m) => [m.id, m]));
  const size = (id: string) => byId.get(id)?.params ?? 0;
  for (const f of figs) {
    const famModels = new Map<string, Map<string, string[]>>();
    const panelModels = new Map<PanelOut, Map<string, Set<string>>>();
    for (const p of f.panels) {
      const mine = new Map<string, Set<string>>();
      for (const s of p.series) {
        if (!s.family) continue;
        for (const q of s.points) {
          if (!q.model) continue;
          if (!mine.has(s.family)) mine.set(s.family, new Set());
          mine.get(s.family)!.add(q.model);
          const fm = famModels.get(s.family) ?? new Map<string, string[]>();
          famModels.set(s.family, fm);
          const where = fm.get(q.model) ?? [];
          if (!where.includes(p.chartId)) where.push(p.chartId);
          fm.set(q.model, where);
        }
      }
      panelModels.set(p, mine);
    }
    for (const p of f.panels) {
      for (const [fam, have] of panelModels.get(p) ?? []) {
        const all = famModels.get(fam)!;
        const missing = [...all.keys()]
          .filter((id) => !have.has(id))
          .sort((a, b) => size(a) - size(b));
        if (!missing.length) continue;
        const sizes = [...have].map(size);
        const lo = Math.min(...sizes);
        const hi = Math.max(...sizes);
        const inside = missing.filter((id) => size(id) > lo && size(id) < hi);
        const name = (id: string) => byId.get(id)?.name ?? id;
        const parts = missing.map((id) => `${name(id)} (drawn in ${all.get(id)!.join(', ')})`);
        const partsZh = missing.map((id) => `${name(id)}（见 ${all.get(id)!.join('、')}）`);
        const how =
          inside.length === missing.length
            ? 'inside the range the panel draws, so its line goes straight past the missing size'
            : inside.length === 0
              ? `outside the range the panel draws (${name([...have].sort((a, b) => size(a) - size(b))[0]!)} to ${name([...have].sort((a, b) => size(b) - size(a))[0]!)})`
              : `${inside.map(name).join(', ')} inside the panel's range, the rest outside it`;
        const smallest = name([...have].sort((a, b) => size(a) - size(b))[0]!);
        const largest = name([...have].sort((a, b) => size(b) - size(a))[0]!);
        const howZh =
          inside.length === missing.length
            ? `缺少的${missing.length === 1 ? '模型' : '几个模型都'}在该子图所画的范围之内，因此它的折线直接越过了${missing.length === 1 ? '这个规模' : '这些规模'}。`
            : inside.length === 0
              ? `缺少的${missing.length === 1 ? '模型' : '几个模型都'}在该子图所画的范围（${smallest} 至 ${largest}）之外。`
              : `缺少的模型中，${inside.map(name).join('、')} 在该子图的范围之内，其余在范围之外。`;
        notes.push({
          id: `model-missing-sibling-${p.chartId}-${fam.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
          kind: 'model-missing',
          chartIds: [p.chartId, ...new Set(missing.flatMap((id) => all.get(id)!))],
          ...(missing.length === 1 ? { model: missing[0]! } : {}),
          description: `Figure ${letter(p.chartId)} draws ${have.size} ${fam} models; other panels of Figure ${f.figure} also draw ${parts.join('; ')}. The missing ${missing.length === 1 ? 'model is' : 'models are'} ${how}.`,
          descriptionZh: `图 ${letter(p.chartId)} 画了 ${have.size} 个 ${fam} 模型；图 ${f.figure} 的其他子图还画了 ${partsZh.join('；')}。${howZh}`,
          values: missing.map((id) => ({ label: 'not drawn in ' + p.chartId, value: name(id) })),
          source: `PDF page ${f.page}, Figure ${f.figure} (models identified by the join in models.json)`,
        });
      }
    }
  }
  return notes;
}

/**
 * Figure 9 plots, per MMLU category and family, the second-largest model's accuracy (x) against the
 * largest model's (y); Figure 10 draws the same numbers as the last two points of each row. For each
 * Figure 10 row, find which Figure 9 category its numbers equal. A row whose numbers belong to another
 * category's Figure 9 entry gets a "label-suspect" note with both readings; the data stay as printed.
 */
export function mmluRowLabels(figs: FigureOut[]): Note[] {
  const f9 = figs.find((f) => f.figure === 9)?.panels[0];
  const f10 = figs.find((f) => f.figure === 10);
  if (!f9 || !f10) return [];
  const TOL = 0.05; // percentage points: both figures draw the same numbers, so they agree far closer
  const fig9 = f9.series.map((s) => {
    const m = /^(.+?):\s*(.+)$/.exec(s.name);
    return {
      family: m?.[1] ?? '',
      category: m?.[2] ?? s.name,
      x: s.points[0]?.x ?? NaN,
      y: s.points[0]?.y ?? NaN,
    };
  });
  const rows = [...new Set(f10.panels.map((p) => p.grid.row))];
  const rowInfo = rows.map((r) => {
    const p =
      f10.panels.find((q) => q.grid.row === r && /FLOPs/.test(q.x.label)) ??
      f10.panels.find((q) => q.grid.row === r)!;
    const category = p.title
      .replace(/^MMLU:\s*/, '')
      .replace(/^Science, Technology, Engineering, and Math \((STEM)\)$/, '$1');
    const last2 = p.series.map((s) => {
      const pts = [...s.points].sort((a, b) => a.x - b.x);
      return {
        family: s.name,
        second: pts[pts.length - 2]?.y ?? NaN,
        largest: pts[pts.length - 1]?.y ?? NaN,
      };
    });
    const matches = (cat: string) =>
      last2.every((l) =>
        fig9.some(
          (e) =>
            e.family === l.family &&
            e.category === cat &&
            Math.abs(e.x - l.second) <= TOL &&
            Math.abs(e.y - l.largest) <= TOL,
        ),
      );
    const fig9Cats = [...new Set(fig9.map((e) => e.category))];
    return {
      row: r,
      panel: p,
      category,
      last2,
      matchesOwn: matches(category),
      matchedBy: fig9Cats.filter(matches),
    };
  });
  const notes: Note[] = [];
  for (const ri of rowInfo) {
    if (ri.matchesOwn || ri.matchedBy.length !== 1) continue;
    const other = ri.matchedBy[0]!;
    const otherRow = rowInfo.find((q) => q.category === other);
    if (!otherRow) continue;
    const v = (n: number) => String(Number(n.toPrecision(3)));
    const fmtRow = (x: typeof ri) =>
      x.last2.map((l) => `${l.family} ${v(l.second)} → ${v(l.largest)}`).join(', ');
    const f9of = (cat: string) =>
      fig9
        .filter((e) => e.category === cat)
        .map((e) => `${e.family} ${v(e.x)} → ${v(e.y)}`)
        .join(', ');
    const fmtRowZh = (x: typeof ri) =>
      x.last2.map((l) => `${l.family} ${v(l.second)} → ${v(l.largest)}`).join('，');
    const f9ofZh = (cat: string) =>
      fig9
        .filter((e) => e.category === cat)
        .map((e) => `${e.family} ${v(e.x)} → ${v(e.y)}`)
        .join('，');
    const swapMatches = otherRow.matchedBy.includes(ri.category);
    const rowCharts = (r: number) =>
      f10.panels.filter((p) => p.grid.row === r).map((p) => p.chartId);
    const highest = [...rowInfo].sort(
      (a, b) =>
        Math.max(...b.last2.map((l) => l.largest)) - Math.max(...a.last2.map((l) => l.largest)),
    )[0]!;
    notes.push({
      id: `label-suspect-fig10-row${ri.row}-${ri.category.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
      kind: 'label-suspect',
      chartIds: [...rowCharts(ri.row), ...rowCharts(otherRow.row), 'fig9'],
      description:
        `Figure 10's row titled "MMLU: ${ri.category}" draws second-largest → largest model accuracies ${fmtRow(ri)}, which are Figure 9's "${other}" points to within ${TOL} points (${f9of(other)}), not its "${ri.category}" points (${f9of(ri.category)}). ` +
        `Reading 1 (as printed): the row is ${ri.category}; then ${highest.category === ri.category ? `${ri.category} ends highest of the four rows, against the Figure 10 caption ("Social Science had the highest level of emergence") and Appendix B ("Social Science and Humanities have the largest jump")` : 'Figure 9 and Figure 10 disagree on this category'}. ` +
        `Reading 2: the titles "${ri.category}" and "${other}" are swapped; then this row is ${other}, which agrees with Figure 9 and the text, but the row titled "${other}" (${fmtRow(otherRow)}) would be ${ri.category} and ${otherRow.matchedBy.includes(ri.category) ? 'matches' : 'does not match'} Figure 9's "${ri.category}" points (${f9of(ri.category)})${otherRow.matchedBy.includes(ri.category) ? '' : ', so a plain swap does not explain every number'}. The data are kept as printed.`,
      descriptionZh:
        `图 10 中标题为“MMLU: ${ri.category}”的一行，画出的准确率（次大模型 → 最大模型）为 ${fmtRowZh(ri)}；这些数值正是图 9 中“${other}”的点（相差不超过 ${TOL} 个百分点：${f9ofZh(other)}），而不是图 9 中“${ri.category}”的点（${f9ofZh(ri.category)}）。` +
        `解读一（按印出的标题）：这一行是“${ri.category}”；那么${highest.category === ri.category ? `“${ri.category}”一行的终点在四行中最高，与图 10 的图注（“Social Science had the highest level of emergence”）和附录 B（“Social Science and Humanities have the largest jump”）相矛盾` : '图 9 与图 10 在这一类别上不一致'}。` +
        `解读二：“${ri.category}”与“${other}”两个标题被互换了；那么这一行是“${other}”，与图 9 和正文一致，但标题为“${other}”的那一行（${fmtRowZh(otherRow)}）就应是“${ri.category}”，而它与图 9 中“${ri.category}”的点（${f9ofZh(ri.category)}）${swapMatches ? '相符' : '不符，可见单纯互换标题并不能解释所有数字'}。数据按印出的原样保留。`,
      values: [
        ...ri.last2.map((l) => ({
          label: `Figure 10 "${ri.category}" row, ${l.family} largest`,
          value: l.largest,
        })),
        ...fig9
          .filter((e) => e.category === other)
          .map((e) => ({ label: `Figure 9 "${e.family}: ${other}", largest`, value: e.y })),
        ...fig9
          .filter((e) => e.category === ri.category)
          .map((e) => ({ label: `Figure 9 "${e.family}: ${ri.category}", largest`, value: e.y })),
      ],
      source: 'PDF pages 24-25: Figure 9, Figure 10 and its caption, Appendix B text',
    });
  }
  return notes;
}
