import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Modules behind the data door import astro:content; tests get the same validated datasets
    // from the loaders' own reader (tests/unit/support/astro-content.ts).
    alias: {
      'astro:content': fileURLToPath(
        new URL('./tests/unit/support/astro-content.ts', import.meta.url),
      ),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
