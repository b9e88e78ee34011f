/** The absolute link to share: this page's address with a scenario's query string. */
export function shareUrl(query: string, location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname}${query === '' ? '' : `?${query}`}`;
}
