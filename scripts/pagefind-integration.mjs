// @ts-check
/**
 * An Astro integration that builds the site search index with Pagefind after every build: a
 * static index in dist/pagefind/, searched in the browser with no server and no other origin.
 * Only content inside [data-pagefind-body] is indexed (the layouts set it; embeds do not).
 */
import { fileURLToPath } from 'node:url';

/** @returns {import('astro').AstroIntegration} */
export default function pagefind() {
  return {
    name: 'emergence-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { createIndex, close } = await import('pagefind');
        const outDir = fileURLToPath(dir);
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        await close();
        logger.info(`indexed ${added.page_count} pages`);
      },
    },
  };
}
