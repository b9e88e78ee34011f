import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { calculate } from '../../src/model/calculate.ts';
import { initialInputs } from '../../src/state/store.ts';
import { csvRecords, parseCsv } from '../export/parse-csv.ts';
import { expect, test } from './fixtures.ts';

async function download(
  page: Page,
  click: () => Promise<void>,
): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  return { file, bytes: await readFile(path) };
}

const cumulativeChart = (page: Page) =>
  page
    .locator('.chart-frame')
    .filter({ has: page.getByRole('heading', { name: 'Cumulative cost' }) });

test('the CSV holds the model’s month-by-month numbers, to the cent', async ({ page }) => {
  await page.goto('/');
  const { file, bytes } = await download(page, () =>
    page.getByRole('button', { name: /month-by-month table \(CSV\)/ }).click(),
  );
  expect(file.suggestedFilename()).toBe('fine-tune-or-prompt-months.csv');
  // The assumptions come first, then a blank line, then the months.
  const [assumptions = '', months = ''] = bytes.toString('utf8').split('\r\n\r\n');
  expect(parseCsv(assumptions)[0]).toEqual(['Assumption', 'Value', 'Unit', 'Source']);
  expect(parseCsv(assumptions).find((row) => row[0] === 'Requests per day')).toEqual([
    'Requests per day',
    '10000',
    'requests/day',
    'default',
  ]);
  const records = csvRecords(months);
  const result = calculate(initialInputs().scenario);
  expect(records).toHaveLength(result.months.length);
  result.months.forEach((row, i) => {
    const record = records[i]!;
    expect(record['Month']).toBe(row.month);
    expect(Math.abs(record['A: cost this month ($)']! - row.costA)).toBeLessThan(0.005);
    expect(Math.abs(record['B: cost this month ($)']! - row.costB)).toBeLessThan(0.005);
    expect(Math.abs(record['A: cumulative cost ($)']! - row.cumulativeA)).toBeLessThan(0.005);
    expect(Math.abs(record['B: cumulative cost ($)']! - row.cumulativeB)).toBeLessThan(0.005);
  });
});

test('a chart downloads as a valid PNG and a standalone SVG with its series and caption', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Scenario name' }).fill('Support bot');
  const chart = cumulativeChart(page);
  // Charts draw as they near the viewport.
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.getByRole('application')).toBeVisible();
  const summary = (await chart.locator('.chart-summary').textContent()) ?? '';
  const today = new Date().toISOString().slice(0, 10);
  await expect(chart.getByRole('application')).toBeVisible();

  const png = await download(page, () =>
    chart.getByRole('button', { name: /Download PNG/ }).click(),
  );
  expect(png.file.suggestedFilename()).toBe(`support-bot-cumulative-cost-${today}.png`);
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  const width = png.bytes.readUInt32BE(16);
  const height = png.bytes.readUInt32BE(20);
  expect(width).toBeGreaterThan(300);
  expect(height).toBeGreaterThan(200);

  const svg = await download(page, () =>
    chart.getByRole('button', { name: /Download SVG/ }).click(),
  );
  expect(svg.file.suggestedFilename()).toBe(`support-bot-cumulative-cost-${today}.svg`);
  const text = svg.bytes.toString('utf8');
  expect(text).not.toContain('var(');
  // Checked in a blank page: the app's policy (Trusted Types) rightly refuses DOMParser on strings.
  const blank = await page.context().newPage();
  const parsed = await blank.evaluate((markup) => {
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    // The downloaded file is a picture: its drawn lines are the point, so they are read as markup.
    const curves = [...doc.querySelectorAll('path.recharts-line-curve')];
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.tagName,
      width: Number(doc.documentElement.getAttribute('width')),
      curves: curves.length,
      strokes: curves.map((c) => c.getAttribute('style') ?? ''),
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
      caption: [...doc.querySelectorAll('.chart-caption text')].map((t) => t.textContent),
    };
  }, text);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  expect(parsed.width).toBeGreaterThan(300);
  expect(parsed.curves).toBe(3); // A's, B's and C's cumulative cost
  for (const style of parsed.strokes) expect(style).toMatch(/stroke:\s*rgb/);
  expect(parsed.texts).toEqual(
    expect.arrayContaining([
      'Cumulative cost',
      'A: prompting',
      'B: fine-tuning',
      'C: Llama 3.1 8B, prompted',
    ]),
  );
  // The caption: scenario, models and date, then the chart's own summary (wrapped into lines).
  expect(parsed.caption[0]).toBe(
    `Support bot · A: Claude Sonnet 5 · B: Llama 3.1 8B, fine-tuned · ${today}`,
  );
  expect(parsed.caption.slice(1).join(' ')).toBe(summary.trim());

  // The same image renders on its own, as an <img> would show the file.
  const drawn = await blank.evaluate(async (markup) => {
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
    await image.decode();
    return image.naturalWidth;
  }, text);
  expect(drawn).toBeGreaterThan(300);
  await blank.close();
});

