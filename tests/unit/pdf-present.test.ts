import { describe, it, expect } from 'vitest';
import { existsSync } from 'node:fs';

/**
 * The tests that re-derive data from the paper (extraction, exact coordinates, committed data, no
 * copied text) skip when the PDF is not beside the repository, as on a developer laptop without
 * it. CI always has it at ../shared/sources/, so there a missing PDF is a failure, not four
 * silently skipped suites.
 */
const PDF = process.env.WEI2022_PDF ?? '../shared/sources/wei2022-emergent-abilities-arxiv-v2.pdf';

describe('the paper for the PDF-derived tests', () => {
  it.runIf(Boolean(process.env.CI))(
    `is at ${PDF} on CI, so the extraction and copied-text tests run`,
    () => {
      expect(existsSync(PDF), `${PDF} is missing: the PDF-derived tests would skip`).toBe(true);
    },
  );
});
