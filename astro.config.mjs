// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { unified } from '@astrojs/markdown-remark';
import pagefind from './scripts/pagefind-integration.mjs';

/**
 * Deployment is configured by environment variables so the same source serves a domain root or a
 * GitHub-Pages-style sub-path: SITE_URL (origin used for canonical and og:image URLs) and
 * BASE_PATH (e.g. "/emergent-abilities/"). Every internal link goes through `url()` in
 * src/site/url.ts, which honours BASE_PATH.
 */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  // Lets tests build a second copy (e.g. under a sub-path) without touching dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: {
    // Inline styles/scripts would need 'unsafe-inline' in the Content-Security-Policy.
    inlineStylesheets: 'never',
    format: 'directory',
  },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
  markdown: {
    // Maths in the explainer ($…$, $$…$$) is typeset at build time: no client-side KaTeX.
    processor: unified({ remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex] }),
  },
  integrations: [
    mdx(),
    // Embeds are not pages of their own for search engines (they are noindex).
    sitemap({ filter: (page) => !/\/embed\//.test(page) }),
    pagefind(),
  ],
});
