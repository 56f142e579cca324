// The catalog's matcher, shared by the recognition tests, and a markdown text recognised with it.
import { loadCatalog } from '../../../ingest/catalog/index.ts';
import { type Recognition, type RecognitionContext, recognise } from '../../../ingest/recognize/index.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { parseReport } from '../../../ingest/reports/index.ts';
import { textSource } from '../reports/helpers.ts';

export const matcher = Matcher.fromCatalog(loadCatalog().entries);
export const ids = (text: string, m = matcher): string[] => m.find(text).map((x) => `${x.surface}=${x.id}`);

/** A markdown text read as a report and recognised, as extraction does before the relations, with the catalog's matcher
 *  unless told (`m`) and the document's `context`. */
export const recogniseMarkdown = (markdown: string, m: Matcher = matcher, context: RecognitionContext = {}): Recognition =>
  recognise(parseReport(textSource(markdown, 'markdown')), m, context);
