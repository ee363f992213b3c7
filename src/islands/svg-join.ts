/**
 * Joins a chart's element tree (src/lib/render/svg.ts `chartTree`) into the live SVG: D3's keyed
 * join (`selection.data(nodes, key).join(enter, update, exit)` then `order()`) by the tree's
 * stable keys — series names, point ids, tick labels — so only what changed is touched and every
 * point keeps its element (and with it its identity for animation, focus and tooltips). The tree
 * is the one the build serialises, so the DOM after any number of updates draws what the SVG
 * string of that view draws.
 *
 * The join is written out here (d3-selection's algorithm: bind by key, exit the unmatched,
 * enter the new, put all in data order) rather than imported: d3-selection's `Selection` brings
 * its whole prototype. With `select(el).selectChildren().data(nodes, key).join(…)` in its place the
 * built site's chart JS after every control was 27,030 B gzip instead of 23,444 B (2026-11-30),
 * over its 25,600 B budget (README, "d3-selection").
 */
import type { SvgNode } from '../lib/render/svg';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A live element with the node it was last drawn from (d3 keeps bound data in `__data__`). */
type Live = Element & { __data__?: SvgNode };

/** What a join reports to whoever animates it: called after the final attributes are set. */
export interface JoinObserver {
  /** An element kept by the join whose attributes changed from `old` to `next`. */
  changed(el: Element, old: SvgNode, next: SvgNode): void;
  /** An element (with its subtree) the join created. */
  entered(el: Element): void;
}

/** Whether two nodes draw the same (tag, key, attributes, text and children, in order). */
export function sameNode(a: SvgNode, b: SvgNode): boolean {
  if (a === b) return true;
  if (
    a.tag !== b.tag ||
    a.key !== b.key ||
    a.text !== b.text ||
    a.children.length !== b.children.length
  )
    return false;
  let n = 0;
  for (const k in a.attrs) {
    if (a.attrs[k] !== b.attrs[k]) return false;
    n++;
  }
  for (const _ in b.attrs) n--;
  if (n !== 0) return false;
  for (let i = 0; i < a.children.length; i++)
    if (!sameNode(a.children[i]!, b.children[i]!)) return false;
  return true;
}

/** Attributes to set (name → value) and to remove when an element goes from `old` to `next`. */
export function attrChanges(
  old: Readonly<Record<string, string>>,
  next: Readonly<Record<string, string>>,
): { set: [string, string][]; remove: string[] } {
  const set: [string, string][] = [];
  const remove: string[] = [];
  for (const k in next) if (old[k] !== next[k]) set.push([k, next[k]!]);
  for (const k in old) if (!(k in next)) remove.push(k);
  return { set, remove };
}

/** Whether two child lists have the same keys in the same order (then no element enters, leaves or moves). */
export function sameKeys(a: readonly SvgNode[], b: readonly SvgNode[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.key !== b[i]!.key) return false;
  return true;
}

/** Creates the element subtree of a node, each element bound to its node. */
function build(node: SvgNode): Element {
  const el = document.createElementNS(SVG_NS, node.tag) as Live;
  for (const k in node.attrs) if (k !== 'xmlns') el.setAttribute(k, node.attrs[k]!);
  if (node.text !== undefined) el.textContent = node.text;
  for (const c of node.children) el.append(build(c));
  el.__data__ = node;
  return el;
}

/** Replaces an element's content (text and child elements) with a node's. */
function setContent(el: Element, node: SvgNode): void {
  el.textContent = node.text ?? '';
  for (const c of node.children) el.append(build(c));
}

/** The attributes the DOM holds, as a node's attribute record. */
function domAttrs(el: Element): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of el.attributes) out[a.name] = a.value;
  return out;
}

/**
 * Binds an SVG that was not drawn by a join (the build-time markup) to the tree it was rendered
 * from, so the first update can be a keyed join too. Keys come from `node`, attributes and text
 * from the DOM itself, so a diff never trusts a guess. False when the structure differs (the
 * caller then redraws the slot from the string).
 */
