import { createInterface } from 'node:readline';
import type { APIInteractionResponse, APIInteractionResponseCallbackData } from 'discord-api-types/v10';
import { Locale } from 'discord-api-types/v10';
import { toBotLocale } from '../i18n/locale';
import type { InteractionHandler } from '../interactions/handle-interaction';
import { ConsoleInteractions } from './build-interaction';
import { type Completion, createCompleter } from './completer';
import { consoleMessagesFor } from './console-messages';
import { parseLine } from './parse-line';
import { type Pager, type RenderOptions, renderResponse } from './render-response';
import { styleFor } from './terminal-style';

export type ConsoleSessionOptions = {
  handler: InteractionHandler;
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  env: Readonly<Record<string, string | undefined>>;
  /**
   * Writes a reply's pictures to files and returns the lines announcing them (`picture: <path>`), shown
   * under the reply; see pictures/write-pictures.ts. Without it, replies are shown without pictures.
   */
  pictures?: (response: APIInteractionResponse) => Promise<readonly string[]>;
};

/** The interface language from the usual POSIX variables: Spanish for es_*, English otherwise. */
export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): Locale {
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  if (!tag.toLowerCase().startsWith('es')) return Locale.EnglishUS;
  return /^es[_-]ES/i.test(tag) ? Locale.SpanishES : Locale.SpanishLATAM;
}

/**
 * The terminal mode: one line per command, replies rendered readably, paging buttons pressed by typing
 * `next`/`prev`, Tab completion on a terminal. Works the same with piped input; resolves with exit code 0 at
 * the end of input or on /exit. A bad line gets one explanatory line and the session goes on.
 */
export async function runConsoleSession(options: ConsoleSessionOptions): Promise<number> {
  const { handler, input, output, env } = options;
  const terminal = input.isTTY === true && output.isTTY === true;
  const locale = localeFromEnv(env);
  const messages = consoleMessagesFor(toBotLocale(locale));
  const style = styleFor(output.isTTY === true, env);
  const interactions = new ConsoleInteractions(locale);
  const write = (text: string) => output.write(`${text}\n`);
  const render: RenderOptions = { style, messages, width: lineWidth(terminal, output.columns, env) };

  const rl = createInterface({
    input,
    output,
    terminal,
    prompt: style.bold('› '),
    ...(terminal ? { completer: callbackStyle(createCompleter(handler, interactions)) } : {}),
  });
  // Ctrl+C on a terminal ends the session like /exit rather than leaving readline paused.
  rl.on('SIGINT', () => rl.close());

  const state: SessionState = { pager: {} };
  if (terminal) {
    write(style.dim(messages.banner));
    rl.prompt();
  }
  for await (const line of rl) {
    // Piped input is not echoed by a terminal: echo it, so the transcript shows what each reply answers.
    if (!terminal && line.trim() !== '') write(style.bold(`› ${line.trim()}`));
    const verdict = await answerLine(line, {
      handler,
      interactions,
      render,
      write,
      state,
      ...(options.pictures === undefined ? {} : { pictures: options.pictures }),
    });
    if (verdict === 'exit') break;
    if (terminal) rl.prompt();
  }
  rl.close();
  return 0;
}

/**
 * Node 20's readline only awaits completers written in callback style (two parameters); a function
 * returning a promise is treated as synchronous and its result is lost.
 */
function callbackStyle(complete: (line: string) => Promise<Completion>) {
  return (line: string, callback: (error: Error | null, result?: Completion) => void): void => {
    complete(line).then(
      (result) => callback(null, result),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
    );
  };
}

type SessionState = { pager: Pager; message?: APIInteractionResponseCallbackData };

type LineContext = {
  handler: InteractionHandler;
  interactions: ConsoleInteractions;
  render: RenderOptions;
  write: (text: string) => void;
  state: SessionState;
  pictures?: ConsoleSessionOptions['pictures'];
};

/** Replies are wrapped at word boundaries: at the terminal's width, or at COLUMNS (else 100) when piped. */
function lineWidth(
  terminal: boolean,
  columns: number | undefined,
  env: Readonly<Record<string, string | undefined>>,
): number {
  if (terminal && columns !== undefined && columns >= 20) return columns;
  const fromEnv = Number(env.COLUMNS);
  return Number.isInteger(fromEnv) && fromEnv >= 20 ? fromEnv : 100;
}

async function answerLine(line: string, context: LineContext): Promise<'exit' | 'continue'> {
  const { handler, interactions, write, state } = context;
  const { messages, style } = context.render;
  const parsed = parseLine(line, messages);
  try {
    switch (parsed.kind) {
      case 'empty':
        return 'continue';
      case 'exit':
        return 'exit';
      case 'error':
        write(`${style.bold('✖')} ${parsed.message}\n`);
        return 'continue';
      case 'press': {
        const target = state.pager[parsed.action];
        if (target === undefined || state.message === undefined) {
          const shown =
            parsed.action === 'next' || parsed.action === 'prev'
              ? messages.buttonWords[parsed.action]
              : parsed.action;
          write(`${style.bold('✖')} ${messages.noSuchButton(shown)}\n`);
          return 'continue';
        }
        const interaction =
          target.value === undefined
            ? interactions.button(target.customId, state.message)
            : interactions.select(target.customId, [target.value], state.message);
        await show(await handler(interaction), context);
        return 'continue';
      }
      case 'command':
        await show(await handler(interactions.command(parsed.command.name, parsed.options)), context);
        return 'continue';
    }
  } catch (error) {
    // The handler answers every failure itself; this only catches a fault in the terminal's own code.
    write(`${style.bold('✖')} ${messages.failed(error instanceof Error ? error.message : String(error))}\n`);
    return 'continue';
  }
}

async function show(response: APIInteractionResponse, context: LineContext): Promise<void> {
  const rendered = renderResponse(response, context.render);
  const pictures = context.pictures === undefined ? [] : await context.pictures(response);
  context.write(`${[rendered.text, ...pictures].join('\n')}\n`);
  // An ephemeral note (a stale button, an error) does not replace the message whose buttons are pressable.
  if (rendered.message !== undefined && Object.keys(rendered.pager).length > 0) {
    context.state.pager = rendered.pager;
    context.state.message = rendered.message;
  } else if (
    rendered.message !== undefined &&
    rendered.message.embeds !== undefined &&
    rendered.message.embeds.length > 0
  ) {
    context.state.pager = {};
    delete context.state.message;
  }
}
