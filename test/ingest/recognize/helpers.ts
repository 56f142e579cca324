// The catalog's matcher, shared by the recognition tests, and a markdown text recognised with it (../one-sentence.ts).
import type { Recognition, RecognitionContext } from '../../../ingest/recognize/index.ts';
import type { Matcher } from '../../../ingest/recognize/matcher.ts';
import { recognised, testMatcher } from '../one-sentence.ts';

export const matcher = testMatcher();
export const ids = (text: string, m = matcher): string[] => m.find(text).map((x) => `${x.surface}=${x.id}`);

/** A markdown text read as a report and recognised, as extraction does before the relations, with the catalog's matcher
 *  unless told (`m`) and the document's `context`. */
export const recogniseMarkdown = (markdown: string, m: Matcher = matcher, context: RecognitionContext = {}): Recognition =>
  recognised(markdown, { matcher: m, context });
