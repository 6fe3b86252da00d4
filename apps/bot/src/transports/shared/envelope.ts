import { type APIInteraction, InteractionType } from 'discord-api-types/v10';
import { commands } from '../../commands/definitions';

/**
 * The edge's check of a signed body before any handler runs: the shape of a Discord interaction of a type
 * this bot handles, every field a handler reads of the right type, and nothing a user typed used as a key
 * of a plain object. Discord only sends such interactions, so anything else is answered 400.
 */
export type EnvelopeCheck = { ok: true; interaction: APIInteraction } | { ok: false; problem: string };

/** What Discord allows as an option name (lower case is not checked: the handlers compare exactly). */
const OPTION_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
/** Discord's limit on a component's custom id. */
const MAX_CUSTOM_ID = 100;
/** Subcommand groups hold subcommands hold options: nothing Discord sends is deeper. */
const MAX_OPTION_DEPTH = 3;
const MAX_OPTIONS = 25;

const HANDLED = new Set<number>([
  InteractionType.Ping,
  InteractionType.ApplicationCommand,
  InteractionType.MessageComponent,
  InteractionType.ApplicationCommandAutocomplete,
]);

/** The `max_length` each command declares to Discord for its string options, by command and option name. */
const DECLARED_MAX_LENGTH: ReadonlyMap<string, ReadonlyMap<string, number>> = new Map(
  commands.map((command) => [
    command.name,
    new Map(
      command.options.flatMap((option) =>
        'max_length' in option && option.max_length !== undefined ? [[option.name, option.max_length]] : [],
      ),
    ),
  ]),
);

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';

/** Names such as `constructor`, `__proto__` or `toString` would find something on any plain object. */
const isPrototypeName = (name: string) => Object.hasOwn(Object.prototype, name);

function checkOptions(options: unknown, command: string, depth: number): string | undefined {
  if (options === undefined) return undefined;
  if (!Array.isArray(options)) return 'data.options must be a list';
  if (options.length > MAX_OPTIONS) return `data.options holds more than ${MAX_OPTIONS} options`;
  if (depth > MAX_OPTION_DEPTH) return 'data.options is nested deeper than Discord nests options';
  for (const option of options) {
    if (!isObject(option)) return 'each option must be an object';
    const { name, type, value } = option;
    if (!isString(name) || !OPTION_NAME.test(name) || isPrototypeName(name))
      return 'an option name is not a valid Discord option name';
    if (typeof type !== 'number') return `option "${name}" has no numeric type`;
    if (value !== undefined && !['string', 'number', 'boolean'].includes(typeof value))
      return `option "${name}" has a value that is not a string, number or boolean`;
    const maxLength = DECLARED_MAX_LENGTH.get(command)?.get(name);
    if (isString(value) && maxLength !== undefined && value.length > maxLength)
      return `option "${name}" is longer than the ${maxLength} characters the command declares`;
    if (option.focused !== undefined && typeof option.focused !== 'boolean')
      return `option "${name}" has a non-boolean focused flag`;
    const nested = checkOptions(option.options, command, depth + 1);
    if (nested !== undefined) return nested;
  }
  return undefined;
}

function checkUser(body: Json): string | undefined {
  const { member, user } = body;
  if (member !== undefined) {
    if (!isObject(member) || !isObject(member.user) || !isString(member.user.id))
      return 'member.user.id must be a string';
    return undefined;
  }
  if (!isObject(user) || !isString(user.id))
    return 'an interaction needs member.user or user with a string id';
  return undefined;
}

function checkData(type: number, data: unknown): string | undefined {
  if (!isObject(data)) return 'data must be an object';
  if (type === InteractionType.MessageComponent) {
    if (!isString(data.custom_id) || data.custom_id.length > MAX_CUSTOM_ID)
      return `data.custom_id must be a string of at most ${MAX_CUSTOM_ID} characters`;
    if (typeof data.component_type !== 'number') return 'data.component_type must be a number';
    if (data.values !== undefined && !(Array.isArray(data.values) && data.values.every(isString)))
      return 'data.values must be a list of strings';
    return undefined;
  }
  if (!isString(data.name) || data.name === '') return 'data.name must be a command name';
  if (typeof data.type !== 'number') return 'data.type must be a number';
  if (!isString(data.id)) return 'data.id must be a string';
  return checkOptions(data.options, data.name, 1);
}

export function checkEnvelope(body: unknown): EnvelopeCheck {
  if (!isObject(body)) return { ok: false, problem: 'the body is not a JSON object' };
  const { type } = body;
  if (typeof type !== 'number' || !HANDLED.has(type))
    return { ok: false, problem: 'type is not an interaction type this bot handles' };
  for (const field of ['id', 'application_id', 'token'] as const) {
    if (!isString(body[field])) return { ok: false, problem: `${field} must be a string` };
  }
  for (const field of ['guild_id', 'locale', 'guild_locale'] as const) {
    if (body[field] !== undefined && body[field] !== null && !isString(body[field]))
      return { ok: false, problem: `${field} must be a string when present` };
  }
  if (type !== InteractionType.Ping) {
    const problem = checkUser(body) ?? checkData(type, body.data);
    if (problem !== undefined) return { ok: false, problem };
  }
  return { ok: true, interaction: body as unknown as APIInteraction };
}
