import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { runtimeImports, sourceFiles } from '../support/source-files';

/*
 * No import circles in src/ (issue 13, "enforced layers"): static imports, re-exports and dynamic
 * import() between our own modules form a graph without cycles. Type-only imports are left out:
 * TypeScript erases them, so they order nothing at run time.
 */

/** The first cycle found by depth-first search, as a list of files, or null. */
function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe('import graph of src/', () => {
  it('has no cycles through run-time imports (static, re-export or dynamic)', () => {
    const graph = new Map(
      sourceFiles('src').map((f) => [f, runtimeImports(f, readFileSync(f, 'utf8'))]),
    );
    expect(graph.size).toBeGreaterThan(100);
    expect(findCycle(graph)).toBeNull();
  });
  it('findCycle finds a circle of three and ignores a diamond', () => {
    expect(
      findCycle(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
        ]),
      ),
    ).toEqual(['a', 'b', 'c', 'a']);
    expect(
      findCycle(
        new Map([
          ['a', ['b', 'c']],
          ['b', ['d']],
          ['c', ['d']],
          ['d', []],
        ]),
      ),
    ).toBeNull();
  });
  it('runtimeImports reads static, dynamic and re-exports but not type-only imports', () => {
    const src =
      "import { a } from './a';\nimport type { B } from './b';\nexport { c } from './c';\nconst d = import('./d');\n";
    expect(runtimeImports('src/x/y.ts', src).map((p) => p.replace(/\\/g, '/'))).toEqual([
      'src/x/a',
      'src/x/c',
      'src/x/d',
    ]);
  });
});
