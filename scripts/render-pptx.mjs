// @ts-check
/**
 * Renders PowerPoint files to PNG with LibreOffice, to look at the native charts the build writes
 * without PowerPoint. Optional: nothing else in the project needs LibreOffice.
 *
 * Usage: node scripts/render-pptx.mjs [--out dir] <chart-id | file.pptx>...
 *   npm run pptx:render -- fig2a fig3d fig8          (reads $OUT_DIR/pptx/<id>.pptx, else dist/pptx/)
 *
 * Writes <out>/<name>.png (slide 1, the editable chart) and <out>/<name>.pdf (every slide); when
 * poppler's pdftoppm is installed, also <out>/<name>-<slide>.png for every slide. LibreOffice's PNG
 * export only draws the first slide, hence the PDF step. Exits 2 when LibreOffice is missing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

/** Where LibreOffice usually lives, after $SOFFICE and the PATH. */
const KNOWN_PATHS = [
  '/usr/bin/soffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
];

/** The first command of `names` that runs with `flag` (a version query), or null. */
function onPath(/** @type {string[]} */ names, flag = '--version') {
  for (const name of names) {
    const r = spawnSync(name, [flag], { stdio: 'ignore', timeout: 60_000 });
    if (r.status === 0) return name;
  }
  return null;
}

/** The LibreOffice binary: $SOFFICE, then soffice/libreoffice on the PATH, then the usual install paths. */
function findSoffice() {
  const fromEnv = process.env.SOFFICE;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return onPath(['soffice', 'libreoffice']) ?? KNOWN_PATHS.find((p) => existsSync(p)) ?? null;
}

const args = process.argv.slice(2);
const outFlag = args.indexOf('--out');
const outDir = resolve((outFlag >= 0 ? args[outFlag + 1] : undefined) ?? '.tmp/pptx-render');
const inputs = outFlag >= 0 ? [...args.slice(0, outFlag), ...args.slice(outFlag + 2)] : args;
if (inputs.length === 0) {
  console.error('Usage: node scripts/render-pptx.mjs [--out dir] <chart-id | file.pptx>...');
  process.exit(1);
}

const soffice = findSoffice();
if (!soffice) {
  console.error(
    `LibreOffice (soffice) was not found${process.env.SOFFICE ? ` at SOFFICE=${process.env.SOFFICE}` : ''}, so no .pptx can be rendered. This check is optional; nothing else needs it.\n` +
      '  Debian/Ubuntu: sudo apt-get install libreoffice-impress\n' +
      '  macOS:         brew install --cask libreoffice\n' +
      '  or set SOFFICE=/path/to/soffice',
  );
  process.exit(2);
}

const dist = process.env.OUT_DIR ?? 'dist';
const files = inputs.map((a) => resolve(a.endsWith('.pptx') ? a : join(dist, 'pptx', `${a}.pptx`)));
const missing = files.filter((f) => !existsSync(f));
if (missing.length) {
  console.error(
    `Not found: ${missing.join(', ')}\nBuild first (npm run build, or OUT_DIR=… npx astro build) or pass .pptx paths.`,
  );
  process.exit(1);
}

mkdirSync(outDir, { recursive: true });
// A private profile: LibreOffice refuses to start while another instance holds the default one.
const profile = mkdtempSync(join(tmpdir(), 'render-pptx-'));
const pdftoppm = onPath(['pdftoppm'], '-v');
try {
  for (const format of ['png', 'pdf']) {
    // Output is piped, not shown: LibreOffice chatters on stderr (javaldx warnings) even when it works.
    const r = spawnSync(
      soffice,
      [
        `-env:UserInstallation=file://${profile.replace(/\\/g, '/')}`,
        '--headless',
        '--convert-to',
        format,
        '--outdir',
        outDir,
        ...files,
      ],
      {
        encoding: 'utf8',
        timeout: 300_000,
      },
    );
    if (r.status !== 0)
      throw new Error(
        `soffice --convert-to ${format} failed (${r.status ?? r.signal}):\n${r.stdout}${r.stderr}`,
      );
  }
  for (const file of files) {
    const name = basename(file, '.pptx');
    const written = [`${name}.png`, `${name}.pdf`];
    if (pdftoppm) {
      execFileSync(pdftoppm, ['-png', '-r', '96', join(outDir, `${name}.pdf`), join(outDir, name)]);
      // pdftoppm numbers pages name-1.png, name-2.png (zero-padded for 10+ pages); keep its names.
      written.push(
        ...readdirSync(outDir).filter((f) =>
          new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-\\d+\\.png$`).test(f),
        ),
      );
    }
    console.log(`${file}\n  → ${written.map((w) => join(outDir, w)).join('\n  → ')}`);
  }
  if (!pdftoppm)
    console.log(
      '(pdftoppm not found: slide 2 onwards are only in the PDFs; Debian: apt-get install poppler-utils)',
    );
} finally {
  rmSync(profile, { recursive: true, force: true });
}
