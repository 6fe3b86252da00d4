import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/** Every picture is laid out this many units wide; sizes of text and marks are in these units. */
export const PICTURE_WIDTH = 1100;
/**
 * Pixels per layout unit in the PNG: pictures are delivered 880 pixels wide. Discord shows an attachment at
 * most about 550 pixels wide (it opens larger only on request), so 880 keeps text sharp at 1.6 times what
 * it shows, while rasterising costs by the pixel: at 1,100 pixels a map took about twice as long to draw.
 */
export const PIXELS_PER_UNIT = 0.8;
export const FONT_FAMILY = 'DejaVu Sans';
const PADDING = 24;
const TITLE_SIZE = 20;
const LINE_SIZE = 13;
const FOOT_SIZE = 12;

/**
 * Plot draws into a DOM; on the server linkedom's small one stands in for the browser's. A fresh document
 * per picture keeps renders independent (Plot adds its nodes to the document it is given).
 */
export function plotSvg(options: Plot.PlotOptions): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const node = Plot.plot({
    ...options,
    document: document as unknown as NonNullable<Plot.PlotOptions['document']>,
    style: { fontFamily: FONT_FAMILY, fontSize: '12px', background: 'white', color: '#222' },
  });
  node.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return node.outerHTML;
}

export type Framed = { svg: string; width: number; height: number };

/**
 * Puts a chart under a title and subtitle lines and above footer lines. Plot's own titles are HTML around
 * the SVG, which an SVG renderer cannot draw, so the frame is SVG text of its own.
 */
export function frameSvg(parts: {
  title: string;
  subtitle: readonly string[];
  body: string;
  bodyHeight: number;
  footer: readonly string[];
}): Framed {
  const width = PICTURE_WIDTH;
  const lines: string[] = [];
  let y = PADDING + TITLE_SIZE;
  lines.push(text(PADDING, y, parts.title, { size: TITLE_SIZE, weight: 'bold', fill: '#111' }));
  for (const line of parts.subtitle) {
    y += LINE_SIZE + 8;
    lines.push(text(PADDING, y, line, { size: LINE_SIZE, fill: '#333' }));
  }
  y += 14;
  const bodyTop = y;
  y += parts.bodyHeight;
  for (const line of parts.footer) {
    y += FOOT_SIZE + 8;
    lines.push(text(PADDING, y, line, { size: FOOT_SIZE, fill: '#555' }));
  }
  const height = Math.ceil(y + PADDING);
  const body = parts.body.replace(/^<svg\b/, `<svg x="0" y="${bodyTop}"`);
  // The PNG's size in pixels; the viewBox keeps every coordinate in layout units.
  const pixels = { width: Math.round(width * PIXELS_PER_UNIT), height: Math.round(height * PIXELS_PER_UNIT) };
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${pixels.width}" height="${pixels.height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>${lines.join('')}${body}</svg>`;
  return { svg, ...pixels };
}

function text(x: number, y: number, content: string, style: { size: number; fill: string; weight?: string }) {
  const weight = style.weight === undefined ? '' : ` font-weight="${style.weight}"`;
  return `<text x="${x}" y="${y}" font-size="${style.size}" fill="${style.fill}"${weight}>${escapeXml(content)}</text>`;
}

export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => XML_ENTITIES[character] ?? character);
}

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Colour per outcome, readable on white and told apart without relying on hue alone (labels say it too). */
export const OUTCOME_COLOURS: Record<string, string> = {
  granted: '#1a7f37',
  denied: '#c62828',
  pending: '#b26a00',
  appealed: '#6a1b9a',
  withdrawn: '#1565c0',
  'not-sought': '#546e7a',
};
export const NEUTRAL_COLOUR = '#607080';