export function adopt(el: Element, node: SvgNode): boolean {
  if (el.tagName !== node.tag) return false;
  const kids = el.children;
  if (kids.length !== node.children.length) return false;
  for (const id of ['data-id', 'data-series'])
    if (node.attrs[id] !== undefined && el.getAttribute(id) !== node.attrs[id]) return false;
  for (let i = 0; i < kids.length; i++) if (!adopt(kids[i]!, node.children[i]!)) return false;
  const first = el.firstChild;
  const text =
    node.text === undefined
      ? undefined
      : first?.nodeType === Node.TEXT_NODE
        ? (first.nodeValue ?? '')
        : '';
  (el as Live).__data__ = {
    tag: node.tag,
    key: node.key,
    attrs: domAttrs(el),
    text,
    children: [...kids].map((k) => (k as Live).__data__!),
  };
  return true;
}

/** Updates one element from its old node to `next`, then its children. */
function update(el: Element, old: SvgNode, next: SvgNode, observer: JoinObserver | null): void {
  (el as Live).__data__ = next;
  if (sameNode(old, next)) return;
  const { set, remove } = attrChanges(old.attrs, next.attrs);
  for (const [k, v] of set) if (k !== 'xmlns') el.setAttribute(k, v);
  for (const k of remove) el.removeAttribute(k);
  if (observer && (set.length || remove.length)) observer.changed(el, old, next);
  if (next.text !== undefined || old.text !== undefined) {
    // Text content (a label and its raised exponent) is replaced whole: it has no identity to keep.
    if (
      next.text !== old.text ||
      next.children.length !== old.children.length ||
      !next.children.every((c, i) => sameNode(c, old.children[i]!))
    )
      setContent(el, next);
    return;
  }
  joinChildren(el, old.children, next.children, observer);
}

/** Joins a list of child nodes into an element's children by key. */
function joinChildren(
  el: Element,
  old: readonly SvgNode[],
  next: SvgNode[],
  observer: JoinObserver | null,
): void {
  // A copy: an observer may add a fading copy of a child next to it while the loop runs.
  const kids = [...el.children];
  if (sameKeys(old, next) && kids.length === next.length) {
    // Nothing enters, leaves or moves (a highlight, a hidden series): update in place, pairwise.
    for (let i = 0; i < next.length; i++) update(kids[i]!, old[i]!, next[i]!, observer);
    return;
  }
  // Bind by key (an element without a bound node, or a repeated key, leaves).
  const byKey = new Map<string, Element>();
  for (const k of kids) {
    const key = (k as Live).__data__?.key;
    if (key === undefined || byKey.has(key)) k.remove();
    else byKey.set(key, k);
  }
  // Exit: elements whose key is not wanted any more.
  const keys = new Set(next.map((n) => n.key));
  for (const [key, k] of byKey) if (!keys.has(key)) k.remove();
  // Enter and update, each element put in data order as it is reached (order()).
  let cursor = el.firstElementChild;
  for (const node of next) {
    const kept = byKey.get(node.key);
    byKey.delete(node.key);
    const k = kept ?? build(node);
    if (k === cursor) cursor = cursor.nextElementSibling;
    else el.insertBefore(k, cursor);
    if (k === kept) update(k, (k as Live).__data__!, node, observer);
    else observer?.entered(k);
  }
}

/** Joins a tree into a live element that was adopted or drawn by a join before. */
export function joinTree(el: Element, next: SvgNode, observer: JoinObserver | null = null): void {
  const old = (el as Live).__data__;
  if (!old) throw new Error('joinTree: element not bound to a tree (adopt it first)');
  update(el, old, next, observer);
}

/** Whether an element is bound to a tree (adopted or drawn by a join). */
export function isBound(el: Element): boolean {
  return (el as Live).__data__ !== undefined;
}
