import { describe, it, expect } from 'vitest';
import { CHART_STRINGS } from '../../../src/lib/i18n/chart-strings';
import { CONTROL_STRINGS } from '../../../src/lib/i18n/controls';
import { PRESENT_STRINGS } from '../../../src/lib/i18n/present-strings';
import { SHARE_STRINGS } from '../../../src/lib/i18n/share-strings';
import { PREDICT_LABELS, PREDICT_STRINGS } from '../../../src/lib/predict/strings';
import { explainerStrings, NOTE_KIND_TEXT } from '../../../src/lib/explainer/strings';

/** Every key path of a nested dictionary ("sizes.1x"), sorted. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value)
    .flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k))
    .sort();
}

/** Empty strings in a dictionary, by key path. */
function empty(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [prefix] : [];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => empty(v, prefix ? `${prefix}.${k}` : k));
}

const DICTIONARIES: Record<string, { en: unknown; zh: unknown }> = {
  CHART_STRINGS,
  CONTROL_STRINGS,
  PRESENT_STRINGS,
  SHARE_STRINGS,
  PREDICT_LABELS,
  PREDICT_STRINGS,
  NOTE_KIND_TEXT,
  explainer: { en: explainerStrings('en'), zh: explainerStrings('zh') },
};

describe('interface dictionaries', () => {
  for (const [name, dict] of Object.entries(DICTIONARIES)) {
    it(`${name}: English and Chinese have the same keys, none of them empty`, () => {
      expect(keyPaths(dict.zh)).toEqual(keyPaths(dict.en));
      expect(keyPaths(dict.en).length).toBeGreaterThan(2);
      expect([...empty(dict.en), ...empty(dict.zh)]).toEqual([]);
    });
  }
  it('keyPaths sees a key missing in one language', () => {
    expect(keyPaths({ a: 'x', b: { c: 'y' } })).not.toEqual(keyPaths({ a: 'x', b: {} }));
  });
});
