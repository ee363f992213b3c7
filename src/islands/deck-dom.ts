/** The one DOM helper the deck islands share: elements built with text only, never parsed markup. */

/** Creates an element with a class and text (text only: what comes from a link is never parsed as markup). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  text = '',
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}
