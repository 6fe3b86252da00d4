import { articles, cases, figures, people, shippedDataset } from '@asylum-archive/core';
import { parseQuery, QuerySyntaxError } from '@asylum-archive/query';
import {
  type APIInteraction,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  ComponentType,
} from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/i18n/messages';
import { handleInteraction } from '../../src/index';
import {
  allText,
  autocomplete,
  boolean,
  buttonPress,
  buttonsOf,
  chatInput,
  integer,
  messageCommand,
  messageOf,
  selectMenu,
  string,
} from '../helpers/interactions';

/** Every piece of interface text of a message: its text, and its buttons' labels and menus' words. */
function uiText(data: APIInteractionResponseCallbackData): string {
  const parts = [allText(data)];
  for (const row of data.components ?? []) {
    if (row.type !== ComponentType.ActionRow) continue;
    for (const component of row.components) {
      if ('label' in component && typeof component.label === 'string') parts.push(component.label);
      if (component.type === ComponentType.StringSelect)
        parts.push(component.placeholder ?? '', ...component.options.map((option) => option.label));
    }
  }
  return parts.join('\n');
}

/**
 * The English interface strings that must never reach a Spanish reader: every fixed string of the English
 * catalogue that differs from its Spanish counterpart, plus every label a function of it writes with
 * placeholder arguments (the placeholders themselves removed). Archive text (titles, quotes, curated
 * descriptions) is English by nature, so only phrases of two or more words, or single labels longer than
 * four letters used as a field or button name, are checked.
 */
