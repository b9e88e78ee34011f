/**
 * Reading a chart off the page (its frame's title, legend and <svg>) and rasterising the result.
 * Browser-only; the string building it feeds lives in chart-image.ts.
 */
import {
  chartSvgDocument,
  inlineComputedStyles,
  pictureSize,
  stripActiveContent,
  type ChartPicture,
  type LegendEntry,
  type SwatchShape,
} from './chart-image.ts';

const SHAPES: readonly SwatchShape[] = ['line', 'dashed', 'dotted', 'block'];

function opaqueBackground(element: Element | null): string {
  for (let e = element; e !== null; e = e.parentElement) {
    const colour = getComputedStyle(e).backgroundColor;
    if (colour !== '' && colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour))
      return colour;
  }
  return '#ffffff';
}

function readLegend(frame: Element): { entries: LegendEntry[]; height: number } {
  const list = frame.querySelector('.chart-legend');
  if (list === null) return { entries: [], height: 0 };
  const origin = list.getBoundingClientRect();
  const entries = [...list.querySelectorAll('li')].map((item): LegendEntry => {
    const box = item.getBoundingClientRect();
    const swatch = item.querySelector('.chart-swatch');
    const shape = SHAPES.find((s) => swatch?.classList.contains(`chart-swatch-${s}`)) ?? 'line';
    return {
      label: item.textContent?.trim() ?? '',
      color: swatch ? getComputedStyle(swatch).color : 'currentColor',
      shape,
      x: box.left - origin.left,
      y: box.top - origin.top,
    };
  });
  return { entries, height: origin.height };
}

/**
 * The chart in `frame` (a .chart-frame) as a standalone SVG document and its size, captioned with
 * `context` (scenario, models, date) and the chart's own summary sentence.
 */
export function chartToSvg(
  frame: Element,
  context: string,
): { svg: string; width: number; height: number } {
  const plot = frame.querySelector<SVGSVGElement>('.chart-plot svg.recharts-surface');
  if (plot === null) throw new Error('The chart has not been drawn yet.');
  const box = plot.getBoundingClientRect();
  const clone = plot.cloneNode(true) as SVGSVGElement;
  inlineComputedStyles(plot, clone, (element) => getComputedStyle(element));
  stripActiveContent(clone);
  clone.setAttribute('width', String(box.width));
  clone.setAttribute('height', String(box.height));
  const legend = readLegend(frame);
  const frameStyle = getComputedStyle(frame);
  const picture: ChartPicture = {
    title: frame.querySelector('.chart-title')?.textContent?.trim() ?? 'Chart',
    width: box.width,
    height: box.height,
    background: opaqueBackground(frame),
    foreground: frameStyle.color,
    fontFamily: frameStyle.fontFamily,
    legend: legend.entries,
    legendHeight: legend.height,
    caption: [context, frame.querySelector('.chart-summary')?.textContent?.trim() ?? ''].filter(
      (line) => line !== '',
    ),
    plotMarkup: new XMLSerializer().serializeToString(clone),
  };
  return { svg: chartSvgDocument(picture), ...pictureSize(picture) };
}

/** Draws an SVG document onto a canvas at `scale` × its size (crisp on high-density screens). */
export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  scale = 2,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('This browser cannot draw images.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
