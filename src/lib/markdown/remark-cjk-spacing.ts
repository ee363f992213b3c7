/**
 * A remark plugin that completes remark-join-cjk-lines: it removes whitespace between two CJK
 * characters (ideographs, full-width punctuation, Chinese curly quotes and the ellipsis) also where
 * the whitespace sits at the edge of an inline element (`**考什么。** 带点…`, a soft line break
 * after a link or `<Term>`) and where the neighbours are punctuation remark-join-cjk-lines does not
 * know (“”…). Inline maths, code and other opaque inline nodes are left alone, with the text
 * around them. Whitespace between a CJK character and a Latin letter or digit is kept.
 */

/** The characters of Chinese text between which no space may appear. */
export const CJK_CLASS = String.raw`\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2026`;

const INNER_GAP = new RegExp(`(?<=[${CJK_CLASS}])\\s+(?=[${CJK_CLASS}])`, 'gu');
const ENDS_CJK = new RegExp(`[${CJK_CLASS}]\\s*$`, 'u');
const STARTS_CJK = new RegExp(`^\\s*[${CJK_CLASS}]`, 'u');

/** The parts of an mdast/MDX node this plugin reads. */
interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
}

/** Inline containers whose text flows on with the text around them. */
const TRANSPARENT = new Set([
  'strong',
  'emphasis',
  'delete',
  'link',
  'linkReference',
  'mdxJsxTextElement',
]);
/** Blocks whose children are inline text. */
const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'tableCell']);

/** The text nodes of an inline run, in order, with `null` for an opaque node between them. */
function textStream(children: readonly MdNode[], out: Array<MdNode | null>): void {
  for (const child of children) {
    if (child.type === 'text') out.push(child);
    else if (TRANSPARENT.has(child.type) && child.children) textStream(child.children, out);
    else out.push(null);
  }
}

/** Removes whitespace between CJK characters inside and across the text nodes of one block. */
function joinBlock(block: MdNode): void {
  const stream: Array<MdNode | null> = [];
  textStream(block.children ?? [], stream);
  for (const node of stream) if (node?.value) node.value = node.value.replace(INNER_GAP, '');
  // `prev` is the last text with content; `gap` the whitespace-only texts after it.
  let prev: MdNode | null = null;
  let gap: MdNode[] = [];
  for (const node of stream) {
    if (node === null) {
      prev = null;
      gap = [];
    } else if (!node.value?.trim()) {
      gap.push(node);
    } else {
      if (prev?.value && ENDS_CJK.test(prev.value) && STARTS_CJK.test(node.value)) {
        prev.value = prev.value.trimEnd();
        for (const g of gap) g.value = '';
        node.value = node.value.trimStart();
      }
      prev = node;
      gap = [];
    }
  }
}

function walk(node: MdNode): void {
  if (PHRASING_PARENTS.has(node.type)) joinBlock(node);
  else for (const child of node.children ?? []) walk(child);
}

/** The plugin: `unified().use(remarkCjkSpacing)`. */
export default function remarkCjkSpacing() {
  return (tree: MdNode): void => walk(tree);
}
