// The catalog's matcher, shared by the recognition tests.
import { loadCatalog } from '../../../ingest/catalog/index.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';

export const matcher = Matcher.fromCatalog(loadCatalog().entries);
export const ids = (text: string, m = matcher): string[] => m.find(text).map((x) => `${x.surface}=${x.id}`);
