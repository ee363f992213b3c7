// @ts-check
/**
 * Every package the code imports is declared in package.json. Scans src/, scripts/, tests/ and the
 * root config files for static imports and re-exports, `import()` and `require()` with a bare
 * specifier, and fails when the package (or, for type-only imports, its @types/ package) is in
 * neither dependencies nor devDependencies — an undeclared package works only while another
 * package happens to pull it in.
 * Usage: node scripts/check-deps.mjs
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';

const ROOTS = ['src', 'scripts', 'tests'];
const EXTENSIONS = /\.(?:[cm]?[jt]s|tsx|jsx|astro)$/;
const SKIP_DIRS = new Set(['node_modules', 'fixtures', '__golden__', 'dist', '.astro']);

/**
 * Package names a source file imports (bare specifiers only), with whether each is only imported as types.
 * @param {string} code
 * @returns {Map<string, boolean>} package → type-only
 */
export function importedPackages(code) {
  /** @type {Map<string, boolean>} */
  const out = new Map();
  const add = (/** @type {string} */ spec, /** @type {boolean} */ typeOnly) => {
    if (/^(?:\.|\/|node:|astro:|virtual:|#|data:|https?:)/.test(spec) || spec === '') return;
    const parts = spec.split('/');
    const name = spec.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? '');
    if (builtinModules.includes(name)) return;
    out.set(name, (out.get(name) ?? true) && typeOnly);
  };
  // Comments can hold example code: drop them first (a line comment needs whitespace or line start before it, so URLs survive).
  const text = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');
  for (const m of text.matchAll(
    /^\s*(import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/gm,
  ))
    add(m[3] ?? '', Boolean(m[2]));
  for (const m of text.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) add(m[1] ?? '', false);
  for (const m of text.matchAll(/\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) add(m[1] ?? '', false);
  return out;
}

/** Source files under a folder, recursively. */
function sources(/** @type {string} */ dir) {
  /** @type {string[]} */
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP_DIRS.has(entry.name)) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sources(full));
    else if (EXTENSIONS.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/**
 * Undeclared imports of a project: "file: package" for each.
 * @param {string} root
 */
export function undeclaredImports(root = process.cwd()) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const declared = new Set([
    ...Object.keys(pkg.dependencies ?? {}),
    ...Object.keys(pkg.devDependencies ?? {}),
  ]);
  const files = [
    ...ROOTS.flatMap((r) => sources(join(root, r))),
    ...readdirSync(root)
      .filter((f) => /\.config\.[cm]?[jt]s$/.test(f))
      .map((f) => join(root, f)),
  ];
  /** @type {string[]} */
  const problems = [];
  for (const file of files) {
    for (const [name, typeOnly] of importedPackages(readFileSync(file, 'utf8'))) {
      const typesName = `@types/${name.replace(/^@([^/]+)\//, '$1__')}`;
      if (declared.has(name) || (typeOnly && declared.has(typesName))) continue;
      problems.push(
        `${relative(root, file)}: imports "${name}", which package.json does not declare`,
      );
    }
  }
  return { files: files.length, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { files, problems } = undeclaredImports();
  for (const p of problems) console.log(`  ${p}`);
  console.log(`check-deps: ${files} files, ${problems.length} undeclared imports`);
  process.exit(problems.length ? 1 : 0);
}
