import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

/**
 * No import circles in src/ (issue 13, "enforced layers"): static imports, re-exports and dynamic
 * import() between our own modules form a graph without cycles. Type-only imports are left out:
 * TypeScript erases them, so they order nothing at run time.
 */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|astro)$/.test(name) ? [path] : [];
  });
}

/** Our modules a file imports at run time (relative specifiers, resolved to files). */
function runtimeImports(file: string, source: string): string[] {
  const specs = [
    ...source.matchAll(
      /^\s*(?:import|export)\s+(?!type\b)(?:[^'"`;]*?\s+from\s+)?['"](\.[^'"]+)['"]/gm,
    ),
    ...source.matchAll(/\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g),
  ].map((m) => m[1]!);
  return specs.map((spec) => {
    const base = normalize(join(dirname(file), spec));
    for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
      try {
        if (statSync(candidate).isFile()) return candidate;
      } catch {
        /* try the next form */
      }
    }
    return base;
  });
}

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
    const graph = new Map(files('src').map((f) => [f, runtimeImports(f, readFileSync(f, 'utf8'))]));
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
