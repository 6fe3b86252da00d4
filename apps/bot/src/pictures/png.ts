import { createRequire } from 'node:module';
import { Resvg, renderAsync } from '@resvg/resvg-js';
import { FONT_FAMILY } from './draw/svg-frame';

const require = createRequire(import.meta.url);

/**
 * The fonts come from the dejavu-fonts-ttf package and nothing else: system fonts are not loaded, so a
 * picture looks the same on every machine and no machine's fonts are assumed.
 */
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf'].map((file) =>
  require.resolve(`dejavu-fonts-ttf/ttf/${file}`),
);

const OPTIONS = {
  font: {
    fontFiles: FONT_FILES,
    loadSystemFonts: false,
    defaultFontFamily: FONT_FAMILY,
    sansSerifFamily: FONT_FAMILY,
  },
  background: '#ffffff',
} as const;

export type Png = { data: Buffer; width: number; height: number };

/** SVG to PNG on the calling thread (scripts, tests, benchmarks). */
export function svgToPng(svg: string): Png {
  const image = new Resvg(svg, OPTIONS).render();
  return { data: image.asPng(), width: image.width, height: image.height };
}

/** SVG to PNG on resvg's worker thread, so a transport keeps answering other interactions meanwhile. */
export async function svgToPngAsync(svg: string): Promise<Png> {
  const image = await renderAsync(svg, OPTIONS);
  return { data: image.asPng(), width: image.width, height: image.height };
}
