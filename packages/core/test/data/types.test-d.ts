import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import {
  type Archive,
  ArchiveDataError,
  ArchiveError,
  type ArchiveErrorCode,
  type Article,
  articles,
  type Case,
  type Citation,
  type DeepReadonly,
  type DateStatement,
  type Figure,
  getArticle,
  getPerson,
  type Outcome,
  type Person,
  people,
  shippedArchive,
} from '../../src/index';
import type { RECORD_LISTS, RecordListName } from '../../src/data/record-lists';
import type * as core from '../../src/index';
import { ArticleSchema, DatasetSchema } from '../../src/schema/index';

describe('public types', () => {
  it('are derived from the zod schema, not written twice', () => {
    expectTypeOf<Article>().toEqualTypeOf<DeepReadonly<z.infer<typeof ArticleSchema>>>();
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
    expectTypeOf<Citation>().toEqualTypeOf<{
      readonly articleId: string;
      readonly excerpt: string;
      readonly paragraph?: number | undefined;
    }>();
    expectTypeOf<Figure['citation']>().toEqualTypeOf<Citation>();
    expectTypeOf<Article['url']>().toEqualTypeOf<string | null>();
    expectTypeOf<DateStatement['precision']>().toEqualTypeOf<'year' | 'month' | 'day' | null>();
    expectTypeOf<Case['outcome']>().toEqualTypeOf<Outcome | null>();
    expectTypeOf<Outcome>().toEqualTypeOf<
      'granted' | 'denied' | 'pending' | 'appealed' | 'withdrawn' | 'not-sought'
    >();
  });

  it('the frozen data is readonly all the way down: changing it fails to type-check', () => {
    // @ts-expect-error a list of the shipped data cannot grow
    articles[0]?.authors.push('x');
    // @ts-expect-error nor can a field be overwritten, however deep
    if (people[0]?.statements[0]) people[0].statements[0].citation.excerpt = 'changed';
    // @ts-expect-error the collections themselves are readonly
    articles.pop();
  });

  it('every archive names its lookups and its errors', () => {
    expectTypeOf<Archive['getCase']>().returns.toEqualTypeOf<Case | undefined>();
    expectTypeOf(shippedArchive.getFigure).returns.toEqualTypeOf<Figure | undefined>();
    expectTypeOf<ArchiveError['code']>().toEqualTypeOf<ArchiveErrorCode>();
    expectTypeOf<ArchiveDataError>().toExtend<ArchiveError>();
  });
});
