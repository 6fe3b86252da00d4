import type { ArchiveData } from '../archive/archive-data';
import { altText, type PictureModel, pictureModel } from './describe';
import { drawFigure } from './draw/draw-figure';
import { drawJourney } from './draw/draw-journey';
import { drawTimeline } from './draw/draw-timeline';
import type { Framed } from './draw/svg-frame';
import { type PictureRequest, pictureFilename } from './picture-request';
import { type Png, svgToPng, svgToPngAsync } from './png';

export type DrawnPicture = Framed & { filename: string; alt: string };
export type RenderedPicture = DrawnPicture & { png: Png };

export function drawModel(model: PictureModel): Framed {
  switch (model.kind) {
    case 'timeline':
      return drawTimeline(model);
    case 'map':
      return drawJourney(model);
    case 'figure':
      return drawFigure(model);
  }
}

/** The picture's SVG and alt text, or undefined when the archive has nothing to draw for the request. */
export function drawPicture(request: PictureRequest, data: ArchiveData): DrawnPicture | undefined {
  const model = pictureModel(request, data);
  if (model === undefined) return undefined;
  return { ...drawModel(model), filename: pictureFilename(request), alt: altText(model) };
}

/** SVG and PNG on the calling thread: scripts, tests and the benchmark. */
export function renderPicture(request: PictureRequest, data: ArchiveData): RenderedPicture | undefined {
  const drawn = drawPicture(request, data);
  return drawn && { ...drawn, png: svgToPng(drawn.svg) };
}

/** The same, with the rasterising on resvg's worker thread: what transports use. */
export async function renderPictureAsync(
  request: PictureRequest,
  data: ArchiveData,
): Promise<RenderedPicture | undefined> {
  const drawn = drawPicture(request, data);
  return drawn && { ...drawn, png: await svgToPngAsync(drawn.svg) };
}
