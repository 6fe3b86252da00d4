import type { ArchiveData } from '../archive/archive-data';
import { DiscordLimits } from '../discord/limits';
import { truncate } from '../discord/truncate';
import { routeText } from './draw/draw-journey';
import { pictureLabels } from './labels';
import { type FigureModel, figureModel } from './models/figure-model';
import { hasLocatedStop, type JourneyModel, journeyModel } from './models/journey-model';
import { type TimelineModel, timelineModel } from './models/timeline-model';
import type { PictureRequest } from './picture-request';

export type PictureModel = TimelineModel | JourneyModel | FigureModel;

/**
 * What a request shows, from the archive's records; undefined when there is nothing to draw (an unknown id,
 * or a journey none of whose places the data can position).
 */
export function pictureModel(request: PictureRequest, data: ArchiveData): PictureModel | undefined {
  switch (request.kind) {
    case 'timeline': {
      const record = data.case(request.id);
      return record && timelineModel(record, request.locale);
    }
    case 'map': {
      const record = data.case(request.id);
      if (record === undefined) return undefined;
      const model = journeyModel(record, data, request.locale);
      return hasLocatedStop(model) ? model : undefined;
    }
    case 'figure': {
      const figure = data.figure(request.id);
      return figure && figureModel(figure, data, request.locale);
    }
  }
}

/** The alt text: what the picture shows, in words, within Discord's 1,024 characters. */
export function altText(model: PictureModel): string {
  const labels = pictureLabels(model.locale);
  let text: string;
  switch (model.kind) {
    case 'timeline': {
      const dated = model.events.filter((event) => event.date !== null).map((event) => event.date as string);
      const undated = model.events.length - dated.length;
      const parts: string[] = [];
      if (dated.length > 0) parts.push(` ${labels.from} ${dated.sort()[0]} ${labels.to} ${dated.at(-1)}`);
      if (undated > 0) parts.push(`${dated.length > 0 ? ',' : ''} ${labels.undatedCount(undated)}`);
      const outcomes = model.events
        .filter((event) => event.outcomeLabel !== null)
        .map((event) => `${event.outcomeLabel}${event.date === null ? '' : ` (${event.date})`}`);
      text = [
        labels.altTimeline(model.title, model.events.length, parts.join('')),
        outcomes.length > 0 ? `${outcomes.join(', ')}.` : '',
        `${labels.forum}: ${model.forum}.`,
        `${labels.sources(model.sourceCount)}.`,
      ]
        .filter((part) => part !== '')
        .join(' ');
      break;
    }
    case 'map':
      text = labels.altMap(model.title, routeText(model));
      break;
    case 'figure': {
      const others = model.bars.filter((bar) => !bar.focus);
      const list = others.map((bar) => `${bar.valueLabel} (${bar.counts})`).join('; ');
      text = `${labels.altFigure(model.title, others.length)}${list === '' ? '' : ` ${list}.`} ${labels.source}: ${model.sourceLine}.`;
      break;
    }
  }
  return truncate(text, DiscordLimits.attachmentDescription);
}
