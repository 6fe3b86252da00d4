import type { BotLocale } from '../i18n/locale';

/** The three kinds of picture: a case's timeline, the map of a case's journey, a figure beside related ones. */
export const PICTURE_KINDS = ['timeline', 'map', 'figure'] as const;
export type PictureKind = (typeof PICTURE_KINDS)[number];

/**
 * What to draw. The pure layer returns requests (inside the attachment's file name) rather than pixels:
 * the picture is a function of the request and the archive, so the edge can render it, or leave it out.
 */
export type PictureRequest = { kind: PictureKind; id: string; locale: BotLocale };

const FILENAME = /^(timeline|map|figure)-([a-z0-9]+(?:-[a-z0-9]+)*)\.(en|es)\.png$/;

/** `timeline-alarcon-us-asylum.es.png`: readable in Discord, and all the edge needs to draw it. */
export function pictureFilename(request: PictureRequest): string {
  return `${request.kind}-${request.id}.${request.locale}.png`;
}

/** The request a file name stands for, or undefined for a name this bot did not write. */
export function parsePictureFilename(filename: string): PictureRequest | undefined {
  const match = FILENAME.exec(filename);
  if (match === null) return undefined;
  return { kind: match[1] as PictureKind, id: match[2] as string, locale: match[3] as BotLocale };
}
