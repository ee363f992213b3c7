import { describe, it, expect } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importedPackages, undeclaredImports } from '../../scripts/check-deps.mjs';

describe('check-deps: importedPackages(code)', () => {
  it('finds bare specifiers of imports, re-exports, import() and require(), with scopes and subpaths', () => {
    const code = [
      "import { z } from 'zod';",
      "import type { Page } from '@playwright/test';",
      "import '@fontsource-variable/inter/wght.css';",
      "export { max } from 'd3-array';",
      "const pdf = await import('pdfjs-dist/legacy/build/pdf.mjs');",
      "const x = require('jszip');",
      "import { readFileSync } from 'node:fs';",
      "import { join } from 'path';",
      "import { getCollection } from 'astro:content';",
      "import { a } from './local';",
      '// import { nope } from "commented-out";',
      '/* import { nope2 } from "block-comment"; */',
      "const url = 'https://example.org/x'; // a URL in code stays code",
    ].join('\n');
    expect([...importedPackages(code)]).toEqual([
      ['zod', false],
      ['@playwright/test', true],
      ['@fontsource-variable/inter', false],
      ['d3-array', false],
      ['pdfjs-dist', false],
      ['jszip', false],
    ]);
  });
});

describe('check-deps: undeclaredImports(root)', () => {
  it('reports a package that is imported but not declared, and accepts @types for type-only imports', () => {
    const root = mkdtempSync(join(tmpdir(), 'eae-deps-'));
    try {
      writeFileSync(
        join(root, 'package.json'),
        JSON.stringify({ dependencies: { astro: '1' }, devDependencies: { '@types/estree': '1' } }),
      );
      for (const dir of ['src', 'scripts', 'tests']) mkdirSync(join(root, dir));
      writeFileSync(
        join(root, 'src', 'a.ts'),
        "import { defineConfig } from 'astro/config';\nimport { z } from 'zod';\nimport type { Node } from 'estree';\n",
      );
      writeFileSync(join(root, 'astro.config.mjs'), "import sitemap from '@astrojs/sitemap';\n");
      expect(undeclaredImports(root).problems).toEqual([
        'src/a.ts: imports "zod", which package.json does not declare',
        'astro.config.mjs: imports "@astrojs/sitemap", which package.json does not declare',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
