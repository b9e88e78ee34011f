/**
 * A chart as a standalone image. The page draws charts with CSS variables (both themes, one
 * SVG); a downloaded file has no stylesheet, so every colour and font is copied from the
 * browser's computed styles into the SVG, and the HTML heading and legend are redrawn inside it.
 */

export type SwatchShape = 'line' | 'dashed' | 'dotted' | 'block';

export interface LegendEntry {
  label: string;
  color: string;
  shape: SwatchShape;
  /** Position relative to the legend's top-left corner, as laid out on the page. */
  x: number;
  y: number;
}

export interface ChartPicture {
  title: string;
  /** The plot's own size in CSS pixels. */
  width: number;
  height: number;
  background: string;
  foreground: string;
  fontFamily: string;
  legend: readonly LegendEntry[];
  legendHeight: number;
  /** The plot's <svg>, serialised with its styles inlined. */
  plotMarkup: string;
  /** Paragraphs under the plot: the scenario, models and date, then the chart's summary. */
  caption: readonly string[];
}

const PAD = 12;
const TITLE_SIZE = 16;
const TEXT_SIZE = 13;
const CAPTION_SIZE = 12;
const CAPTION_LINE = 16;
/** An average character of a sans-serif face is about this many font sizes wide. */
const CHAR_WIDTH = 0.55;

/**
 * Words in lines of at most `maxChars` characters (an SVG text does not wrap by itself). A word
 * longer than a line gets a line of its own rather than being cut.
 */
export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The caption's lines as laid out under a plot this wide. */
function captionLines(picture: Pick<ChartPicture, 'caption' | 'width'>): string[] {
  const maxChars = Math.max(
    20,
    Math.floor((picture.width - 2 * PAD) / (CAPTION_SIZE * CHAR_WIDTH)),
  );
  return picture.caption.flatMap((paragraph) => wrapWords(paragraph, maxChars));
}

function captionHeight(picture: Pick<ChartPicture, 'caption' | 'width'>): number {
  const lines = captionLines(picture).length;
  return lines === 0 ? 0 : lines * CAPTION_LINE + PAD;
}

/**
 * Characters XML 1.0 forbids (C0 controls but tab and line ends, U+FFFE/U+FFFF, unpaired
 * surrogates): one of them in a name would make the whole SVG unreadable, so each becomes U+FFFD.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(markupOrText: string): string {
  return markupOrText.replace(NOT_XML, '\uFFFD');
}

/** Text for an SVG element or a double-quoted attribute: never markup, always well-formed. */
export function escapeXml(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Height of the band above the plot: the title, then the legend as it wrapped on the page. */
export function headerHeight(picture: Pick<ChartPicture, 'legendHeight'>): number {
  return PAD + TITLE_SIZE + 8 + picture.legendHeight + 8;
}

export function pictureSize(picture: ChartPicture): { width: number; height: number } {
  return {
    width: Math.ceil(picture.width),
    height: Math.ceil(headerHeight(picture) + picture.height + captionHeight(picture) + PAD),
  };
}

function swatch(entry: LegendEntry): string {
  const mid = entry.y + TEXT_SIZE / 2 + 2;
  if (entry.shape === 'block') {
    return `<rect x="${entry.x}" y="${mid - 6}" width="12" height="12" fill="${escapeXml(entry.color)}"/>`;
  }
  const dash = { line: '', dashed: ' stroke-dasharray="6 3"', dotted: ' stroke-dasharray="2 3"' }[
    entry.shape
  ];
  return `<line x1="${entry.x}" y1="${mid}" x2="${entry.x + 18}" y2="${mid}" stroke="${escapeXml(entry.color)}" stroke-width="2"${dash}/>`;
}

/** The standalone SVG document: background, title, legend, then the plot. Pure string work. */
export function chartSvgDocument(picture: ChartPicture): string {
  const { width, height } = pictureSize(picture);
  const legendTop = PAD + TITLE_SIZE + 8;
  const legend = picture.legend
    .map((entry) => {
      const textX = entry.x + (entry.shape === 'block' ? 18 : 24);
      return `${swatch(entry)}<text x="${textX}" y="${entry.y + TEXT_SIZE}" font-size="${TEXT_SIZE}">${escapeXml(entry.label)}</text>`;
    })
    .join('');
  const captionTop = headerHeight(picture) + picture.height + PAD;
  const caption = captionLines(picture)
    .map(
      (line, i) =>
        `<text x="${PAD}" y="${captionTop + (i + 1) * CAPTION_LINE - 4}" font-size="${CAPTION_SIZE}">${escapeXml(line)}</text>`,
    )
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(picture.fontFamily)}">`,
    `<title>${escapeXml(picture.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="${escapeXml(picture.background)}"/>`,
    `<text x="${PAD}" y="${PAD + TITLE_SIZE - 2}" font-size="${TITLE_SIZE}" font-weight="600" fill="${escapeXml(picture.foreground)}">${escapeXml(picture.title)}</text>`,
    `<g transform="translate(${PAD} ${legendTop})" fill="${escapeXml(picture.foreground)}">${legend}</g>`,
    `<g transform="translate(0 ${headerHeight(picture)})">${xmlSafe(picture.plotMarkup)}</g>`,
    `<g class="chart-caption" fill="${escapeXml(picture.foreground)}">${caption}</g>`,
    '</svg>',
  ].join('');
}

