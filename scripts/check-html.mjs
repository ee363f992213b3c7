// @ts-check
/**
 * Validates every HTML file of the build (dist/ or $OUT_DIR) with html-validate, using the
 * repository's .htmlvalidate.json (html-validate:recommended; each disabled rule says why).
 * Prints every error with file, line, column, rule and selector; exits 1 when there is any.
 * Usage: node scripts/check-html.mjs [dir]
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { distDir, listFiles } from './bench/site.mjs';

const dir = process.argv[2] ?? distDir();
const files = listFiles(dir, '.html');
// The build lives outside the repository (OUT_DIR), so the config is loaded explicitly, not searched for.
const config = JSON.parse(readFileSync(new URL('../.htmlvalidate.json', import.meta.url), 'utf8'));
const validator = new HtmlValidate(new StaticConfigLoader({ ...config, root: true }));
const started = Date.now();
let errors = 0;
let warnings = 0;
/** @type {Map<string, number>} */
const byRule = new Map();
for (const file of files) {
  const report = await validator.validateFile(join(dir, file));
  for (const result of report.results) {
    for (const m of result.messages) {
      if (m.severity === 2) errors++;
      else warnings++;
      byRule.set(m.ruleId, (byRule.get(m.ruleId) ?? 0) + 1);
      console.log(
        `${relative(process.cwd(), join(dir, file))}:${m.line}:${m.column} ${m.severity === 2 ? 'error' : 'warning'} [${m.ruleId}] ${m.message}${m.selector ? ` (${m.selector})` : ''}`,
      );
    }
  }
}
const rules = [...byRule].map(([rule, n]) => `${rule}: ${n}`).join(', ');
console.log(
  `html-validate: ${files.length} files, ${errors} errors, ${warnings} warnings${rules ? ` (${rules})` : ''} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
process.exit(errors ? 1 : 0);
