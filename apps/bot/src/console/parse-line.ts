import { foldText } from '@asylum-archive/core';
import { QUERY_FIELDS } from '@asylum-archive/query';
import {
  type APIApplicationCommandInteractionDataBasicOption,
  ApplicationCommandOptionType,
  type InteractionType,
} from 'discord-api-types/v10';
import type { OptionDefinition } from '../commands/definition-types';
import { type BotCommand, commands } from '../commands/definitions';
import { commandLabel, optionLabel } from '../commands/localized-names';
import type { BotLocale } from '../i18n/locale';
import type { ConsoleMessages } from './console-messages';

export type DataOption = APIApplicationCommandInteractionDataBasicOption<InteractionType.ApplicationCommand>;

export type PagerAction = 'next' | 'prev';

/** What a typed word presses: the pager's next/prev, or the number the terminal printed beside a control. */
export type PressAction = PagerAction | `${number}`;

export type ParsedLine =
  | { kind: 'empty' }
  | { kind: 'exit' }
  | { kind: 'press'; action: PressAction }
  | { kind: 'command'; command: BotCommand; options: DataOption[] }
  | { kind: 'error'; message: string };

/** A stretch of the typed line: the text given to one option, or (option undefined) to none by name. */
export type Segment = { option: OptionDefinition | undefined; text: string; start: number };

export type SegmentedLine = { commandWord: string; command: BotCommand | undefined; segments: Segment[] };

const ACTIONS: Readonly<Record<string, PagerAction | 'exit'>> = {
  next: 'next',
  n: 'next',
  siguiente: 'next',
  prev: 'prev',
  previous: 'prev',
  p: 'prev',
  anterior: 'prev',
  '/exit': 'exit',
  '/quit': 'exit',
  exit: 'exit',
  quit: 'exit',
  '/salir': 'exit',
  salir: 'exit',
};

/** Finds a command by the name typed, in English or Spanish ("/search", "/buscar"). */
export function findCommand(word: string): BotCommand | undefined {
  const name = word.toLowerCase();
  return commands.find(
    (command) => command.name === name || Object.values(command.name_localizations).includes(name),
  );
}

function findOption(command: BotCommand, word: string): OptionDefinition | undefined {
  const name = word.toLowerCase();
  return command.options.find(
    (option: OptionDefinition) =>
      option.name === name || Object.values(option.name_localizations).includes(name),
  );
}

/**
 * Splits `/command text name:value name:value` into the stretches each option receives. `name:` starts an
 * option only when it names one of the command's options and is not inside "quotes" — so query syntax such
 * as `person:alarcon` stays part of the /search query. A value runs until the next option name.
 */
export function segmentLine(line: string): SegmentedLine {
  const commandWord = /^\/(\S*)/.exec(line)?.[1] ?? '';
  const command = findCommand(commandWord);
  const restStart = 1 + commandWord.length;
  const segments: Segment[] = [{ option: undefined, text: '', start: restStart }];
  if (command === undefined) {
    segments[0] = { option: undefined, text: line.slice(restStart), start: restStart };
    return { commandWord, command, segments };
  }
  let inQuotes = false;
  let segmentStart = restStart;
  let current: OptionDefinition | undefined;
  const close = (end: number) => {
    const last = segments.at(-1);
    if (last !== undefined)
      segments[segments.length - 1] = {
        option: current,
        text: line.slice(segmentStart, end),
        start: segmentStart,
      };
  };
  for (let index = restStart; index < line.length; index += 1) {
    const char = line[index];
    if (char === '"') inQuotes = !inQuotes;
    if (inQuotes || !/\s/.test(line[index - 1] ?? ' ')) continue;
    const marker = /^([\p{L}\p{N}_-]+):/u.exec(line.slice(index));
    const option = marker?.[1] === undefined ? undefined : findOption(command, marker[1]);
    if (marker === null || option === undefined) continue;
    close(index);
    current = option;
    segmentStart = index + marker[0].length;
    segments.push({ option, text: '', start: segmentStart });
  }
  close(line.length);
  return { commandWord, command, segments };
}

function isQueryField(name: string): boolean {
  return (QUERY_FIELDS as readonly string[]).includes(name);
}

