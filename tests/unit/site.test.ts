import { describe, it, expect } from 'vitest';
import { nextTheme, resolveTheme } from '../../src/lib/site/theme';
import { ARXIV_ID, creditLine } from '../../src/lib/site/credit';
import { t } from '../../src/lib/i18n/t';
import { PAPER } from '../../src/lib/site/paper';

describe('theme', () => {
  it('resolveTheme("auto", systemDark) follows the system; explicit choices win', () => {
    expect(resolveTheme('auto', true)).toBe('dark');
    expect(resolveTheme('auto', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
  });
  it('nextTheme(choice, systemDark) flips what is shown, so one click always changes the page', () => {
    expect(nextTheme('auto', true)).toBe('light');
    expect(nextTheme('auto', false)).toBe('dark');
    expect(nextTheme('dark', false)).toBe('light');
  });
});

describe('the credit line', () => {
  it('names the arXiv id of the paper (credit.ts keeps a copy so browser code need not load the bibliography)', () => {
    expect(ARXIV_ID).toBe(PAPER.arxivId);
    expect(creditLine('Figure 2A', t('en', 'credit.lead'))).toBe(
      `Data: Wei et al. (2022), Figure 2A, arXiv:${PAPER.arxivId}`,
    );
    expect(creditLine('图 2A', t('zh', 'credit.lead'))).toBe(
      `数据：Wei 等（2022），图 2A，arXiv:${PAPER.arxivId}`,
    );
  });
});
