import { describe, expect, it } from 'vitest';
import { localizeAxisTitle, localizeReferenceName } from '../../../src/lib/i18n/chart-strings';
import { labelColon } from '../../../src/lib/i18n/t';
import { phraseSpace } from '../../../src/lib/i18n/ui';

describe('Chinese chart words', () => {
  it('translates axis titles and reference lines, and leaves English and unknown labels as printed', () => {
    expect(localizeAxisTitle('Model scale (training FLOPs)', 'zh')).toBe(
      '模型规模（训练算力，FLOPs）',
    );
    expect(localizeAxisTitle('WikiText103 ppl', 'zh')).toBe('WikiText103 困惑度');
    expect(localizeAxisTitle('Model parameters', 'en')).toBe('Model parameters');
    expect(localizeReferenceName('Random', 'zh')).toBe('随机水平');
    expect(localizeReferenceName('Random', 'en')).toBe('Random');
    expect(localizeReferenceName('Something else', 'zh')).toBe('Something else');
  });

  it('joins Chinese phrases without a space and with a full-width colon', () => {
    expect(`术语${labelColon('zh')}释义`).toBe('术语：释义');
    expect(`Term${labelColon('en')}definition`).toBe('Term: definition');
    expect(phraseSpace('zh') + phraseSpace('en')).toBe(' ');
  });
});
