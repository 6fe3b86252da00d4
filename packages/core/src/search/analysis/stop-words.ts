/*
 * Words too common to say anything about a passage, in English and in Spanish (readers query in both).
 * They are left out of the index and of query terms; phrases are still checked against the full text.
 * Negations ("not", "no") and numbers are deliberately absent: they carry meaning in this archive.
 */
const ENGLISH = `a about above after again against all am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have having
he her here hers herself him himself his how i if in into is it its itself just let me more most my myself of off
on once only or other our ours ourselves out over own same she should so some such than that the their theirs
them themselves then there these they this those through to too under until up very was we were what when where
which while who whom why will with would you your yours yourself yourselves s t d ll m re ve
get gets got tell told say says said also`;

const SPANISH = `de del la las el los un una unos unas y e o u en con por para que se su sus al lo le les es son
fue fueron ser era como mas pero sin sobre entre este esta estos estas ese esa esos esas aquel muy ya mi mis tu
tus nos cual quien cuando donde porque tambien hay ha han`;

/** Function words: what a reader's eye skips (ingest counts them to tell running prose from page furniture). */
export const STOP_WORDS: ReadonlySet<string> = new Set(`${ENGLISH} ${SPANISH}`.split(/\s+/).filter(Boolean));

/**
 * Function words of quantity and comparison, which a question about numbers or comparisons turns on: "very few
 * Mexicans win", "more than eight out of ten", "more than other countries", "the only one", "más", "muy". Plain
 * BM25 over every word (MiniSearch) ranks the paragraph that says "more than other countries" first by them; the
 * index keeps them (eval/BASELINE.md, tenth session).
 */
const QUANTITY_WORDS: ReadonlySet<string> = new Set([
  'few',
  'more',
  'most',
  'other',
  'only',
  'same',
  'very',
  'mas',
  'muy',
]);

/** The function words the index and the query's terms leave out: all but those of quantity and comparison. */
export const UNINDEXED_WORDS: ReadonlySet<string> = new Set(
  [...STOP_WORDS].filter((word) => !QUANTITY_WORDS.has(word)),
);
