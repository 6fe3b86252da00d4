import type { APIInteractionResponse } from 'discord-api-types/v10';
import { renderArticleCard } from '../cards/article-card';
import { renderCaseCard } from '../cards/case-card';
import { renderFigureCard } from '../cards/figure-card';
import { renderPersonCard } from '../cards/person-card';
import type { MessageBody } from '../discord/fit-message';
import { ephemeralNotice, replyWith } from '../discord/responses';
import type { EntityKind } from '../i18n/messages';
import type { CommandContext } from './command-context';
import type { ArgumentsOf } from './definition-types';
import type { articleCommand, caseCommand, figureCommand, personCommand } from './definitions';
import { resolveEntity } from './resolve-entity';

/** Resolves the typed value, renders the card, and notes other records the text matched equally well. */
function cardReply(
  kind: EntityKind,
  typed: string,
  context: CommandContext,
  render: (id: string) => MessageBody | undefined,
): APIInteractionResponse {
  const resolution = resolveEntity(kind, typed, context);
  if (!resolution.found) return ephemeralNotice(resolution.message);
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
  return cardReply('person', args.name, context, (id) => {
    const person = context.data.person(id);
    return person && renderPersonCard(person, context);
  });
}

export function handleCase(
  args: ArgumentsOf<typeof caseCommand>,
  context: CommandContext,
): APIInteractionResponse {
  return cardReply('case', args.name, context, (id) => {
    const record = context.data.case(id);
    return record && renderCaseCard(record, context);
  });
}

export function handleFigure(
  args: ArgumentsOf<typeof figureCommand>,
  context: CommandContext,
): APIInteractionResponse {
  return cardReply('figure', args.topic, context, (id) => {
    const figure = context.data.figure(id);
    return figure && renderFigureCard(figure, context);
  });
}
