import {
  type Case,
  createArchive,
  createRecords,
  type Dataset,
  type Figure,
  type Place,
} from '@asylum-archive/core';
import { ArchiveInputSchema } from '@asylum-archive/core/schema';
import { ArchiveData } from '../../src/archive/archive-data';
import type { BotArchive } from '../../src/archive/bot-archive';
import { createBotArchive } from '../../src/archive/create-bot-archive';

/**
 * A small made-up archive for picture tests, validated against core's public schema and read through core's
 * createRecords, so the tests state rules about any data rather than about the shipped records.
 */
const PARAGRAPH =
  'Test paragraph: an officer from Northtown fled to Midcity and then Southport, and a judge ruled on the claim.';

export type SyntheticEvent = {
  date: string | null;
  inferred?: boolean;
  outcome?: Case['events'][number]['outcome'];
  description?: string;
};

export type SyntheticOptions = {
  events: SyntheticEvent[];
  places?: Place[];
  claimantDescription?: string;
  figures?: Figure[];
};

export function syntheticArchive(options: SyntheticOptions): ArchiveData {
  return new ArchiveData(createRecords(syntheticDataset(options)));
}

/** The same data as the whole bot takes it: one core Archive (built by createArchive) behind the pure layer. */
export async function syntheticBotArchive(options: SyntheticOptions): Promise<BotArchive> {
  return createBotArchive(await createArchive(syntheticDataset(options)));
}

function syntheticDataset(options: SyntheticOptions): Dataset {
  const events = options.events.map((event, index) => ({
    date: {
      value: event.date,
      precision: precision(event.date),
      basis:
        event.date === null
          ? 'not stated'
          : event.inferred === true
            ? 'inferred from text: test'
            : 'stated in text',
    },
    description: event.description ?? `Synthetic event number ${index + 1} happens.`,
    outcome: event.outcome ?? null,
    citation: { articleId: 'test-article', excerpt: 'an officer from Northtown' },
  }));
  const outcomes = events.map((event) => event.outcome).filter((outcome) => outcome !== null);
  const record: Case = {
    id: 'test-case',
    title: 'A synthetic claim',
    claimant: null,
    claimantDescription: options.claimantDescription ?? 'An officer (synthetic)',
    refugeCountry: 'US',
    forum: 'immigration-court',
    forumDetail: 'Test immigration court',
    attorneys: [],
    events,
    outcome: outcomes.at(-1) ?? null,
    articleIds: ['test-article'],
  };
  const dataset: Dataset = {
    articles: [
      {
        id: 'test-article',
        seed: null,
        title: 'A test article',
        titleSource: 'outlet',
        dek: null,
        genre: 'news-report',
        outlet: 'test-outlet',
        via: null,
        authors: [],
        published: { value: '2011-05-01', precision: 'day', basis: 'stated in page' },
        url: null,
        language: 'en',
        rights: 'test data',
        truncated: false,
        topics: [],
        summary: { text: 'A test summary.', editorial: true },
        captions: [],
        paragraphs: [PARAGRAPH],
      },
    ],
    people: [],
    organizations: [
      { id: 'test-outlet', name: 'Test Outlet', aliases: [], kind: 'outlet', country: 'US', mentions: [] },
    ],
    places: options.places ?? [],
    cases: [record],
    figures: options.figures ?? [],
    quotes: [],
    lexicon: { synonyms: [] },
  };
  ArchiveInputSchema.parse(dataset);
  return dataset;
}

export function place(id: string, name: string, country: string, coordinates: Place['coordinates']): Place {
  return { id, name, aliases: [], kind: 'city', country, within: null, coordinates, mentions: [] };
}

export function figure(
  id: string,
  value: number,
  qualifier: Figure['qualifier'],
  unit: string,
  scope: string,
): Figure {
  return {
    id,
    value,
    qualifier,
    unit,
    counts: `synthetic ${unit} counted for ${id}`,
    scope,
    period: null,
    citation: { articleId: 'test-article', excerpt: 'a judge ruled on the claim' },
  };
}

function precision(value: string | null): 'year' | 'month' | 'day' | null {
  if (value === null) return null;
  return value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
}

/** A claim that moves from a Mexican town to a U.S. city and ends granted: the journey most picture tests draw. */
export const northtownToMidcity = {
  claimantDescription: 'An officer from Northtown',
  places: [
    place('northtown', 'Northtown', 'MX', { lat: 28.6, lon: -106.1 }),
    place('midcity', 'Midcity', 'US', { lat: 31.8, lon: -106.4 }),
  ],
  events: [
    { date: '2010-02', outcome: 'pending', description: 'He asks for asylum in Midcity.' },
    { date: '2011-05-04', outcome: 'granted' },
  ],
} as const satisfies SyntheticOptions;
