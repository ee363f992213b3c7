/** Reading our own source tree, for the tests that enforce its layers (import circles, browser code and dictionaries). */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

/** Every .ts and .astro file below `dir`, recursively. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|astro)$/.test(name) ? [path] : [];
  });
}

/**
 * Our modules a file imports at run time: relative specifiers of static imports, re-exports and
 * dynamic import(), resolved to files. Type-only imports are left out: TypeScript erases them.
 */
export function runtimeImports(file: string, source: string): string[] {
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
