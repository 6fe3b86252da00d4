import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { outlineText } from '../../src/pictures/outline-text';
import { rasterInput } from '../../src/pictures/png';
import { drawPicture } from '../../src/pictures/render-picture';
import { figure, northtownToMidcity, syntheticArchive } from './synthetic';

const require = createRequire(import.meta.url);

/** resvg drawing the text itself from the same DejaVu files: the reference the outlines must match. */
function rasterWithFontText(svg: string) {
  const fontFiles = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf'].map((file) =>
    require.resolve(`dejavu-fonts-ttf/ttf/${file}`),
  );
  return new Resvg(svg, {
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
    background: '#ffffff',
  }).render();
}

type Rendered = { pixels: Buffer; width: number; height: number };

/**
 * Pixels whose colour differs clearly (not an anti-aliasing shade) between two renders of one size.
 * `pixels` is read once: resvg copies the whole image out on every read of it.
 */
function differingShare(first: Rendered, second: Rendered) {
  const [a, b] = [first.pixels, second.pixels];
  let differing = 0;
  for (let offset = 0; offset < a.length; offset += 4) {
    let distance = 0;
    for (let channel = 0; channel < 3; channel++)
      distance += Math.abs((a[offset + channel] ?? 0) - (b[offset + channel] ?? 0));
    if (distance > 96) differing += 1;
  }
  return differing / (first.width * first.height);
}

/** How many rows of a render hold dark ink. */
function inkedRowCount(image: Rendered) {
  const pixels = image.pixels;
  let rows = 0;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++)
      if ((pixels[(y * image.width + x) * 4] ?? 255) < 200) {
        rows += 1;
        break;
      }
  }
  return rows;
}

const data = syntheticArchive({
  ...northtownToMidcity,
  events: [...northtownToMidcity.events, { date: null, outcome: 'denied' }],
  figures: [
    figure('grants', 71, 'exact', 'grants', 'Test courts'),
    figure('cases', 3000, 'more-than', 'cases', 'Test courts'),
  ],
});

describe('text drawn as glyph outlines before rasterising', () => {
  for (const [kind, id] of [
    ['timeline', 'test-case'],
    ['map', 'test-case'],
    ['figure', 'cases'],
  ] as const) {
    for (const locale of ['en', 'es'] as const) {
      it(`leaves no text for resvg in a ${kind} (${locale}) and draws what resvg's own text drawing draws`, () => {
        const drawn = drawPicture({ kind, id, locale }, data);
        if (drawn === undefined) throw new Error(`nothing drawn for ${kind}`);
        const input = rasterInput(drawn.svg);
        expect(input.svg).not.toMatch(/<text\b/);
        expect(input.options.font?.fontFiles).toBeUndefined();
        const outlined = new Resvg(input.svg, input.options).render();
        const reference = rasterWithFontText(drawn.svg);
        expect([outlined.width, outlined.height]).toEqual([reference.width, reference.height]);
        // Same glyphs at the same places: only sub-pixel shifts (a ligature resvg forms) may differ.
        expect(differingShare(outlined, reference)).toBeLessThan(0.002);
        // And the text is there at all: the reference without its text differs far more.
        const withoutText = rasterWithFontText(drawn.svg.replace(/<text\b[\s\S]*?<\/text>/g, ''));
        expect(differingShare(withoutText, reference)).toBeGreaterThan(0.01);
      });
    }
  }

  it('places text by its anchor, size, weight, style, em offsets and tspan lines as resvg does', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" style="font-size:14px">' +
      '<g text-anchor="middle" font-weight="bold"><text x="200" y="40">Middle &amp; bold</text></g>' +
      '<text x="390" y="80" text-anchor="end" font-style="italic" font-size="18">Right, italic</text>' +
      '<g transform="translate(10,120)"><text y="0.32em" fill="#c62828">Ávila → Juárez' +
      '<tspan x="0" dy="1.2em">second line</tspan></text></g></svg>';
    const outlined = outlineText(svg);
    expect(outlined).not.toMatch(/<text\b/);
    expect(outlined).toContain('data-text="Middle &amp; bold"');
    expect(outlined).toContain('fill="#c62828"');
    const input = rasterInput(svg);
    const ours = new Resvg(input.svg, input.options).render();
    const reference = rasterWithFontText(svg);
    expect(differingShare(ours, reference)).toBeLessThan(0.002);
    expect(inkedRowCount(ours)).toBeGreaterThan(40);
  });

  it('leaves a text it cannot lay out to resvg, which then gets the fonts', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50">' +
      '<text x="10" y="30" letter-spacing="4">spaced</text><text x="10" y="45">plain</text></svg>';
    const input = rasterInput(svg);
    expect(input.svg).toMatch(/<text[^>]*letter-spacing="4"[^>]*>spaced<\/text>/);
    expect(input.svg).not.toMatch(/>plain</);
    expect(input.options.font?.fontFiles?.length).toBeGreaterThan(0);
  });
});
