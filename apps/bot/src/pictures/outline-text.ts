import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import { DOMParser } from 'linkedom';

const require = createRequire(import.meta.url);

/**
 * Why this exists: resvg-js 2.6 opens and reads the whole font file once per glyph it shapes (a 750 KB
 * DejaVu file per character: thx/resvg-js#367), which made text 60–80 % of a picture's rendering time.
 * Here each `<text>` becomes outlines before resvg sees the SVG: glyphs are laid out by fontkit (kerning
 * included) from the same DejaVu files, each glyph's outline is scaled once per font size and kept, and the
 * SVG draws them with `<use>`. resvg then gets no text and loads no font.
 *
 * What it reads is what the pictures write: x, y, dx, dy (numbers, px or em), transform, text-anchor,
 * font-size, font-weight and font-style as attributes or in `style`, and `<tspan>` lines. A `<text>` using
 * anything else is left as text for resvg to draw (slower, never wrong): see `unsupported`.
 */

type Face = {
  font: fontkit.Font;
  index: number;
  glyphs: Map<number, fontkit.Glyph>;
  /** Kerning of a pair of characters in font units, keyed `first,second`. */
  kerning: Map<string, number>;
};
const FACE_FILES = [
  'DejaVuSans.ttf',
  'DejaVuSans-Bold.ttf',
  'DejaVuSans-Oblique.ttf',
  'DejaVuSans-BoldOblique.ttf',
] as const;
const faces: (Face | undefined)[] = [];

function face(bold: boolean, italic: boolean): Face {
  const index = (bold ? 1 : 0) + (italic ? 2 : 0);
  const known = faces[index];
  if (known !== undefined) return known;
  const opened = fontkit.openSync(require.resolve(`dejavu-fonts-ttf/ttf/${FACE_FILES[index]}`));
  if (!('layout' in opened)) throw new Error(`${FACE_FILES[index]} is a font collection, not one font`);
  const loaded: Face = { font: opened, index, glyphs: new Map(), kerning: new Map() };
  faces[index] = loaded;
  return loaded;
}

function glyphOf(typeface: Face, codePoint: number): fontkit.Glyph {
  let glyph = typeface.glyphs.get(codePoint);
  if (glyph === undefined) {
    glyph = typeface.font.glyphForCodePoint(codePoint);
    typeface.glyphs.set(codePoint, glyph);
  }
  return glyph;
}

/**
 * The font's own kerning of two characters (its GPOS and kern tables, through fontkit's layout of the pair),
 * once per pair: laying out every label in full costs more than the rest of the picture. Ligatures are not
 * formed (a label's "fi" is two glyphs), which changes nothing a reader notices.
 */
function kerning(typeface: Face, first: number, second: number): number {
  const key = `${first},${second}`;
  let value = typeface.kerning.get(key);
  if (value === undefined) {
    const run = typeface.font.layout(String.fromCodePoint(first, second));
    const [glyph] = run.glyphs;
    const [position] = run.positions;
    value =
      run.glyphs.length === 2 && glyph !== undefined && position !== undefined
        ? position.xAdvance - glyph.advanceWidth
        : 0;
    if (typeface.kerning.size >= MAX_CACHED) typeface.kerning.clear();
    typeface.kerning.set(key, value);
  }
  return value;
}

/** Caches stay bounded whatever text comes through (labels come from the archive's data). */
const MAX_CACHED = 50_000;

/** resvg's default, which the pictures never rely on (Plot and the frame always set a size). */
const DEFAULT_FONT_SIZE = 12;
const SUPPORTED_STYLE = new Set([
  'font-size',
  'font-weight',
  'font-style',
  'font-family',
  'font-variant',
  'text-anchor',
]);
/** Attributes the layout consumes; every other attribute of a `<text>` (fill, stroke…) moves to its `<g>`. */
const LAYOUT_ATTRIBUTES = new Set(['x', 'y', 'dx', 'dy', 'style', ...SUPPORTED_STYLE]);

/** A glyph outline at one size, in pixels with y down, origin on the baseline: `null` for blank glyphs. */
const outlineCache = new Map<string, { id: string; d: string } | null>();

type Element = {
  tagName: string;
  parentElement: Element | null;
  childNodes: ArrayLike<Node>;
  getAttribute(name: string): string | null;
  attributes: ArrayLike<{ name: string; value: string }>;
  replaceWith(node: unknown): void;
  textContent: string | null;
};
type Node = { nodeType: number; textContent: string | null } & Partial<Element>;
type Document = {
  querySelectorAll(selector: string): ArrayLike<Element>;
  createComment(text: string): unknown;
  toString(): string;
};

