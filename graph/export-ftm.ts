// `lawgraph export --format ftm`: FollowTheMoney entities as JSON lines, for Aleph and the FtM tools.
// Mapped: Company, Person, Organization (and StandardBody as an Organization, Authority as a
// PublicBody); OWNED_BY from a company -> Ownership, PARTICIPATES_IN -> Membership, RESTRICTS of a
// company or organisation -> Sanction (the restricting law or authority as program or authority),
// other links between mapped entities -> UnknownLink (role = our type); HEADQUARTERED_IN -> the
// entity's mainCountry. Not mapped (FtM has no schema for them): laws, provisions, norms, documents,
// passages, claims, products, technologies, standards, data categories, actor classes. Not exported: the
// machine suggestions (SUGGESTS: unchecked, never a stated fact), which a link in Aleph would read as one.
import { createHash } from 'node:crypto';
import countries from 'i18n-iso-countries';
import { SUGGESTED_TYPES } from '../ingest/kinds.ts';
import type { Evidence, ExportNode, ExportRelationship, FormatWriter, Sink, WriterContext } from './export.ts';
import { read } from './export.ts';

const SCHEMA_OF_LABEL: Record<string, string> = {
  Company: 'Company',
  Person: 'Person',
  Organization: 'Organization',
  StandardBody: 'Organization',
  Authority: 'PublicBody',
};

type Props = Record<string, string[]>;
interface Entity {
  id: string;
  schema: string;
  properties: Props;
}

const schemaOf = (labels: string[]) => labels.map((l) => SCHEMA_OF_LABEL[l]).find(Boolean);

/** An FtM id (letters, digits, dots, dashes): `lawgraph-company.dji`, or a hash for other ids. */
export function ftmId(id: string): string {
  const readable = /^([a-z][a-z0-9-]*):([a-z0-9](?:[a-z0-9.-]*[a-z0-9])?)$/.exec(id);
  return readable ? `lawgraph-${readable[1]}.${readable[2]}` : `lawgraph-${createHash('sha1').update(id).digest('hex')}`;
}

/** FtM country codes: ISO 3166 alpha-2 in lower case, plus `eu`, which FtM also lists. */
function countryCode(jurisdiction: unknown): string | undefined {
  const code = String(jurisdiction ?? '').replace(/^jur:/, '').toLowerCase();
  return code === 'eu' || (code.length === 2 && countries.isValid(code.toUpperCase())) ? code : undefined;
}

const texts = (...values: unknown[]) =>
  [...new Set(values.flat().filter((v): v is string => typeof v === 'string' && v.trim() !== ''))];

function put(props: Props, name: string, ...values: unknown[]): void {
  const list = texts(...values);
  if (list.length) props[name] = list;
}

function entityOf(node: ExportNode, schema: string, headquarters: string[]): Entity {
  const p = (k: string) => node.props.get(k);
  const props: Props = {};
  put(props, 'name', p('name'), p('nameZh'));
  put(props, 'alias', p('aliases'));
  put(props, 'weakAlias', p('acronym'), p('acronyms'));
  put(props, 'description', p('description'));
  put(props, 'wikidataId', p('wikidata'));
  const url = p('url');
  put(props, typeof url === 'string' && /wikipedia\.org\//.test(url) ? 'wikipediaUrl' : 'website', url);
  put(props, 'country', countryCode(p('jurisdiction')));
  put(props, 'mainCountry', headquarters.map(countryCode));
  return { id: ftmId(node.id), schema, properties: props };
}

/** The support of a link: quotes, source URLs, and the whole evidence list as JSON. */
function supportProps(rel: ExportRelationship): Props {
  const props: Props = { recordId: [rel.id], description: [JSON.stringify(rel.evidence)] };
  put(props, 'summary', rel.evidence.map((e: Evidence) => e.quote));
  put(props, 'sourceUrl', rel.evidence.map((e: Evidence) => e.url));
  return props;
}

export function linkOf(rel: ExportRelationship): Entity | undefined {
  if (SUGGESTED_TYPES.includes(rel.type)) return undefined;
  const from = schemaOf(rel.startLabels);
  const to = schemaOf(rel.endLabels);
  const [start, end] = [ftmId(rel.start), ftmId(rel.end)];
  const id = ftmId(rel.id);
  if (rel.type === 'RESTRICTS' && to) {
    const by = from === 'PublicBody' ? 'authority' : 'program';
    return { id, schema: 'Sanction', properties: { entity: [end], [by]: [rel.startName], ...supportProps(rel) } };
  }
  if (!from || !to || rel.type === 'HEADQUARTERED_IN') return undefined;
  if (rel.type === 'OWNED_BY' && from === 'Company') {
    return { id, schema: 'Ownership', properties: { asset: [start], owner: [end], ...supportProps(rel) } };
  }
  if (rel.type === 'PARTICIPATES_IN') {
    return { id, schema: 'Membership', properties: { member: [start], organization: [end], ...supportProps(rel) } };
  }
  const role = rel.type.toLowerCase().replaceAll('_', ' ');
  return { id, schema: 'UnknownLink', properties: { subject: [start], object: [end], role: [role], ...supportProps(rel) } };
}

export function ftmWriter(): FormatWriter {
  let out: Sink;
  const headquarters = new Map<string, string[]>();
  const line = (e: Entity) => out.write(`${JSON.stringify(e)}\n`);
  return {
    typed: false,
    async begin(ctx: WriterContext) {
      out = ctx.open('entities.ftm.json');
      for await (const row of read(ctx.db, 'export-ftm-countries', { ids: ctx.ids })) {
        headquarters.set(row.id as string, row.jurisdictions as string[]);
      }
    },
    async node(node) {
      const schema = schemaOf(node.labels);
      if (schema) await line(entityOf(node, schema, headquarters.get(node.id) ?? []));
    },
    async relationship(rel) {
      const link = linkOf(rel);
      if (link) await line(link);
    },
    end: () => out.close(),
  };
}
