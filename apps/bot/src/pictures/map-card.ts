import type { Case } from '@asylum-archive/core';
import { CardColour, type RenderContext } from '../cards/render-context';
import { escapeArchiveText } from '../discord/escape';
import type { MessageBody } from '../discord/fit-message';
import { withPictures } from './attach';
import { routeText } from './draw/draw-journey';
import { pictureLabels } from './labels';
import { hasLocatedStop, journeyModel } from './models/journey-model';

export type MapCard = { kind: 'card'; body: MessageBody } | { kind: 'nothing-to-draw'; note: string };

/** /map's card: the route in words and the map picture; a note instead when nothing on the route can be placed. */
export function mapCard(record: Case, context: RenderContext): MapCard {
  const labels = pictureLabels(context.locale);
  const model = journeyModel(record, context.data, context.locale);
  if (!hasLocatedStop(model))
    return { kind: 'nothing-to-draw', note: labels.noMap(escapeArchiveText(record.title)) };
  const body: MessageBody = {
    embeds: [
      {
        title: labels.mapOf(record.title),
        description: escapeArchiveText(routeText(model)),
        color: CardColour.case,
        footer: { text: record.id },
      },
    ],
  };
  return {
    kind: 'card',
    body: withPictures(body, [{ kind: 'map', id: record.id, locale: context.locale }], context.data),
  };
}