/** "/search query:… [outlet:…] [year:…] [hide:…]", or "/buscar consulta:… [medio:…] …" in Spanish. */
export function usageOf(command: BotCommand, locale: BotLocale): string {
  const options = command.options.map((option: OptionDefinition) => {
    const name = optionLabel(option, locale);
    return option.required === true ? `${name}:…` : `[${name}:…]`;
  });
  return [commandLabel(command, locale), ...options].join(' ');
}

/** The first option takes unnamed text when it is free text a person would type (a query, a name). */
function takesUnnamedText(command: BotCommand): OptionDefinition | undefined {
  const [first] = command.options;
  return first?.type === ApplicationCommandOptionType.String ? first : undefined;
}

/** /search's query keeps its quotes: they are query syntax. Other values may be quoted to hold spaces. */
function unquote(option: OptionDefinition, command: BotCommand, text: string): string {
  const trimmed = text.trim();
  const isQuery =
    option === takesUnnamedText(command) && !('autocomplete' in option && option.autocomplete === true);
  if (!isQuery && /^"[^"]*"$/.test(trimmed)) return trimmed.slice(1, -1).trim();
  return trimmed;
}

/**
 * The value a named option takes. Free text (a name, a query) runs to the next option; a number, a yes/no
 * or a fixed choice is one word or one "quoted value", and whatever follows it is text for the query.
 */
function splitValue(
  option: OptionDefinition,
  command: BotCommand,
  text: string,
  messages: ConsoleMessages,
): { value: string; rest: string } {
  const freeText =
    option.type === ApplicationCommandOptionType.String &&
    !('choices' in option && option.choices !== undefined);
  if (freeText) return { value: unquote(option, command, text), rest: '' };
  const whole = unquote(option, command, text);
  if (convert(option, whole, messages).ok) return { value: whole, rest: '' };
  const match = /^("[^"]*"|\S+)\s*([\s\S]*)$/.exec(text.trim());
  return { value: unquote(option, command, match?.[1] ?? ''), rest: match?.[2]?.trim() ?? '' };
}

/** Why a value was refused: a wrong form or an unlisted choice may still be query syntax; a range is not. */
type Refusal = 'form' | 'choice' | 'range';

type Conversion = { ok: true; option: DataOption } | { ok: false; refusal: Refusal; message: string };

function convert(option: OptionDefinition, value: string, messages: ConsoleMessages): Conversion {
  switch (option.type) {
    case ApplicationCommandOptionType.String: {
      if ('choices' in option && option.choices !== undefined) {
        // Discord only lets a person pick a listed choice; here the id or the shown name both work.
        const wanted = foldText(value);
        const choice = option.choices.find(
          (candidate) => candidate.value === value || foldText(candidate.name) === wanted,
        );
        if (choice === undefined) {
          const list = option.choices.map((candidate) => `${candidate.value} (${candidate.name})`).join(', ');
          return {
            ok: false,
            refusal: 'choice',
            message: messages.notAChoice(optionLabel(option, messages.locale), list),
          };
        }
        return { ok: true, option: { name: option.name, type: option.type, value: choice.value } };
      }
      return { ok: true, option: { name: option.name, type: option.type, value } };
    }
    case ApplicationCommandOptionType.Integer: {
      if (!/^-?\d{1,15}$/.test(value)) {
        return {
          ok: false,
          refusal: 'form',
          message: messages.notInteger(
            optionLabel(option, messages.locale),
            option.min_value ?? null,
            option.max_value ?? null,
          ),
        };
      }
      const number = Number(value);
      if (number < (option.min_value ?? -Infinity) || number > (option.max_value ?? Infinity)) {
        return {
          ok: false,
          refusal: 'range',
          message: messages.outOfRange(
            optionLabel(option, messages.locale),
            option.min_value ?? -Infinity,
            option.max_value ?? Infinity,
          ),
        };
      }
      return { ok: true, option: { name: option.name, type: option.type, value: number } };
    }
    case ApplicationCommandOptionType.User: {
      // A mention as Discord writes it (<@123>) or the bare id: the terminal has no member list to pick from.
      const id = /^<@!?(\d{1,20})>$|^(\d{1,20})$/.exec(value);
      const snowflake = id?.[1] ?? id?.[2];
      if (snowflake === undefined)
        return {
          ok: false,
          refusal: 'form',
          message: messages.notAUser(optionLabel(option, messages.locale)),
        };
      return { ok: true, option: { name: option.name, type: option.type, value: snowflake } };
    }
    case ApplicationCommandOptionType.Boolean: {
      const truth = BOOLEANS[value.toLowerCase()];
      if (truth === undefined)
        return {
          ok: false,
          refusal: 'form',
          message: messages.notBoolean(optionLabel(option, messages.locale)),
        };
      return { ok: true, option: { name: option.name, type: option.type, value: truth } };
    }
  }
}

