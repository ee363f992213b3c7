/** remark-join-cjk-lines ships no types: a remark plugin (no options) that edits the tree in place. */
declare module 'remark-join-cjk-lines' {
  /** The plugin: `unified().use(remarkJoinCjkLines)`. */
  export default function remarkJoinCjkLines(): (tree: unknown) => void;
}
