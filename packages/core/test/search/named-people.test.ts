import { describe, expect, it } from 'vitest';
import { engineWithPeople, lopezDetention } from './helpers';

/*
 * What a query that names a person asks: it is about that person (a story that never mentions them cannot
 * answer it), a who-question that says more than their name asks for someone else, so does a role they do not
 * hold ("her lawyer"), and their name says whose story a passage tells, not how a claim ended.
 */

const LOPEZ = { id: 'maria-lopez', name: 'Maria Lopez', aliases: ['Lopez'], role: 'officer' } as const;
const SANZ = { id: 'pedro-sanz', name: 'Pedro Sanz', aliases: ['Sanz'], role: 'attorney' } as const;

/** Maria Lopez, detained, and her attorney Pedro Sanz, who defended her: one story, one case. */
const lopezAndHerAttorney = () =>
  engineWithPeople(
    {
      story: [
        'Maria Lopez, an officer from the harbour town, was detained at the border crossing.',
        'Her attorney, Pedro Sanz, defended Lopez before the judge.',
      ],
    },
    [
      { ...LOPEZ, description: 'An officer detained at the border crossing, defended by her attorney.' },
      SANZ,
    ],
    [lopezDetention('story', 'was detained at the border crossing')],
  );

describe('a query that names a person (or a place)', () => {
  it('is about them: a story that never mentions them ranks below one that does, however rare its words', () => {
    const engine = engineWithPeople(
      {
        lopez: [
          'Maria Lopez served as an officer in the harbour town.',
          'Lopez patrolled the harbour town at night.',
          'Lopez later left the force.',
        ],
        judge: ['A judge in the harbour town was threatened by gunmen.'],
      },
      [LOPEZ],
    );
    expect(engine.search('who threatened lopez').hits[0]?.articleId).toBe('lopez');
    // Without the name, the words decide.
    expect(engine.search('who threatened').hits[0]?.articleId).toBe('judge');
  });

  it('named by the surname alone, as readers do, when no one else in the archive bears that word', () => {
    const stories = {
      lopez: [
        'Maria Lopez served as an officer in the harbour town.',
        'Maria Lopez patrolled the harbour town at night.',
        'Maria Lopez later left the force.',
      ],
      judge: ['A judge in the harbour town was threatened by gunmen.'],
    };
    // Her record lists no alias: "lopez" names her all the same.
    const alone = engineWithPeople(stories, [{ ...LOPEZ, aliases: [] }]);
    expect(alone.search('who threatened lopez').hits[0]?.articleId).toBe('lopez');
    // Shared with another person, the surname tells no one apart: the words decide.
    const shared = engineWithPeople(stories, [
      { ...LOPEZ, aliases: [] },
      { id: 'juan-lopez', name: 'Juan Lopez', role: 'attorney' },
    ]);
    expect(shared.search('who threatened lopez').hits[0]?.articleId).toBe('judge');
  });

  it('named by another of its names (its people, "canadian"), counts nearly as much as by the word typed', () => {
    // The passage that names Canada by its people and shares one more word outranks a longer one that shares the
    // query's other words but never names the place: the name counts at 0.8 of the word typed, not 0.6.
    const engine = engineWithPeople(
      {
        north: [
          'The Canadian board turned the officer away last spring.',
          'The officer asked for asylum at the border in the autumn after a long and hard journey across the plains and the rivers of the west with her two children.',
          'Canada is a large country to the north.',
        ],
        south: ['A farmer grew corn in the valley.', 'The valley is dry.'],
      },
      [],
      [],
      [{ id: 'canada', name: 'Canada', aliases: ['Canadian'] }],
    );
    const [first] = engine.search('officer in canada asylum').hits;
    expect(first?.text).toMatch(/^The Canadian board/);
  });

  it('so is one that names a place: a story that never mentions it ranks below one that does', () => {
    const engine = engineWithPeople(
      {
        tijuana: [
          'Seven officers died in Tijuana.',
          'Tijuana patrols doubled at night.',
          'Tijuana later hired more staff.',
        ],
        juarez: ['Two cops were killed in one day last spring.'],
      },
      [],
      [],
      [{ id: 'tijuana', name: 'Tijuana' }],
    );
    expect(engine.search('when were cops killed in tijuana').hits[0]?.articleId).toBe('tijuana');
    expect(engine.search('when were cops killed').hits[0]?.articleId).toBe('juarez');
  });

  it('asked who, with more than their name, is answered by someone else; asked who they are, by them', () => {
    const engine = lopezAndHerAttorney();
    // Her own record holds every word of the question (she was defended): she still does not answer it.
    for (const query of ['who defended maria lopez', 'who was the attorney for maria lopez']) {
      const answers = engine.search(query).answers.filter((answer) => answer.kind === 'person');
      expect(
        answers.map((answer) => answer.id),
        query,
      ).toEqual(['pedro-sanz']);
    }
    expect(engine.search('who is maria lopez').answers[0]?.id).toBe('maria-lopez');
  });

  it('with a role she does not hold, asks for the person who holds it, as "who" would', () => {
    const engine = lopezAndHerAttorney();
    for (const query of ['abogado de maria lopez', 'which lawyer defended maria lopez']) {
      const result = engine.search(query);
      expect(result.answers[0]?.id, query).toBe('pedro-sanz');
      expect(result.hits[0]?.text, query).toContain('Pedro Sanz');
    }
  });

  it('with a role she does not hold and more words about her case, still asks for the one who holds it', () => {
    const engine = lopezAndHerAttorney();
    const query = "which lawyer took maria lopez's case to the appeals court after the hearing";
    const result = engine.search(query);
    expect(result.answers[0]?.id, query).toBe('pedro-sanz');
    expect(result.hits[0]?.text, query).toContain('Pedro Sanz');
  });

  it('asks what happened with "qué pasó", not with the name of El Paso', () => {
    const engine = lopezAndHerAttorney();
    const kinds = (query: string) => engine.search(query).answers.map((answer) => answer.kind);
    expect(kinds('qué pasó con maria lopez')).toContain('case');
    expect(kinds('maria lopez detention el paso')).not.toContain('case');
  });

  it('asks how her claim ended: an outcome word counts near the claim, not near her name', () => {
    const engine = (verb: string, outcome: string) =>
      engineWithPeople(
        {
          a: [
            `Lopez ${verb} the bribes of the drug lords in the violent border city for many long years before she sought asylum.`,
          ],
          b: [
            `Lopez worked in the violent border city for many long years, until her asylum claim was ${outcome} by a judge.`,
          ],
        },
        [LOPEZ],
      );
    // "refused bribes" beside her name is no outcome: it lifts nothing.
    const refused = engine('refused', 'heard').search('did maria lopez get asylum').hits;
    const ignored = engine('ignored', 'heard').search('did maria lopez get asylum').hits;
    expect(refused.map((hit) => hit.score)).toEqual(ignored.map((hit) => hit.score));
    // "claim was denied" states the outcome, though the query's only word beside her name is far from it: lifted
    // when asked, and only then.
    const scoreOfB = (outcome: string, query: string) =>
      engine('ignored', outcome)
        .search(query)
        .hits.find((hit) => hit.articleId === 'b')?.score ?? 0;
    expect(scoreOfB('denied', 'did maria lopez get asylum')).toBeGreaterThan(
      scoreOfB('heard', 'did maria lopez get asylum'),
    );
    expect(scoreOfB('denied', 'maria lopez asylum')).toBeCloseTo(scoreOfB('heard', 'maria lopez asylum'), 6);
    expect(engine('ignored', 'denied').search('did maria lopez get asylum').hits[0]?.articleId).toBe('b');
  });
});