const BOOLEANS: Readonly<Record<string, boolean>> = {
  true: true,
  yes: true,
  y: true,
  '1': true,
  sí: true,
  si: true,
  verdadero: true,
  falso: false,
  false: false,
  no: false,
  n: false,
  '0': false,
};

/**
 * Reads one line of the terminal session: a command with its options (checked as Discord would check
 * them), a pager action (`next`, `prev`), `/exit`, or a clear complaint about what is wrong.
 */
export function parseLine(input: string, messages: ConsoleMessages): ParsedLine {
  const line = input.trim();
  if (line === '') return { kind: 'empty' };
  const action = ACTIONS[line.toLowerCase()];
  if (action === 'exit') return { kind: 'exit' };
  if (action !== undefined) return { kind: 'press', action };
  if (/^\d{1,3}$/.test(line)) return { kind: 'press', action: `${Number(line)}` };
  if (!line.startsWith('/')) return { kind: 'error', message: messages.notACommand };

  const { commandWord, command, segments } = segmentLine(line);
  if (command === undefined) {
    const list = commands.map((candidate) => commandLabel(candidate, messages.locale)).join(', ');
    return { kind: 'error', message: messages.unknownCommand(commandWord, list) };
  }
  const usage = usageOf(command, messages.locale);
  const freeText = takesUnnamedText(command);
  const texts = new Map<OptionDefinition, string>();
  let unnamed = '';
  for (const segment of segments) {
    if (segment.option === undefined) {
      unnamed = segment.text.trim();
    } else if (texts.has(segment.option)) {
      return {
        kind: 'error',
        message: messages.duplicateOption(optionLabel(segment.option, messages.locale)),
      };
    } else {
      texts.set(segment.option, segment.text);
    }
  }

  let free = freeText === undefined ? undefined : texts.get(freeText);
  if (unnamed !== '') {
    if (command.options.length === 0)
      return { kind: 'error', message: messages.noOptions(commandLabel(command, messages.locale)) };
    if (freeText === undefined || free !== undefined)
      return { kind: 'error', message: messages.strayText(unnamed, usage) };
    free = unnamed;
  }

  const options: DataOption[] = [];
  // Text that belongs to the free-text option after all: what follows a one-word value, and query syntax.
  const forFreeText: string[] = [];
  for (const option of command.options as readonly OptionDefinition[]) {
    const text = texts.get(option);
    if (option === freeText || text === undefined) continue;
    const { value, rest } = splitValue(option, command, text, messages);
    if (value === '')
      return { kind: 'error', message: messages.missingOption(optionLabel(option, messages.locale), usage) };
    const converted = convert(option, value, messages);
    if (converted.ok) {
      options.push(converted.option);
      if (rest !== '') forFreeText.push(rest);
    } else if (freeText !== undefined && converted.refusal !== 'range' && isQueryField(option.name)) {
      // `year:2009..2011` is no valid year option but valid query syntax: the query library reads it, by its
      // English or its Spanish name (`año:2009..2011`), so it stays in the session's language.
      forFreeText.push(`${optionLabel(option, messages.locale)}:${text.trim()}`);
    } else {
      return { kind: 'error', message: converted.message };
    }
  }
  if (forFreeText.length > 0) {
    if (freeText === undefined)
      return { kind: 'error', message: messages.strayText(forFreeText.join(' '), usage) };
    free = [free ?? '', ...forFreeText].join(' ').trim();
  }
  if (freeText !== undefined && free !== undefined) {
    const value = unquote(freeText, command, free);
    if (value === '')
      return {
        kind: 'error',
        message: messages.missingOption(optionLabel(freeText, messages.locale), usage),
      };
    options.unshift({ name: freeText.name, type: ApplicationCommandOptionType.String, value });
  }

  for (const option of command.options as readonly OptionDefinition[]) {
    if (option.required === true && !options.some((given) => given.name === option.name)) {
      return { kind: 'error', message: messages.missingOption(optionLabel(option, messages.locale), usage) };
    }
  }
  return { kind: 'command', command, options };
}
