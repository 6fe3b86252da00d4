import { parseQuery } from '@asylum-archive/query';
import { describe, expect, it } from 'vitest';
import { consoleMessagesFor } from '../../src/console/console-messages';
import { type ParsedLine, parseLine } from '../../src/console/parse-line';

const en = consoleMessagesFor('en');
const parse = (line: string) => parseLine(line, en);

function command(parsed: ParsedLine) {
  if (parsed.kind !== 'command') throw new Error(`expected a command, got ${JSON.stringify(parsed)}`);
  return {
    name: parsed.command.name,
    options: Object.fromEntries(parsed.options.map((option) => [option.name, option.value])),
  };
}

function error(parsed: ParsedLine): string {
  if (parsed.kind !== 'error') throw new Error(`expected an error, got ${JSON.stringify(parsed)}`);
  return parsed.message;
}

describe('parseLine', () => {
  it('gives text without a name to the command’s first option', () => {
    expect(command(parse('/search juarez denied'))).toEqual({
      name: 'search',
      options: { query: 'juarez denied' },
    });
  });

  it('reads name:value options whose values run to the next option', () => {
    expect(command(parse('/person name:wiesinger'))).toEqual({
      name: 'person',
      options: { name: 'wiesinger' },
    });
    expect(command(parse('/figure topic:police killed'))).toEqual({
      name: 'figure',
      options: { topic: 'police killed' },
    });
  });

  it('types options as their definitions say', () => {
    expect(command(parse('/search query:asylum year:2010 hide:yes outlet:"Texas Observer"'))).toEqual({
      name: 'search',
      options: { query: 'asylum', year: 2010, hide: true, outlet: 'Texas Observer' },
    });
  });

  it('keeps query syntax in the query: quotes, exclusions and fields that are not command options', () => {
    expect(command(parse('/search "immigration judge" -canada person:alarcon'))).toEqual({
      name: 'search',
      options: { query: '"immigration judge" -canada person:alarcon' },
    });
  });

  it('takes one word for a number and gives what follows back to the query', () => {
    expect(command(parse('/search year:2010 alarcon denied'))).toEqual({
      name: 'search',
      options: { query: 'alarcon denied', year: 2010 },
    });
  });

  it('leaves a year range to the query syntax, which understands it', () => {
    expect(command(parse('/search alarcon year:2009..2011'))).toEqual({
      name: 'search',
      options: { query: 'alarcon year:2009..2011' },
    });
  });

  it('leaves it in the session’s language, whose field name the query syntax reads too', () => {
    const parsed = parseLine('/buscar alarcon año:2009..2011', consoleMessagesFor('es'));
    expect(command(parsed)).toEqual({ name: 'search', options: { query: 'alarcon año:2009..2011' } });
    expect(parseQuery('alarcon año:2009..2011')).toEqual(parseQuery('alarcon year:2009..2011'));
  });

  it('takes an outlet as typed, as Discord sends an autocompleted option: the search resolves or explains it', () => {
    expect(command(parse('/search asylum outlet:nowhere'))).toEqual({
      name: 'search',
      options: { query: 'asylum', outlet: 'nowhere' },
    });
  });

  it('does not read option names inside quotes', () => {
    expect(command(parse('/search "hide:true" asylum'))).toEqual({
      name: 'search',
      options: { query: '"hide:true" asylum' },
    });
  });

  it('accepts the Spanish command and option names', () => {
    expect(command(parse('/buscar consulta:asilo año:2009'))).toEqual({
      name: 'search',
      options: { query: 'asilo', year: 2009 },
    });
    expect(command(parse('/persona nombre:alarcon'))).toEqual({
      name: 'person',
      options: { name: 'alarcon' },
    });
  });

  it.each([
    ['/teleport now', /^Unknown command \/teleport\. Commands: \/search, \/article/],
    ['/person', /^name is missing\. Usage: \/person name:…$/],
    ['/about everything', /^\/about takes no options\.$/],
    ['/search year:1200 asylum', /^year must be between 1990 and 2100\.$/],
    ['/search asylum hide:perhaps', /^hide must be true or false/],
    ['/person name:a name:b', /^name is given twice/],
    ['/search juarez query:denied', /is not attached to an option/],
    ['juarez', /^Commands start with a slash/],
  ])('explains what is wrong with %j', (line, message) => {
    expect(error(parse(line))).toMatch(message);
  });

  it('recognises pager actions, exit and blank lines', () => {
    expect(parse('next')).toEqual({ kind: 'press', action: 'next' });
    expect(parse(' PREV ')).toEqual({ kind: 'press', action: 'prev' });
    expect(parse('siguiente')).toEqual({ kind: 'press', action: 'next' });
    expect(parse('/exit')).toEqual({ kind: 'exit' });
    expect(parse('   ')).toEqual({ kind: 'empty' });
  });
});
