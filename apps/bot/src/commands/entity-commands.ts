import {
  type APIButtonComponentWithCustomId,
  type APIInteractionResponse,
  ButtonStyle,
  ComponentType,
} from 'discord-api-types/v10';
import { renderArticleCard } from '../cards/article-card';
import { renderCaseCard } from '../cards/case-card';
import { renderFigureCard } from '../cards/figure-card';
import { renderPersonCard } from '../cards/person-card';
import type { MessageBody } from '../discord/fit-message';
import { DiscordLimits } from '../discord/limits';
import { ephemeralNotice, replyWith } from '../discord/responses';
import { truncate } from '../discord/truncate';
import type { EntityKind } from '../i18n/messages';
import { decodeOffer, encodeOffer } from '../pagination/offer-state';
import { withPictures } from '../pictures/attach';
import { mapCard } from '../pictures/map-card';
import type { CommandContext } from './command-context';
import type { ArgumentsOf } from './definition-types';
import type { articleCommand, caseCommand, figureCommand, mapCommand, personCommand } from './definitions';
import { type EntityResolution, resolveEntity } from './resolve-entity';

/** A lookup that found nothing certain: what it says, and the likeliest records as buttons to choose from. */
function offersReply(
  kind: EntityKind,
  resolution: Extract<EntityResolution, { found: false }>,
): APIInteractionResponse {
  const buttons = resolution.offers.flatMap((offer): APIButtonComponentWithCustomId[] => {
    const customId = encodeOffer(kind, offer.id);
    return customId === null
      ? []
      : [
          {
            type: ComponentType.Button,
            style: ButtonStyle.Secondary,
            label: truncate(offer.label, DiscordLimits.buttonLabel),
            custom_id: customId,
          },
        ];
  });
  if (buttons.length === 0) return ephemeralNotice(resolution.message);
  return replyWith(
    { content: resolution.message, components: [{ type: ComponentType.ActionRow, components: buttons }] },
    { ephemeral: true },
  );
}

/** Resolves the typed value, renders the card, and notes other records the text matched equally well. */
function cardReply(
  kind: EntityKind,
  typed: string,
  context: CommandContext,
  render: (id: string) => MessageBody | undefined,
): APIInteractionResponse {
  const resolution = resolveEntity(kind, typed, context);
  if (!resolution.found) return offersReply(kind, resolution);
  const body = render(resolution.id);
  // The id came from the same data a moment ago; a miss here means the candidates and records disagree.
  if (body === undefined) throw new Error(`${kind} "${resolution.id}" was resolved but has no record`);
  return replyWith(resolution.note === undefined ? body : { ...body, content: resolution.note });
}

export function handleArticle(
  args: ArgumentsOf<typeof articleCommand>,
  context: CommandContext,
): APIInteractionResponse {
  return cardReply('article', args.article, context, (id) => {
    const article = context.data.article(id);
    return article && renderArticleCard(article, context);
  });
}

export function handlePerson(
  args: ArgumentsOf<typeof personCommand>,
  context: CommandContext,
): APIInteractionResponse {
  return cardReply('person', args.name, context, (id) => renderEntityCard('person', id, context));
}

export function handleCase(
  args: ArgumentsOf<typeof caseCommand>,
  context: CommandContext,
): APIInteractionResponse {
  return cardReply('case', args.name, context, (id) => renderEntityCard('case', id, context));
}

export function handleFigure(
  args: ArgumentsOf<typeof figureCommand>,
  context: CommandContext,
): APIInteractionResponse {
  return cardReply('figure', args.topic, context, (id) => renderEntityCard('figure', id, context));
}

/**
 * The card of a record, by kind and id, with its pictures (see pictures/attach.ts): a person's case
 * timelines, a case's timeline and map, a figure in context. Undefined when the archive has no such record.
 */
export function renderEntityCard(
  kind: EntityKind,
  id: string,
  context: CommandContext,
): MessageBody | undefined {
  const { data } = context;
  switch (kind) {
    case 'article': {
      const article = data.article(id);
      return article && renderArticleCard(article, context);
    }
    case 'person': {
      const person = data.person(id);
      if (person === undefined) return undefined;
      const timelines = data
        .casesOf(person.id)
        .map(({ case: record }) => ({ kind: 'timeline' as const, id: record.id, locale: context.locale }));
      return withPictures(renderPersonCard(person, context), timelines, data);
    }
    case 'case': {
      const record = data.case(id);
      if (record === undefined) return undefined;
      const { locale } = context;
      return withPictures(
        renderCaseCard(record, context),
        [
          { kind: 'timeline', id, locale },
          { kind: 'map', id, locale },
        ],
        data,
      );
    }
    case 'figure': {
      const figure = data.figure(id);
      return (
        figure &&
        withPictures(
          renderFigureCard(figure, context),
          [{ kind: 'figure', id, locale: context.locale }],
          data,
        )
      );
    }
  }
}

/** A button offered when a lookup was not certain: the chosen record's card, as a new message. */
export function handleOfferButton(customId: string, context: CommandContext): APIInteractionResponse {
  const offer = decodeOffer(customId);
  const body = offer === null ? undefined : renderEntityCard(offer.kind, offer.id, context);
  if (body === undefined) return ephemeralNotice(context.messages.unknownButton);
  return replyWith(body);
}

/** /map: the route of one case on its own, or a short note when the data places none of its stops. */
export function handleMap(
  args: ArgumentsOf<typeof mapCommand>,
  context: CommandContext,
): APIInteractionResponse {
  const resolution = resolveEntity('case', args.name, context);
  if (!resolution.found) return offersReply('case', resolution);
  const record = context.data.case(resolution.id);
  if (record === undefined) throw new Error(`case "${resolution.id}" was resolved but has no record`);
  const card = mapCard(record, context);
  if (card.kind === 'nothing-to-draw') return ephemeralNotice(card.note);
  return replyWith(resolution.note === undefined ? card.body : { ...card.body, content: resolution.note });
}
