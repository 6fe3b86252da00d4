import { figures, people } from '@asylum-archive/core';
import { describe, expect, it } from 'vitest';
import { ConsoleInteractions } from '../../src/console/build-interaction';
import { createCompleter } from '../../src/console/completer';
import { handleInteraction } from '../../src/index';

const complete = createCompleter(handleInteraction, new ConsoleInteractions('en-US' as never));
const wiesinger = people.find((person) => person.aliases.includes('Wiesinger'))?.id;

describe('Tab completion in the terminal', () => {
  it('completes command names', async () => {
    expect(await complete('/se')).toEqual([['/search '], '/se']);
    expect((await complete('/'))[0]).toContain('/figure ');
  });

  it('completes the Spanish command names too, accents optional', async () => {
    expect((await complete('/bus'))[0]).toEqual(['/buscar ']);
    expect((await complete('/ayu'))[0]).toEqual(['/ayuda ']);
    expect((await complete('/artic'))[0]).toEqual(expect.arrayContaining(['/article ', '/artículo ']));
    expect((await complete('/sal'))[0]).toEqual(['/salir ']);
  });

  it('completes an autocomplete option through the handler, replacing what was typed with the record id', async () => {
    expect(await complete('/person wies')).toEqual([[wiesinger], 'wies']);
    expect(await complete('/person name:wies')).toEqual([[wiesinger], 'wies']);
  });

  it('completes multi-word values and lists every match', async () => {
    const [ids, typed] = await complete('/figure topic:police kil');
    expect(typed).toBe('police kil');
    const policeKilled = figures
      .filter((figure) => figure.id.includes('police-killed'))
      .map((figure) => figure.id);
    expect(policeKilled.length).toBeGreaterThan(1);
    expect(ids).toEqual(expect.arrayContaining(policeKilled));
  });

  it('completes fixed choices by id', async () => {
    expect(await complete('/search asylum outlet:tex')).toEqual([['texas-observer'], 'tex']);
  });

  it('offers nothing for free text such as a query', async () => {
    expect((await complete('/search juar'))[0]).toEqual([]);
    expect((await complete('/nothing here'))[0]).toEqual([]);
  });
});