/** The SVG with each `<text>` it can read drawn as glyph outlines; the rest untouched. */
export function outlineText(svg: string): string {
  if (!svg.includes('<text')) return svg;
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml') as unknown as Document;
  const used = new Map<string, string>();
  // Each text is swapped for a numbered comment, and the comments for the outlines in the serialised
  // SVG: building a thousand <use> nodes in the DOM would cost more than all the rest.
  const markup: string[] = [];
  for (const text of Array.from(document.querySelectorAll('text'))) {
    if (unsupported(text)) continue;
    const attributes = Array.from(text.attributes)
      .filter(({ name }) => !LAYOUT_ATTRIBUTES.has(name))
      .map(({ name, value }) => ` ${name}="${escapeAttribute(value)}"`)
      .join('');
    const uses = layOut(text).map((glyph) => {
      used.set(glyph.id, glyph.d);
      return `<use href="#${glyph.id}" x="${round(glyph.x)}" y="${round(glyph.y)}"/>`;
    });
    const words = escapeAttribute(collapse(text.textContent ?? ''));
    markup.push(`<g${attributes} data-text="${words}">${uses.join('')}</g>`);
    text.replaceWith(document.createComment(`outlined-text-${markup.length - 1}`));
  }
  const defs = [...used].map(([id, d]) => `<path id="${id}" d="${d}"/>`).join('');
  return document
    .toString()
    .replace(/<!--outlined-text-(\d+)-->/g, (_, index: string) => markup[Number(index)] ?? '')
    .replace(/<svg\b[^>]*>/, (root) => `${root}<defs>${defs}</defs>`);
}

type Placed = { id: string; d: string; x: number; y: number };
type Style = { size: number; bold: boolean; italic: boolean; anchor: 'start' | 'middle' | 'end' };

/** Glyphs of a `<text>`: its own characters and its `<tspan>` lines, each chunk anchored on its own. */
function layOut(text: Element): Placed[] {
  const placed: Placed[] = [];
  const base = styleOf(text);
  let x = length(text.getAttribute('x'), base.size) + length(text.getAttribute('dx'), base.size);
  let y = length(text.getAttribute('y'), base.size) + length(text.getAttribute('dy'), base.size);
  let chunk: Placed[] = [];
  let chunkStart = x;
  let chunkAnchor = base.anchor;
  const endChunk = () => {
    const width = x - chunkStart;
    const shift = chunkAnchor === 'middle' ? -width / 2 : chunkAnchor === 'end' ? -width : 0;
    for (const glyph of chunk) placed.push({ ...glyph, x: glyph.x + shift });
    chunk = [];
  };
  const nodes = Array.from(text.childNodes);
  nodes.forEach((node, index) => {
    const isSpan = node.nodeType === 1;
    const style = isSpan ? styleOf(node as Element) : base;
    if (isSpan) {
      const span = node as Element;
      const spanX = span.getAttribute('x');
      if (spanX !== null) {
        endChunk();
        x = length(spanX, style.size);
        chunkStart = x;
        chunkAnchor = style.anchor;
      }
      const spanY = span.getAttribute('y');
      if (spanY !== null) y = length(spanY, style.size);
      x += length(span.getAttribute('dx'), style.size);
      y += length(span.getAttribute('dy'), style.size);
    }
    let content = (node.textContent ?? '')
      .replace(/[\r\n]/g, '')
      .replace(/\t/g, ' ')
      .replace(/ {2,}/g, ' ');
    if (index === 0) content = content.replace(/^ /, '');
    if (index === nodes.length - 1) content = content.replace(/ $/, '');
    if (content === '') return;
    const typeface = face(style.bold, style.italic);
    const scale = style.size / typeface.font.unitsPerEm;
    let previous: number | undefined;
    for (const character of content) {
      const codePoint = character.codePointAt(0) ?? 0;
      const glyph = glyphOf(typeface, codePoint);
      if (previous !== undefined) x += kerning(typeface, previous, codePoint) * scale;
      const outline = outlineOf(typeface.index, glyph, style.size, scale);
      if (outline !== null) chunk.push({ ...outline, x, y });
      x += glyph.advanceWidth * scale;
      previous = codePoint;
    }
  });
  endChunk();
  return placed;
}

