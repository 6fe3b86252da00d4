import { describe, expect, it } from 'vitest';
import { searchCommand } from '../../src/commands/definitions';
import { OptionError, readArguments } from '../../src/commands/read-arguments';
import { boolean, integer, string } from '../helpers/interactions';

describe('readArguments', () => {
  it('returns the options typed by the definition', () => {
    const args = readArguments(searchCommand, [
      string('query', 'juarez'),
      integer('year', 2010),
      boolean('hide', true),
    ]);
    expect(args).toEqual({ query: 'juarez', year: 2010, hide: true });
  });

  it.each([
    ['a missing required option', [], 'missing'],
    ['an empty required string', [string('query', '   ')], 'empty'],
    ['a string where a number belongs', [string('query', 'x'), string('year', '2010')], 'wrong-type'],
    ['a fractional year', [string('query', 'x'), integer('year', 2010.5)], 'wrong-type'],
    ['a year out of range', [string('query', 'x'), integer('year', 1200)], 'out-of-range'],
    ['a number where a boolean belongs', [string('query', 'x'), integer('hide', 1)], 'wrong-type'],
  ] as const)('rejects %s', (_case, options, problem) => {
    expect(() => readArguments(searchCommand, [...options])).toThrowError(
      expect.objectContaining({ problem }),
    );
    expect(() => readArguments(searchCommand, [...options])).toThrowError(OptionError);
  });

  it('ignores options the command does not define', () => {
    expect(readArguments(searchCommand, [string('query', 'x'), string('extra', 'y')])).toEqual({
      query: 'x',
    });
  });
});