test('a change printed at once, before the address bar caught up with it, prints its link', async ({
  page,
}) => {
  await page.goto('/');
  const slider = page.getByRole('slider', { name: 'Requests per day' });
  await slider.press('PageUp');
  // The address waits for the changes to pause; printing must not.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-link a')).toHaveText(/[?&]rpd=/);
  await expect(page.locator('.print-link a')).toHaveText(page.url());
});

test('the print view fits charts on A4 and Letter pages and carries the scenario link', async ({
  page,
}) => {
  await page.goto('/');
  await page.locator('.charts-area').scrollIntoViewIfNeeded();
  await expect(page.getByRole('application').first()).toBeVisible();
  // A4's printable width at 12 mm margins: 186 mm ≈ 703 CSS px (Letter's is wider).
  await page.setViewportSize({ width: 703, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  // Off-screen charts are drawn only for printing: the five charts and the risk section's fan
  // chart, with its headline and the ranges in one line instead of the boxes.
  await expect(page.getByRole('application')).toHaveCount(6, { timeout: 20_000 });
  await expect(page.locator('.risk-headline')).toContainText('simulated futures');
  await expect(page.getByText(/^Ranges: Requests per day/)).toBeVisible();
  await expect(page.locator('.risk-inputs')).toBeHidden();
  await expect(page.locator('.inputs')).toBeHidden();
  await expect(page.getByText('Open this scenario:')).toBeVisible();
  await expect(page.locator('.print-link a')).toHaveText(page.url());
  await expect(page.locator('.print-assumptions')).toContainText('Requests per day');
  await expect(page.getByText(/^Verdict: /)).toBeVisible();

  const boxes = await page.evaluate(() =>
    [...document.querySelectorAll('.chart-frame')].map((frame) => {
      // Where the printed plot sits in its frame: geometry, which no role or text can give.
      const svg = frame.querySelector('svg.recharts-surface')!.getBoundingClientRect();
      const plot = frame.querySelector('.chart-plot')!;
      const box = frame.getBoundingClientRect();
      return {
        svgLeft: svg.left,
        svgRight: svg.right,
        svgWidth: svg.width,
        svgHeight: svg.height,
        frameLeft: box.left,
        frameRight: box.right,
        plotOverflow: plot.scrollWidth - plot.clientWidth,
        pageWidth: document.documentElement.clientWidth,
      };
    }),
  );
  expect(boxes).toHaveLength(6);
  for (const b of boxes) {
    expect(b.svgWidth).toBeGreaterThan(200);
    expect(b.svgHeight).toBeGreaterThan(100);
    expect(b.svgLeft).toBeGreaterThanOrEqual(b.frameLeft);
    expect(b.svgRight).toBeLessThanOrEqual(b.frameRight + 0.5);
    expect(b.svgRight).toBeLessThanOrEqual(b.pageWidth + 0.5);
    expect(b.plotOverflow).toBeLessThanOrEqual(0);
  }

  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, printBackground: true });
    expect(pdf.subarray(0, 5).toString('ascii')).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    // Verdict and figures, assumptions, five charts (each kept whole), the risk section and the
    // readiness questions: six pages on A4, seven on the shorter Letter.
    expect(pages.length).toBeLessThanOrEqual(7);
  }
});