function outlineOf(
  faceIndex: number,
  glyph: fontkit.Glyph,
  size: number,
  scale: number,
): { id: string; d: string } | null {
  const key = `${faceIndex}-${glyph.id}-${String(size).replace('.', '_')}`;
  const known = outlineCache.get(key);
  if (known !== undefined) return known;
  const d = glyph.path.commands
    .map(({ command, args }) => {
      const points: string[] = [];
      for (let at = 0; at + 1 < args.length; at += 2)
        points.push(`${round((args[at] ?? 0) * scale)} ${round(-(args[at + 1] ?? 0) * scale)}`);
      return `${COMMAND_LETTERS[command] ?? ''}${points.join(' ')}`;
    })
    .join('');
  const outline = d === '' ? null : { id: `glyph-${key}`, d };
  if (outlineCache.size >= MAX_CACHED) outlineCache.clear();
  outlineCache.set(key, outline);
  return outline;
}

const COMMAND_LETTERS: Readonly<Record<string, string>> = Object.assign(Object.create(null), {
  moveTo: 'M',
  lineTo: 'L',
  quadraticCurveTo: 'Q',
  bezierCurveTo: 'C',
  closePath: 'Z',
});

/** A `<text>` this module cannot lay out exactly as resvg would: left for resvg. */
function unsupported(text: Element): boolean {
  const check = (element: Element): boolean => {
    for (const { name, value } of Array.from(element.attributes)) {
      if (
        ['rotate', 'textLength', 'lengthAdjust', 'letter-spacing', 'word-spacing', 'writing-mode'].includes(
          name,
        )
      )
        return true;
      if (
        name === 'style' &&
        Object.keys(declarations(value)).some((property) => !SUPPORTED_STYLE.has(property))
      )
        return true;
      if (['x', 'y', 'dx', 'dy'].includes(name) && !/^\s*-?[\d.]+(e-?\d+)?(px|em)?\s*$/.test(value))
        return true;
      if (name === 'font-size' && !/^\s*[\d.]+(px)?\s*$/.test(value)) return true;
    }
    return false;
  };
  if (check(text)) return true;
  for (const node of Array.from(text.childNodes)) {
    if (node.nodeType === 3) continue;
    if (node.nodeType !== 1 || (node as Element).tagName.toLowerCase() !== 'tspan') return true;
    const span = node as Element;
    if (check(span) || Array.from(span.childNodes).some((child) => child.nodeType !== 3)) return true;
  }
  // Inherited sizes must be plain numbers or pixels as well.
  for (let at = text.parentElement; at !== null; at = at.parentElement) {
    const size = declarations(at.getAttribute('style') ?? '')['font-size'] ?? at.getAttribute('font-size');
    if (size !== null && size !== undefined && !/^\s*[\d.]+(px)?\s*$/.test(size)) return true;
  }
  return false;
}

/** The computed font and anchor of an element: its own value or the nearest ancestor's (style beats attribute). */
function styleOf(element: Element): Style {
  const lookup = (property: string): string | undefined => {
    for (let at: Element | null = element; at !== null; at = at.parentElement) {
      const value = declarations(at.getAttribute('style') ?? '')[property] ?? at.getAttribute(property);
      if (value !== null && value !== undefined && value !== 'inherit') return value.trim();
    }
    return undefined;
  };
  const size = Number.parseFloat(lookup('font-size') ?? '');
  const weight = lookup('font-weight') ?? 'normal';
  const style = lookup('font-style') ?? 'normal';
  const anchor = lookup('text-anchor');
  return {
    size: Number.isFinite(size) ? size : DEFAULT_FONT_SIZE,
    bold: weight === 'bold' || weight === 'bolder' || Number.parseInt(weight, 10) >= 600,
    italic: style === 'italic' || style === 'oblique',
    anchor: anchor === 'middle' || anchor === 'end' ? anchor : 'start',
  };
}

function declarations(style: string): Record<string, string> {
  const found: Record<string, string> = Object.create(null);
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon > 0) found[declaration.slice(0, colon).trim()] = declaration.slice(colon + 1).trim();
  }
  return found;
}

/** A coordinate: a number, pixels, or ems of the element's font size. */
function length(value: string | null, fontSize: number): number {
  if (value === null) return 0;
  const number = Number.parseFloat(value);
  if (!Number.isFinite(number)) return 0;
  return value.trim().endsWith('em') ? number * fontSize : number;
}

function escapeAttribute(value: string): string {
  return value.replace(/[&<>"]/g, (character) => ATTRIBUTE_ENTITIES[character] ?? character);
}

const ATTRIBUTE_ENTITIES: Readonly<Record<string, string>> = Object.assign(Object.create(null), {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
});

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
