/**
 * Where to go after signing in or up: the page named by `?redirect=` when it is a path of this site (never
 * another site, so a link cannot send people away), else the fallback.
 */
export function returnTo(fallback = "/dashboard"): string {
  const wanted = new URLSearchParams(window.location.search).get("redirect");
  return wanted?.startsWith("/") && !wanted.startsWith("//") && !wanted.startsWith("/\\") ? wanted : fallback;
}

/** A sign-in or sign-up address that comes back to `path` afterwards. */
export function withReturn(page: "/sign-in" | "/sign-up", path: string): string {
  return `${page}?redirect=${encodeURIComponent(path)}`;
}

/** The current page's safe `?redirect=`, to hand on when a person switches between sign-in and sign-up. */
export function redirectSearch(): { redirect?: string } {
  const wanted = returnTo("");
  return wanted ? { redirect: wanted } : {};
}
