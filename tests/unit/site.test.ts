import { describe, it, expect } from 'vitest';
import { joinBase, stripBase } from '../../src/lib/site/paths';
import { nextTheme, resolveTheme } from '../../src/lib/site/theme';
import { counterpartPath, langOfPath } from '../../src/lib/i18n/ui';
import { ARXIV_ID, creditLine } from '../../src/lib/site/credit';
import { t } from '../../src/lib/i18n/t';
import { PAPER } from '../../src/lib/site/paper';

describe('site paths', () => {
  it('joinBase(base, path) keeps exactly one slash between a sub-path base and the path', () => {
    expect(joinBase('/', '/figures/')).toBe('/figures/');
    expect(joinBase('/emergence/', '/figures/')).toBe('/emergence/figures/');
    expect(joinBase('/emergence', 'figures/')).toBe('/emergence/figures/');
  });
  it('stripBase(base, pathname) removes the deployment base and leaves other paths alone', () => {
    expect(stripBase('/emergence/', '/emergence/paper/x/')).toBe('/paper/x/');
    expect(stripBase('/', '/paper/x/')).toBe('/paper/x/');
    expect(stripBase('/emergence/', '/other/')).toBe('/other/');
  });
});

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

describe('language routes', () => {
  it('counterpartPath(path, lang) maps an English page to its /zh/ twin and back', () => {
    expect(counterpartPath('/paper/x/', 'zh')).toBe('/zh/paper/x/');
    expect(counterpartPath('/zh/paper/x/', 'en')).toBe('/paper/x/');
    expect(counterpartPath('/', 'zh')).toBe('/zh/');
    expect(counterpartPath('/zh/', 'en')).toBe('/');
  });
  it('langOfPath(path) is zh only under /zh/', () => {
    expect(langOfPath('/zh/figures/')).toBe('zh');
    expect(langOfPath('/zhx/')).toBe('en');
    expect(langOfPath('/')).toBe('en');
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
