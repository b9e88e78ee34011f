/**
 * How a link writes the scenario's name. Percent-encoding costs nine characters for each character
 * of a non-Latin script (中 is %E4%B8%AD), so an 80-character name in Chinese alone took 720 of a
 * link's 2,000 characters. Such a name is written instead as base64url of its UTF-8 bytes under
 * `nb` (four characters for three bytes: 320 for the same name), whichever of the two is shorter;
 * a Latin name stays readable under `n`. Pure; never throws.
 */
import { META_KEYS } from './keys.ts';
import { encodePart, wellFormed } from './query.ts';

export const NAME_KEYS = { plain: META_KEYS.name, base64: META_KEYS.nameBase64 } as const;

/** The key and the text for a name, the shorter of the two forms. */
export function namePair(name: string): [string, string] {
  const text = wellFormed(name);
  const base64 = toBase64Url(text);
  return base64.length < encodePart(text).length
    ? [NAME_KEYS.base64, base64]
    : [NAME_KEYS.plain, text];
}

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The name in a base64url text, or null when it is not base64url of UTF-8 text. */
export function fromBase64Url(text: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(
      text
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .padEnd(Math.ceil(text.length / 4) * 4, '='),
    );
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The same query with another scenario name: used to rename a saved scenario without
 * re-reading (and so without migrating or repairing) the rest of its link.
 */
export function renameInQuery(query: string, name: string): string {
  const parts = query
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => {
      const key = part.split('=')[0];
      return part !== '' && key !== NAME_KEYS.plain && key !== NAME_KEYS.base64;
    });
  const at = parts.findIndex((part) => part.split('=')[0] === META_KEYS.version) + 1;
  if (name !== '') {
    const [key, text] = namePair(name);
    parts.splice(at, 0, `${key}=${encodePart(text)}`);
  }
  return parts.join('&');
}
