import { createRequire } from 'node:module';
import { Resvg, type ResvgRenderOptions, renderAsync } from '@resvg/resvg-js';
import { FONT_FAMILY } from './draw/svg-frame';
import { outlineText } from './outline-text';

const require = createRequire(import.meta.url);

/**
 * The fonts come from the dejavu-fonts-ttf package and nothing else: system fonts are not loaded, so a
 * picture looks the same on every machine and no machine's fonts are assumed. Text reaches resvg as glyph
 * outlines (outline-text.ts), so resvg loads these files only for a `<text>` the outliner left alone.
 */
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf'].map((file) =>
  require.resolve(`dejavu-fonts-ttf/ttf/${file}`),
);

const WITH_FONTS: ResvgRenderOptions = {
  font: {
    fontFiles: FONT_FILES,
    loadSystemFonts: false,
    defaultFontFamily: FONT_FAMILY,
    sansSerifFamily: FONT_FAMILY,
  },
  background: '#ffffff',
};
const WITHOUT_FONTS: ResvgRenderOptions = { font: { loadSystemFonts: false }, background: '#ffffff' };

export type Png = { data: Buffer; width: number; height: number };

/** What resvg is given for a picture's SVG: its text as outlines, and fonts only if some text is left. */
export function rasterInput(svg: string): { svg: string; options: ResvgRenderOptions } {
  const outlined = outlineText(svg);
  return { svg: outlined, options: outlined.includes('<text') ? WITH_FONTS : WITHOUT_FONTS };
}

/** SVG to PNG on the calling thread (scripts, tests, benchmarks). */
export function svgToPng(svg: string): Png {
  const input = rasterInput(svg);
  const image = new Resvg(input.svg, input.options).render();
  return { data: image.asPng(), width: image.width, height: image.height };
}

/** SVG to PNG on resvg's worker thread, so a transport keeps answering other interactions meanwhile. */
export async function svgToPngAsync(svg: string): Promise<Png> {
  const input = rasterInput(svg);
  const image = await renderAsync(input.svg, input.options);
  return { data: image.asPng(), width: image.width, height: image.height };
}
