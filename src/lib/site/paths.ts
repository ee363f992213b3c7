/** Joins the deployment base (e.g. "/" or "/emergent-abilities/") and a site path, keeping exactly one slash between them. */
export function joinBase(base: string, path: string): string {
  const left = base.endsWith('/') ? base : `${base}/`;
  const right = path.startsWith('/') ? path.slice(1) : path;
  return left + right;
}

/** Removes the deployment base from a pathname, giving the site path ("/paper/x/"). */
export function stripBase(base: string, pathname: string): string {
  const left = base.endsWith('/') ? base : `${base}/`;
  return pathname.startsWith(left) ? `/${pathname.slice(left.length)}` : pathname;
}
