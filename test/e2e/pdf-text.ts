/**
 * The text of a PDF that Chromium printed, for tests that must read what the paper says. Chromium
 * (Skia) writes each page's text as glyph ids of embedded fonts, with a ToUnicode map per font and
 * deflated streams; that is all this reads. No dependency: the npm PDF readers bundle pdf.js,
 * several megabytes for a test that needs a hundred lines.
 */
import { inflateSync } from 'node:zlib';

interface PdfObject {
  body: string;
  stream: Buffer | null;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1'); // one char per byte, so indices are byte offsets
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\b/g;
  for (let m = header.exec(text); m !== null; m = header.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endobj', start);
    if (end < 0) break;
    const raw = text.slice(start, end);
    const streamAt = raw.search(/stream\r?\n/);
    let stream: Buffer | null = null;
    let body = raw;
    if (streamAt >= 0) {
      body = raw.slice(0, streamAt);
      const dataStart = start + streamAt + raw.slice(streamAt).indexOf('\n') + 1;
      const dataEnd = text.lastIndexOf('endstream', end);
      const data = pdf.subarray(dataStart, dataEnd);
      try {
        stream = /\/FlateDecode/.test(body) ? inflateSync(data) : data;
      } catch {
        stream = null; // an image or font we cannot read does not matter here
      }
    }
    objects.set(Number(m[1]), { body, stream });
    header.lastIndex = end;
  }
  return objects;
}

/** Glyph id (hex) → text, from a ToUnicode CMap. */
function readCmap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const utf16 = (hex: string) => {
    let out = '';
    for (let i = 0; i + 4 <= hex.length; i += 4)
      out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
    return out;
  };
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, from, to] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      map.set(from!.toLowerCase(), utf16(to!));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const ranges = block[1]!.matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]+>|\[[^\]]*\])/g,
    );
    for (const [, lo, hi, target] of ranges) {
      const width = lo!.length;
      const first = parseInt(lo!, 16);
      const last = parseInt(hi!, 16);
      const list = target!.startsWith('[')
        ? [...target!.matchAll(/<([0-9a-fA-F]+)>/g)].map((t) => t[1]!)
        : null;
      for (let code = first; code <= last; code++) {
        const key = code.toString(16).padStart(width, '0');
        if (list) map.set(key, utf16(list[code - first] ?? ''));
        else {
          const base = parseInt(target!.slice(1, -1), 16) + (code - first);
          map.set(key, utf16(base.toString(16).padStart(4, '0')));
        }
      }
    }
  }
  return map;
}

const ref = (text: string, key: string) => new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(text)?.[1];

/** Each page's text, in drawing order; runs on separate lines are joined with a line break. */
export function pdfPagesText(pdf: Buffer): string[] {
  const objects = readObjects(pdf);
  const body = (n: string | undefined) =>
    n === undefined ? '' : (objects.get(Number(n))?.body ?? '');
  const cmaps = new Map<string, Map<string, string>>();
  const cmapOf = (fontObject: string) => {
    let map = cmaps.get(fontObject);
    if (!map) {
      const stream = objects.get(Number(ref(body(fontObject), 'ToUnicode')))?.stream;
      map = stream ? readCmap(stream.toString('latin1')) : new Map();
      cmaps.set(fontObject, map);
    }
    return map;
  };
  const pages: string[] = [];
  for (const { body: page } of objects.values()) {
    if (!/\/Type\s*\/Page\b/.test(page)) continue;
    const resourcesRef = ref(page, 'Resources');
    const resources = resourcesRef ? body(resourcesRef) : page;
    const fontDictRef = ref(resources, 'Font');
    const fontDict = fontDictRef
      ? body(fontDictRef)
      : (/\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? '');
    const fonts = new Map(
      [...fontDict.matchAll(/\/([\w.+-]+)\s+(\d+) 0 R/g)].map((m) => [m[1]!, m[2]!]),
    );
    const contentRefs = /\/Contents\s*\[([^\]]*)\]/.exec(page)?.[1] ?? ref(page, 'Contents') ?? '';
    const content = [...String(contentRefs).matchAll(/(\d+)(?: 0 R)?/g)]
      .map((m) => objects.get(Number(m[1]))?.stream?.toString('latin1') ?? '')
      .join('\n');
    let font = new Map<string, string>();
    let out = '';
    const ops = /\/([\w.+-]+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]*)>|(T\*|Td|TD|Tm|ET)\b/g;
    for (const m of content.matchAll(ops)) {
      if (m[1] !== undefined) font = cmapOf(fonts.get(m[1]) ?? '');
      else if (m[2] !== undefined) {
        const width = [...font.keys()][0]?.length ?? 4;
        for (let i = 0; i + width <= m[2].length; i += width) {
          out += font.get(m[2].slice(i, i + width).toLowerCase()) ?? '';
        }
      } else out += m[3] === 'ET' ? '\n' : ' ';
    }
    pages.push(out.replace(/[ \t]+/g, ' '));
  }
  return pages;
}

/**
 * Whether `text` contains `phrase`, ignoring where the PDF put spaces and line breaks and the
 * ligatures its fonts drew ("ﬁ" for "fi").
 */
export function containsIgnoringSpace(text: string, phrase: string): boolean {
  const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
  return squash(text).includes(squash(phrase));
}
