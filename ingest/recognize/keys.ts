// How recognised names are compared and identified across documents. Two names are one entity when their
// keys are equal: NFKC, straight quotes, lower case, no leading "the", no possessive, "&" as "and", no dots
// in initialisms ("U.S." = "US"); a body's leading "U.S."/"United States" is dropped ("U.S. Department of
// Commerce" = "Department of Commerce"); an instrument's "of <year>" is dropped; a thing's last word is
// singular ("connected vehicles" = "connected vehicle"). Ids are `<prefix>:~<key as slug>`: the "~" can
// never occur in a catalog id (ingest/catalog: `<prefix>:<slug>` of [a-z0-9.-]), so a recognised entity
// never takes over a curated one; the key makes the same name the same node in every document.
import { nodeKind } from '../kinds.ts';
import { nameKey } from '../text/clean.ts';
import { grammar } from './grammar.ts';

export function entityKey(label: string, name: string): string {
  let k = nameKey(name.replace(/[“”"]/g, ''))
    .replace(/^the\s+/, '')
    .replace(/['’]s?$/, '')
    .replace(/&/g, 'and')
    .replace(/\b((?:\p{L}\.){2,})/gu, (m) => m.replace(/\./g, ''));
  if (label === 'Authority') {
    for (const p of grammar().jurisdictionPrefixes) {
      const prefix = `${nameKey(p).replace(/\./g, '')} `;
      const rest = k.slice(prefix.length).split(' ')[0];
      if (k.startsWith(prefix) && [...grammar().heads.keys()].some((h) => h.toLowerCase() === rest)) k = k.slice(prefix.length);
    }
  }
  if (label === 'Law') k = k.replace(/\s+of\s+(?:19|20)\d{2}$/, '');
  if (label === 'Product' || label === 'Technology') k = k.replace(/([^s])s$/, '$1');
  return k;
}

export function recognisedId(label: string, key: string): string {
  const prefix = nodeKind(label)?.prefix;
  if (!prefix) throw new Error(`no node kind "${label}" in ingest/kinds.ts`);
  const slug = key
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 120);
  return `${prefix}:~${slug}`;
}
