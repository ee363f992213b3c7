import { describe, it, expect } from 'vitest';
import { fillTemplate } from '../../../src/lib/format/template';

describe('fillTemplate', () => {
  it('fills every occurrence of each known name, numbers as written', () => {
    expect(fillTemplate('Showing {n} of {total} ({n} shown)', { n: 3, total: 23 })).toBe(
      'Showing 3 of 23 (3 shown)',
    );
  });

  it('leaves unknown names and non-placeholders untouched', () => {
    expect(fillTemplate('{n} of {total} {} {x-y}', { n: 1 })).toBe('1 of {total} {} {x-y}');
  });
});
