// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkJoinCjkLines from 'remark-join-cjk-lines';
import remarkCjkSpacing from './src/lib/markdown/remark-cjk-spacing.ts';
import rehypeLangEn from './src/lib/markdown/rehype-lang-en.ts';
import { unified } from '@astrojs/markdown-remark';
import pagefind from './scripts/pagefind-integration.mjs';
import deploy from './scripts/deploy-integration.mjs';
import seriesColours from './scripts/vite-series-colours.mjs';
import { isEmbedPath, stripBase } from './src/lib/site/routes.ts';

/**
 * Deployment is configured by environment variables so the same source serves a domain root or a
 * GitHub-Pages-style sub-path: SITE_URL (origin used for canonical and og:image URLs) and
 * BASE_PATH (e.g. "/emergent-abilities/"). Every internal link goes through `url()` in
 * src/site/url.ts, which honours BASE_PATH. SITE_URL defaults to localhost for local builds and
 * tests; a deploy build (DEPLOY=1, `npm run build:deploy`) stops without it (scripts/deploy-integration.mjs).
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
    // Series colour classes generated from the family registry (src/lib/data/families.ts).
    plugins: [seriesColours()],
  },
  markdown: {
    // Maths in the explainer ($…$, $$…$$) is typeset at build time: no client-side KaTeX.
    // Chinese text: `**…**` next to full-width punctuation is emphasis (remark-cjk-friendly), and a
    // line break between two CJK characters in the source is dropped rather than turned into a
    // space (remark-join-cjk-lines; remark-cjk-spacing does the same across inline elements and
    // for “”…). MDX inherits this processor (extendMarkdownConfig).
    processor: unified({
      remarkPlugins: [remarkMath, remarkCjkFriendly, remarkJoinCjkLines, remarkCjkSpacing],
      // English inside Chinese pages is marked lang="en" (content/zh/ only).
      rehypePlugins: [rehypeKatex, rehypeLangEn],
    }),
  },
  integrations: [
    mdx(),
    // Embeds are not pages of their own for search engines (they are noindex).
    sitemap({ filter: (page) => !isEmbedPath(stripBase(base, new URL(page).pathname)) }),
    pagefind(),
    // Deploy builds (DEPLOY=1) need SITE_URL; every build writes dist/_headers from its pages.
    deploy(),
  ],
});
