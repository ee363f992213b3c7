import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { paperPageSchema } from './lib/data/paper-schema';

/**
 * Where the words live. CONTENT_ROOT lets a test point the build at a fixture with broken
 * frontmatter to check the error message names the file and the field.
 */
const root = process.env.CONTENT_ROOT ?? './content';

const paper = defineCollection({
  loader: glob({ base: `${root}/paper`, pattern: '**/*.mdx' }),
  schema: paperPageSchema,
});

const paperZh = defineCollection({
  loader: glob({ base: `${root}/zh/paper`, pattern: '**/*.mdx' }),
  schema: paperPageSchema,
});

export const collections = { paper, paperZh };
