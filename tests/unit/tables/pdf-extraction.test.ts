/**
 * End-to-end checks against the real PDF: Table 1 versus the independently extracted reference
 * CSV, Appendix E counts versus what the text says, and the schemas. Skipped (with a message) when
 * the PDF is not at ../shared/sources/ (it is never committed to this repository).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractTables } from '../../../scripts/extract/tables.ts';
import { abilitiesFileSchema, type AbilitiesFile } from '../../../src/lib/data/abilities-schema.ts';
import { bigbenchFileSchema, type BigbenchFile } from '../../../src/lib/data/bigbench-schema.ts';
import {
  referencesFileSchema,
  type ReferencesFile,
} from '../../../src/lib/data/references-schema.ts';

const root = resolve(import.meta.dirname, '../../..');
const PDF = resolve(
  process.env['WEI2022_PDF'] ??
    resolve(root, '../shared/sources/wei2022-emergent-abilities-arxiv-v2.pdf'),
);
const CSV = resolve(root, '../shared/reference/wei2022_table1_emergent_abilities.csv');
const havePdf = existsSync(PDF);
if (!havePdf)
  console.warn(`[tables] SKIPPED PDF extraction tests: ${PDF} not found (set WEI2022_PDF)`);

/** Minimal CSV reader: the reference file has no quoted fields. */
function readCsv(path: string): Array<Record<string, string>> {
  const [head, ...rows] = readFileSync(path, 'utf8').trim().split(/\r?\n/);
  const cols = (head ?? '').split(',');
  return rows.map((r) => Object.fromEntries(r.split(',').map((v, i) => [cols[i] ?? '', v])));
}

describe.skipIf(!havePdf)('extraction from the PDF', () => {
  let abilities: AbilitiesFile;
  let bigbench: BigbenchFile;
  let references: ReferencesFile;
  let raw: string;
  beforeAll(async () => {
    const out = await extractTables(PDF);
    raw = JSON.stringify(out);
    abilities = abilitiesFileSchema.parse(out['emergent-abilities.json']);
    bigbench = bigbenchFileSchema.parse(out['bigbench-tasks.json']);
    references = referencesFileSchema.parse(out['references.json']);
  });

  it('is deterministic', async () => {
    // Compare serialised output (key order included), not the zod-parsed copies.
    const again = JSON.stringify(await extractTables(PDF));
    expect(again === raw).toBe(true);
  });

  it.skipIf(!existsSync(CSV))('Table 1 matches the reference CSV', () => {
    const csv = readCsv(CSV);
    expect(abilities.abilities).toHaveLength(csv.length);
    abilities.abilities.forEach((a, i) => {
      const c = csv[i] ?? {};
      expect({
        kind: a.kind,
        ability: a.ability,
        flops: a.flopsPrinted,
        params: a.paramsPrinted,
      }).toEqual({
        kind: c['category'],
        ability: c['ability'],
        flops: c['train_flops'],
        params: c['params'],
      });
      // The CSV fills the cells the PDF leaves blank ("as above") without saying so; we fill them
      // the same way and flag them with filledFromRow, so values agree.
      expect({ model: a.model, reference: a.reference }).toEqual({
        model: c['model'],
        reference: c['reference'],
      });
    });
  });

  it('flags exactly the rows whose model/reference cells are blank in the PDF', () => {
    const filled = abilities.abilities
      .filter((a) => a.filledFromRow !== undefined)
      .map((a) => [a.row, a.filledFromRow]);
    expect(filled).toEqual([
      [2, 1],
      [5, 4],
      [6, 4],
    ]);
  });

  it('parses scale strings into numbers', () => {
    const first = abilities.abilities[0];
    expect(first).toMatchObject({
      flops: 2.3e22,
      params: 13e9,
      model: 'GPT-3',
      referenceKeys: ['brown2020language'],
    });
    expect(abilities.abilities.find((a) => a.flopsPrinted === 'Many')).toMatchObject({
      flops: null,
      params: null,
    });
  });

  it('maps Figure 2 and 3 panels to Table 1 rows', () => {
    const byPanel = new Map<string, number[]>();
    for (const a of abilities.abilities)
      for (const c of a.chartIds) byPanel.set(c, [...(byPanel.get(c) ?? []), a.row]);
    // Every panel is used; A–D are BIG-Bench tasks (row 10); G is MMLU (rows 3, 6, 8).
    expect([...byPanel.keys()].sort()).toEqual([
      'fig2a',
      'fig2b',
      'fig2c',
      'fig2d',
      'fig2e',
      'fig2f',
      'fig2g',
      'fig2h',
      'fig3a',
      'fig3b',
      'fig3c',
      'fig3d',
    ]);
    expect(byPanel.get('fig2g')).toEqual([3, 6, 8]);
    expect(byPanel.get('fig2a')).toEqual([10]);
  });

  it('Appendix E counts agree with the text (210 tasks, 40 outside Figure 8) and Appendix F (14)', () => {
    const count = (id: string): number => bigbench.tasks.filter((t) => t.category === id).length;
    expect(bigbench.categories.map((c) => c.id)).toEqual(['E.1', 'E.2', 'E.3', 'E.4', 'E.5']);
    expect(bigbench.tasks).toHaveLength(210);
    expect(count('E.5')).toBe(40);
    expect(['E.1', 'E.2', 'E.3', 'E.4'].map(count)).toEqual([58, 25, 42, 45]);
    const palm62 = bigbench.tasks.filter((t) => t.palm62bEmergent);
    expect(palm62).toHaveLength(14);
    // "if a task was initially emergent with GPT-3 or LaMDA, we excluded it from the PaLM category"
    expect(palm62.every((t) => t.category === 'E.3')).toBe(true);
  });

  it('references cover every Table 1 key and include the paper with 16 authors', () => {
    const ids = new Set(references.references.map((r) => r.id));
    for (const a of abilities.abilities)
      for (const k of a.referenceKeys) expect(ids.has(k)).toBe(true);
    const self = references.references.find((r) => r.id === 'wei2022emergent');
    expect(self?.author).toHaveLength(16);
    expect(self?.source).toEqual({ id: 'added' });
    // Printed labels in Table 1 agree with the labels rebuilt from the bibliography entries.
    for (const a of abilities.abilities) {
      const ref = references.references.find((r) => r.id === a.referenceKeys[0]);
      expect(ref?.citationLabel).toBe(a.reference);
    }
  });
});
