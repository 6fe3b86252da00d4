import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import {
  type Article,
  type Case,
  type Citation,
  type DateStatement,
  type Figure,
  getArticle,
  getPerson,
  type Outcome,
  type Person,
  people,
} from '../../src/index';
import type { RECORD_LISTS, RecordListName } from '../../src/data/record-lists';
import type * as core from '../../src/index';
import { ArticleSchema, DatasetSchema } from '../../src/schema/index';

describe('public types', () => {
  it('are derived from the zod schema, not written twice', () => {
    expectTypeOf<Article>().toEqualTypeOf<z.infer<typeof ArticleSchema>>();
  });

  it('lookups may return undefined and collections are readonly', () => {
    expectTypeOf(getArticle).returns.toEqualTypeOf<Article | undefined>();
    expectTypeOf(getPerson).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(people).toEqualTypeOf<readonly Person[]>();
  });

  it('every list of records is exported with its lookup, and every list of the schema is one', () => {
    expectTypeOf<RecordListName | (typeof RECORD_LISTS)[RecordListName]>().toExtend<keyof typeof core>();
    expectTypeOf<RecordListName>().toEqualTypeOf<Exclude<keyof z.infer<typeof DatasetSchema>, 'lexicon'>>();
  });

  it('spell out the provenance fields users rely on', () => {
    expectTypeOf<Citation>().toEqualTypeOf<{ articleId: string; excerpt: string }>();
    expectTypeOf<Figure['citation']>().toEqualTypeOf<Citation>();
    expectTypeOf<Article['url']>().toEqualTypeOf<string | null>();
    expectTypeOf<DateStatement['precision']>().toEqualTypeOf<'year' | 'month' | 'day' | null>();
    expectTypeOf<Case['outcome']>().toEqualTypeOf<Outcome | null>();
    expectTypeOf<Outcome>().toEqualTypeOf<
      'granted' | 'denied' | 'pending' | 'appealed' | 'withdrawn' | 'not-sought'
    >();
  });
});
