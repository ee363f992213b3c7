/**
 * A rehype plugin for the Chinese pages (files under content/zh/): every run of English in their
 * text — model, task and benchmark names, citations, units — is wrapped in <span lang="en">, so
 * screen readers switch language and browsers choose Latin fonts. Code, maths, SVG and elements
 * that already carry a lang attribute are left alone. Other files pass through untouched.
 */
// With the extension: astro.config.mjs loads this file, and an extensionless import from there
// broke later dynamic imports in the build (Pagefind's "Vite module runner has been closed").
import { latinRuns } from '../i18n/latin-runs.ts';

/** The parts of a hast (or MDX JSX) node this plugin reads. */
interface HNode {
  type: string;
  tagName?: string;
  value?: string;
  name?: string | null;
  properties?: Record<string, unknown>;
  attributes?: Array<{ type: string; name?: string }>;
  children?: HNode[];
}

const SKIP_TAGS = new Set([
  'code',
  'pre',
  'script',
  'style',
  'svg',
  'math',
  'kbd',
  'samp',
  'title',
  'option',
  'textarea',
]);

function skipped(node: HNode): boolean {
  if (node.type === 'element') {
    const cls = node.properties?.['className'];
    const classes = Array.isArray(cls)
      ? cls.map(String)
      : typeof cls === 'string'
        ? cls.split(' ')
        : [];
    return (
      SKIP_TAGS.has(node.tagName ?? '') ||
      classes.includes('katex') ||
      classes.includes('katex-display') ||
      node.properties?.['lang'] !== undefined
    );
  }
  if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
    return SKIP_TAGS.has(node.name ?? '') || (node.attributes ?? []).some((a) => a.name === 'lang');
  }
  return false;
}

function wrap(parent: HNode): void {
  const children = parent.children;
  if (!children) return;
  const out: HNode[] = [];
  for (const child of children) {
    if (child.type === 'text' && child.value) {
      for (const piece of latinRuns(child.value)) {
        out.push(
          piece.en
            ? {
                type: 'element',
                tagName: 'span',
                properties: { lang: 'en' },
                children: [{ type: 'text', value: piece.text }],
              }
            : { type: 'text', value: piece.text },
        );
      }
    } else {
      if (!skipped(child)) wrap(child);
      out.push(child);
    }
  }
  parent.children = out;
}

/** The plugin: `unified().use(rehypeLangEn)`; acts on files whose path contains /content/zh/. */
export default function rehypeLangEn() {
  return (tree: HNode, file: { path?: string; history?: string[] }): void => {
    const path = file.path ?? file.history?.[0] ?? '';
    if (/[\\/]content[\\/]zh[\\/]/.test(path)) wrap(tree);
  };
}