function englishStrings(): { phrases: string[]; labels: Set<string> } {
  const en = messagesFor('en');
  const es = messagesFor('es');
  const phrases = new Set<string>();
  const labels = new Set<string>();
  const spanishWords = new Set(
    JSON.stringify(es, (_, value: unknown) => (typeof value === 'function' ? String(value) : value))
      .toLowerCase()
      .split(/[^\p{L}-]+/u),
  );
  const visit = (english: unknown, spanish: unknown) => {
    if (typeof english === 'string') {
      if (english === spanish || english.trim() === '') return;
      const pieces = english.split(/[:—·(){}“”"`,.?!]+/).map((piece) => piece.trim());
      for (const piece of pieces) {
        // Examples the two languages share ("asilo = asylum", `outlet:`) are not English text.
        if (typeof spanish === 'string' && spanish.includes(piece)) continue;
        // Words of the Spanish catalogue (the Spanish field names /help lists in English) are not English.
        if (spanishWords.has(piece.toLowerCase())) continue;
        if (piece.split(' ').length >= 2 && piece.length >= 8) phrases.add(piece);
        else if (piece.length > 4) labels.add(piece);
      }
    } else if (typeof english === 'function' && typeof spanish === 'function') {
      const args = Array.from({ length: english.length }, () => '\u0000');
      visit(
        String(english(...args)).replaceAll('\u0000', ':'),
        String(spanish(...args)).replaceAll('\u0000', ':'),
      );
    } else if (
      english !== null &&
      typeof english === 'object' &&
      spanish !== null &&
      typeof spanish === 'object'
    ) {
      for (const key of Object.keys(english))
        visit((english as Record<string, unknown>)[key], (spanish as Record<string, unknown>)[key]);
    }
  };
  visit(en, es);
  // A phrase the archive itself uses ("police officer") may be quoted archive text in a Spanish reply.
  const archiveText = JSON.stringify(shippedDataset).toLowerCase();
  return { phrases: [...phrases].filter((phrase) => !archiveText.includes(phrase.toLowerCase())), labels };
}

/** One query for each kind of syntax error the query library reports. */
const SYNTAX_ERRORS: ReadonlyMap<string, string> = new Map([
  ['unclosed quote', 'asylum "texas'],
  ['unknown field', 'colour:red'],
  ['bad year', 'year:abc'],
  ['bad outcome', 'outcome:maybe'],
  ['excluded filter', '-outcome:denied'],
  ['empty value', 'outcome:'],
  ['repeated field', 'year:2009 year:2010'],
  ['reversed year range', 'year:2011..2009'],
  ['bad date', 'after:yesterday'],
  ['bad type', 'type:quotes'],
]);

/** The query library's own (English) message for a query it cannot read. */
function englishSyntaxMessage(query: string): string {
  try {
    parseQuery(query);
  } catch (error) {
    if (error instanceof QuerySyntaxError) return error.message;
  }
  throw new Error(`${query} was expected to be a syntax error`);
}

const firstButton = (data: APIInteractionResponseCallbackData, prefix: string) =>
  buttonsOf(data).find((button) => button.customId.startsWith(prefix))?.customId;

/** Every kind of reply the bot gives, asked in one language. */
async function everyReply(locale: string): Promise<Map<string, APIInteractionResponse>> {
  const replies = new Map<string, APIInteractionResponse>();
  const ask = async (kind: string, interaction: APIInteraction) => {
    const response = await handleInteraction(interaction);
    replies.set(kind, response);
    return response;
  };
  const results = messageOf(
    await ask('search results', chatInput('search', [string('query', 'juarez asilo')], locale)),
  );
  await ask(
    'search narrowed',
    chatInput('search', [string('query', 'asylum'), integer('year', 2009), boolean('hide', true)], locale),
  );
  await ask(
    "search with field names in the asker's language",
    chatInput(
      'search',
      [
        string(
          'query',
          locale.startsWith('es')
            ? 'asilo resultado:denegado año:2009..2019'
            : 'asylum outcome:denied year:2009..2019',
        ),
      ],
      locale,
    ),
  );
  await ask('search, nothing found', chatInput('search', [string('query', 'zzzzqqqq')], locale));
  await ask(
    'search, unknown filter value',
    chatInput('search', [string('query', 'asylum outlet:nowhere')], locale),
  );
  await ask('search, only common words', chatInput('search', [string('query', 'the and of')], locale));
  await ask(
    'search, a filter leaves none',
    chatInput('search', [string('query', 'asylum before:1900')], locale),
  );
  for (const [name, query] of SYNTAX_ERRORS)
    await ask(`search syntax error: ${name}`, chatInput('search', [string('query', query)], locale));
  const next = firstButton(results, 's1|1|');
  if (next !== undefined) await ask('search next page', buttonPress(next, results, locale));
  const inContext = firstButton(results, 'c1|');
  if (inContext !== undefined) await ask('passage in context', buttonPress(inContext, results, locale));
  await ask('stale button', buttonPress('s0|1||x|asylum', results, locale));
  await ask('foreign button', buttonPress('someone-else', results, locale));
  const article = articles[0];
  if (article !== undefined) {
    const card = messageOf(
      await ask('article card', chatInput('article', [string('article', article.id)], locale)),
    );
    const read = firstButton(card, 'r1|');
    if (read !== undefined) await ask('article page', buttonPress(read, card, locale));
  }
  for (const person of people.slice(0, 3))
    await ask(`person card ${person.id}`, chatInput('person', [string('name', person.id)], locale));
  for (const record of cases)
    await ask(`case card ${record.id}`, chatInput('case', [string('name', record.id)], locale));
  for (const figure of figures)
    await ask(`figure card ${figure.id}`, chatInput('figure', [string('topic', figure.id)], locale));
  const offers = messageOf(
    await ask('lookup offers', chatInput('case', [string('name', 'granted')], locale)),
  );
  const offer = firstButton(offers, 'o1|');
  if (offer !== undefined) await ask('offered record chosen', buttonPress(offer, offers, locale));
  await ask('lookup, nothing close', chatInput('person', [string('name', 'qqqqzzzz')], locale));
  const overview = messageOf(await ask('browse overview', chatInput('browse', [], locale)));
  const list = messageOf(
    await ask('browse list', chatInput('browse', [string('outcome', 'denied')], locale)),
  );
  const nextList = firstButton(list, 'b1|');
  if (nextList !== undefined) await ask('browse next page', buttonPress(nextList, list, locale));
  const firstMenu = overview.components?.[0];
  const menu = firstMenu?.type === ComponentType.ActionRow ? firstMenu.components[0] : undefined;
  if (menu?.type === ComponentType.StringSelect && menu.options[0] !== undefined)
    await ask('browse value chosen', selectMenu(menu.custom_id, [menu.options[0].value], overview, locale));
  await ask('browse, unknown value', chatInput('browse', [string('role', 'astronaut')], locale));
  await ask(
    'browse, two fields',
    chatInput('browse', [string('outcome', 'denied'), string('role', 'attorney')], locale),
  );
  await ask('browse autocomplete', autocomplete('browse', 'role', '', locale));
  await ask('lookup with a typo', chatInput('person', [string('name', 'duran rodriges')], locale));
  await ask(
    'lookup answered by a question',
    chatInput('figure', [string('topic', 'how many police officers were killed')], locale),
  );
  await ask('about', chatInput('about', [], locale));
  await ask('help', chatInput('help', [], locale));
  await ask('unknown command', chatInput('teleport', [], locale));
  await ask('missing option', chatInput('person', [], locale));
  await ask(
    'wrong option type',
    chatInput('search', [{ name: 'query', type: 3, value: 5 } as never], locale),
  );
  await ask('out of range', chatInput('search', [string('query', 'asylum'), integer('year', 1200)], locale));
  await ask('message searched', messageCommand('Search the archive', 'asilo juarez', locale));
  await ask('message without text', messageCommand('Search the archive', '', locale));
  await ask('autocomplete', autocomplete('person', 'name', '', locale));
  await ask('autocomplete cases', autocomplete('case', 'name', '', locale));
  return replies;
}

describe('why nothing was found', () => {
  it('is told to a Spanish reader in Spanish, one reason per reason core gives', async () => {
    for (const query of ['zzzzqqqq', 'the and of', 'asylum outlet:nowhere', 'asylum before:1900']) {
      const english =
        messageOf(await handleInteraction(chatInput('search', [string('query', query)]))).content ?? '';
      const spanish =
        messageOf(await handleInteraction(chatInput('search', [string('query', query)], 'es-ES'))).content ??
        '';
      const reasonLine = (content: string) =>
        content.split('\n').find((line) => line.startsWith('-# ')) ?? '';
      expect(reasonLine(english), query).not.toBe('');
      expect(reasonLine(spanish), query).not.toBe('');
      expect(reasonLine(spanish).split('; ').length, query).toBe(reasonLine(english).split('; ').length);
      expect(reasonLine(spanish), query).not.toBe(reasonLine(english));
    }
  });
});

describe('every reply in both languages', () => {
  it('renders each reply kind in English and in Spanish (es-ES and es-419) with no English interface text in Spanish', async () => {
    const english = await everyReply('en-US');
    const { phrases, labels } = englishStrings();
    expect(phrases.length).toBeGreaterThan(50);
    for (const locale of ['es-ES', 'es-419']) {
      const spanish = await everyReply(locale);
      expect([...spanish.keys()]).toEqual([...english.keys()]);
      for (const [kind, response] of spanish) {
        // The query library's English message never reaches a Spanish reader (it is translated by code).
        const query = SYNTAX_ERRORS.get(kind.replace('search syntax error: ', ''));
        if (query !== undefined) {
          const english = englishSyntaxMessage(query);
          for (const piece of english.split(/[:,.;?()"“”]+/).map((part) => part.trim()))
            if (piece.split(' ').length >= 3)
              expect(uiText(messageOf(response)), `${kind} (${locale}) says “${piece}”`).not.toContain(piece);
        }
        const text =
          response.type === 9 || response.type === 4 || response.type === 7
            ? uiText(messageOf(response))
            : JSON.stringify('data' in response ? response.data : {});
        for (const phrase of phrases)
          expect(text, `${kind} (${locale}) says “${phrase}”`).not.toContain(phrase);
        if (response.type === 4 || response.type === 7) {
          const data = messageOf(response);
          const names = [
            ...(data.embeds ?? []).flatMap((embed) => [
              embed.title ?? '',
              ...(embed.fields ?? []).map((field) => field.name),
            ]),
            ...buttonsOf(data).map((button) => button.label),
          ];
          for (const name of names)
            for (const label of labels)
              if (name.toLowerCase() === label.toLowerCase())
                throw new Error(`${kind} (${locale}) has the English label “${label}”`);
        }
      }
    }
    // Reported in the closing note: how many reply kinds are rendered in each language.
    // A card of each record is one kind of reply: "case card <id>" → "case card".
    const kinds = new Set([...english.keys()].map((kind) => kind.replace(/ card .*/, ' card')));
    console.log(
      `two-language test: ${english.size} replies of ${kinds.size} kinds rendered in English, es-ES and es-419`,
    );
  }, 120_000);
});
