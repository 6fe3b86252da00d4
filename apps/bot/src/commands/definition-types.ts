import type { ApplicationCommandOptionType } from 'discord-api-types/v10';

/** Names and descriptions in Discord's shape; this bot localises into both Spanish locales Discord has. */
export type SpanishLocalizations = { readonly 'es-ES': string; readonly 'es-419': string };

type OptionBase<Type extends ApplicationCommandOptionType> = {
  readonly type: Type;
  readonly name: string;
  readonly name_localizations: SpanishLocalizations;
  readonly description: string;
  readonly description_localizations: SpanishLocalizations;
  readonly required?: boolean;
};

export type StringChoice = { readonly name: string; readonly value: string };

export type StringOptionDefinition = OptionBase<ApplicationCommandOptionType.String> & {
  readonly min_length?: number;
  readonly max_length?: number;
} & (
    | { readonly autocomplete: true }
    | { readonly autocomplete?: false; readonly choices?: readonly StringChoice[] }
  );

export type IntegerOptionDefinition = OptionBase<ApplicationCommandOptionType.Integer> & {
  readonly min_value?: number;
  readonly max_value?: number;
};

export type BooleanOptionDefinition = OptionBase<ApplicationCommandOptionType.Boolean>;

/** A Discord user, picked from the member list; the handler receives the user's id. */
export type UserOptionDefinition = OptionBase<ApplicationCommandOptionType.User>;

export type OptionDefinition =
  | StringOptionDefinition
  | IntegerOptionDefinition
  | BooleanOptionDefinition
  | UserOptionDefinition;

/** A chat-input command as constant data: the wire format Discord registers, read-only. */
export type CommandDefinition = {
  readonly name: string;
  readonly name_localizations: SpanishLocalizations;
  readonly description: string;
  readonly description_localizations: SpanishLocalizations;
  readonly options: readonly OptionDefinition[];
};

/** The value type an option carries in an interaction. */
export type OptionValue<Option extends OptionDefinition> = Option extends BooleanOptionDefinition
  ? boolean
  : Option extends IntegerOptionDefinition
    ? number
    : string;

type RequiredOptions<Command extends CommandDefinition> = Extract<
  Command['options'][number],
  { readonly required: true }
>;
type OptionalOptions<Command extends CommandDefinition> = Exclude<
  Command['options'][number],
  { readonly required: true }
>;

/**
 * The arguments a handler receives, derived from the command's definition: required options are present,
 * optional ones may be absent, and each has the type its option declares.
 */
export type ArgumentsOf<Command extends CommandDefinition> = Flatten<
  {
    -readonly [Option in RequiredOptions<Command> as Option['name']]: OptionValue<Option>;
  } & {
    -readonly [Option in OptionalOptions<Command> as Option['name']]?: OptionValue<Option>;
  }
>;

/** One object type instead of an intersection, so editors show `{ query: string; year?: number }`. */
type Flatten<T> = { [Key in keyof T]: T[Key] };

/** Keeps a command's literal types (names, required flags) so that `ArgumentsOf` can read them. */
export function defineCommand<const Command extends CommandDefinition>(command: Command): Command {
  return command;
}