/** Properties that decide how SVG shapes and text look; all but opacity are inherited. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'visibility',
] as const;

type StyleOf = (element: Element) => Pick<CSSStyleDeclaration, 'getPropertyValue'>;

/**
 * Copies computed styles from `original`'s tree onto `clone`'s (same structure), writing on each
 * element only what differs from its parent, and drops `var(...)` presentation attributes,
 * which mean nothing outside the page.
 */
export function inlineComputedStyles(original: Element, clone: Element, styleOf: StyleOf): void {
  const originals = [original, ...original.querySelectorAll('*')];
  const clones = [clone, ...clone.querySelectorAll('*')];
  const computed = new Map<Element, Pick<CSSStyleDeclaration, 'getPropertyValue'>>();
  originals.forEach((element, i) => {
    const copy = clones[i];
    if (copy === undefined) return;
    const style = styleOf(element);
    computed.set(element, style);
    const parent = element === original ? undefined : element.parentElement;
    const parentStyle = parent ? computed.get(parent) : undefined;
    const declarations: [string, string][] = [];
    for (const property of INHERITED) {
      const value = style.getPropertyValue(property);
      if (value !== '' && value !== parentStyle?.getPropertyValue(property)) {
        declarations.push([property, value]);
      }
    }
    const opacity = style.getPropertyValue('opacity');
    if (opacity !== '' && opacity !== '1') declarations.push(['opacity', opacity]);
    for (const attribute of [...copy.attributes]) {
      if (attribute.value.includes('var(')) copy.removeAttribute(attribute.name);
    }
    copy.removeAttribute('style');
    // Through the style API, never setAttribute('style'): the page's CSP forbids style
    // attributes written as text (style-src has no 'unsafe-inline'), not the CSSOM.
    const target = (copy as Partial<ElementCSSInlineStyle>).style;
    for (const [property, value] of declarations) target?.setProperty(property, value);
  });
}

/**
 * Removes from an exported SVG tree anything that could act rather than draw: scripts, foreign
 * HTML, event handler attributes and links that leave the document. A chart never has any; this
 * keeps it so whatever text ends up in one.
 */
export function stripActiveContent(root: Element): void {
  for (const element of root.querySelectorAll('script, foreignObject, iframe, a')) element.remove();
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const { name, value } of [...element.attributes]) {
      const link = /(^|:)href$/i.test(name) && !value.startsWith('#');
      if (/^on/i.test(name) || link) element.removeAttribute(name);
    }
  }
}
