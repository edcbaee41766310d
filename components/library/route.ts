import { useEffect, useState } from 'preact/hooks';

/** Where the library page is: the list, or the reader for one clip (`#/clip/<id>`). */
export type LibraryRoute = { view: 'list' } | { view: 'clip'; id: number };

/** Parse a location hash into a route; anything unknown is the list. */
export function parseRoute(hash: string): LibraryRoute {
  const match = /^#\/clip\/(\d+)$/.exec(hash);
  const id = match ? Number(match[1]) : NaN;
  return Number.isSafeInteger(id) && id > 0 ? { view: 'clip', id } : { view: 'list' };
}

/** The hash that shows a route. */
export function routeHash(route: LibraryRoute): string {
  return route.view === 'clip' ? `#/clip/${route.id}` : '#/';
}

/** Navigate; the hash change re-renders through `useRoute`. */
export function navigate(route: LibraryRoute): void {
  const hash = routeHash(route);
  if (location.hash !== hash) location.hash = hash;
}

/** The current route, following hash changes (back/forward work as in any page). */
export function useRoute(): LibraryRoute {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
