import { describe, it, expect } from 'vitest';
import abilitiesJson from '../../../content/data/emergent-abilities.json';
import {
  formatPrintedFlops,
  matchesTable1,
  NO_FILTER,
  sortTable1,
  table1FlopsExponents,
  table1Models,
  type Table1Record,
} from '../../../src/lib/explainer/table1';

const rows = abilitiesJson.abilities as Table1Record[];

describe('sortTable1(rows, key, direction)', () => {
  it('sorts by FLOPs with "Many" last in both directions and ties in row order', () => {
    const asc = sortTable1(rows, 'flops', 'ascending');
    expect(asc[0]?.id).toBe('scratchpad-8-digit-addition-finetuning');
    expect(asc.at(-1)?.flops).toBeNull();
    expect(asc.at(-2)?.id).toBe('word-in-context-wic-benchmark');
    const desc = sortTable1(rows, 'flops', 'descending');
    expect(desc[0]?.id).toBe('word-in-context-wic-benchmark');
    expect(desc.at(-1)?.flops).toBeNull();
    const gpt3At31 = asc.filter((r) => r.flops === 3.1e23).map((r) => r.row);
    expect(gpt3At31).toEqual([...gpt3At31].sort((a, b) => a - b));
  });
  it('does not change its input', () => {
    const before = rows.map((r) => r.id);
    sortTable1(rows, 'ability', 'descending');
    expect(rows.map((r) => r.id)).toEqual(before);
  });
});

describe('matchesTable1(row, filter)', () => {
  it('keeps every row with no filter, and rows of one kind with a kind filter', () => {
    expect(rows.filter((r) => matchesTable1(r, NO_FILTER))).toHaveLength(23);
    const augmented = rows.filter((r) => matchesTable1(r, { ...NO_FILTER, kind: 'augmented' }));
    expect(augmented.every((r) => r.kind === 'augmented')).toBe(true);
    expect(augmented).toHaveLength(rows.filter((r) => r.kind === 'augmented').length);
  });
  it('applies FLOPs bounds inclusively by power of ten and drops rows without FLOPs', () => {
    const kept = rows.filter((r) => matchesTable1(r, { ...NO_FILTER, minExp: 23, maxExp: 24 }));
    expect(kept.every((r) => r.flops !== null && r.flops >= 1e23 && r.flops <= 1e24)).toBe(true);
    expect(kept.some((r) => r.flops === null)).toBe(false);
    expect(kept).toHaveLength(
      rows.filter((r) => r.flops !== null && r.flops >= 1e23 && r.flops <= 1e24).length,
    );
  });
});

describe('table1Models / table1FlopsExponents', () => {
  it('lists models once in first-appearance order and the decades spanning the FLOPs', () => {
    expect(table1Models(rows).slice(0, 3)).toEqual(['GPT-3', 'Gopher', 'Chinchilla']);
    expect(new Set(table1Models(rows)).size).toBe(table1Models(rows).length);
    expect(table1FlopsExponents(rows)).toEqual([19, 20, 21, 22, 23, 24, 25]);
  });
});

describe('formatPrintedFlops(printed, value)', () => {
  it('keeps the printed digits and raises the exponent', () => {
    expect(formatPrintedFlops('2.3E+22', 2.3e22)).toBe('2.3 × 10²²');
    expect(formatPrintedFlops('5.0E+23', 5e23)).toBe('5.0 × 10²³');
    expect(formatPrintedFlops('Many', null)).toBeNull();
  });
});
