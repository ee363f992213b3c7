// @ts-check
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

/** Browser globals src/lib must not touch: it is pure TypeScript, run by the build, the islands and Node tests alike. */
const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'customElements',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'getComputedStyle',
  'matchMedia',
  'alert',
  'confirm',
  'prompt',
  'HTMLElement',
  'Element',
  'Node',
  'SVGElement',
  'Event',
  'CustomEvent',
  'EventTarget',
  'MutationObserver',
  'ResizeObserver',
  'IntersectionObserver',
  'DOMParser',
  'XMLSerializer',
  'Image',
  'HTMLCanvasElement',
  'OffscreenCanvas',
  'ClipboardItem',
  'Blob',
  'FileReader',
].map((name) => ({
  name,
  message:
    'src/lib is pure: no DOM. Pass what you need in, or move this code to src/islands or src/site.',
}));

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      '.astro/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'tests/fixtures/**',
      'public/**',
      '.tmp/**',
      'bench/**',
    ],
  },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Type-only imports keep the client bundles free of accidental runtime imports.
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The layer rule of README.md "Layout": src/lib has no astro:* (or astro) imports and no DOM.
    files: ['src/lib/**/*.ts', 'src/lib/**/*.js', 'src/lib/**/*.mjs'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^astro(?::|/|$)',
              message:
                'src/lib is pure: no astro:* or astro imports. Use src/site for Astro-aware helpers.',
            },
            {
              regex: '^(?:\\.\\./)+(?:islands|components|layouts|pages)/',
              message: 'src/lib must not import from the presentation layers above it.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
    },
  },
);
