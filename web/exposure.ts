// Everything the company page shows of an exposure answer, in one module so that a change of the
// exposure field's shape is a change here (and in web/queries/company.graphql) only. The API gives
// one item per provision, already ordered (compelling, then supervisory access, then context); this
// module groups them by tier, marks the conditional ones, and lists restrictions abroad, measures
// taking effect later, bills, what is unknown and the company's sourced capacities.
import { csv, type Table } from './export.ts';
import { html, type Html, sourceLink } from './html.ts';
import { nodeHref, nodeLink } from './links.ts';
import { dateRange, type Evidence, humanize, langOf, quote, sourceOf } from './parts.ts';

interface Ref {
  __typename?: string;
  id: string;
  displayName?: string | null;
}

export interface ExposureItem {
  citation: string;
  statement: string;
  tier: string;
  categories: string[];
  status: string;
  conditions: string[];
  reach: string[];
  law?: { id: string; name: string; nameZh?: string | null; url?: string | null } | null;
  version?: { id: string; title?: string; date?: string | null; inForceFrom?: string | null; inForceTo?: string | null; document?: { title?: string; language?: string | null } | null } | null;
  provision?: { id: string; displayName?: string; number?: string; order?: number; kind?: string; heading?: string | null } | null;
  norms?: { id: string; modality?: string; actionLabel?: string | null; quote?: string }[];
  sanctions?: Ref[];
  basis?: { rule?: string; statement?: string; premises?: { statement: string; type?: string; evidence?: Evidence[] }[] | null } | null;
  evidence?: Evidence[];
}

export interface Measure {
  type: string;
  status?: string | null;
  from?: string | null;
  to?: string | null;
  statement: string;
  by: Ref;
  provision?: Ref | null;
  evidence: Evidence[];
}

export interface Exposure {
  company: { id: string; name: string; nameZh?: string | null; description?: string | null; url?: string | null };
  asOf: string;
  unknowns?: string[];
  items: ExposureItem[];
  restrictions?: Measure[];
  upcoming?: Measure[];
  proposals?: Measure[];
  capacities?: { capacity: { id: string; name: string; meets?: string[] }; from?: string | null; to?: string | null; evidence: Evidence[] }[];
}

/** How each tier reads; a tier the API adds later shows as its own words. */
const TIER_TITLES: Record<string, string> = {
  COMPELS: 'Could compel it: hand over data, assist, submit to inspection',
  SUPERVISION: 'Gives regulators access to it',
  CONTEXT: 'Other duties it bears',
};

/** The verbatim sentences of an item, each once. */
function quotes(item: ExposureItem): string[] {
  const all = [...(item.evidence ?? []).map((e) => e.quote), ...(item.norms ?? []).map((n) => n.quote)];
  return [...new Set(all.filter((q): q is string => !!q))];
}

/** A citation a journalist can paste: document title, article as printed, dates, quote, official source. */
export function citation(item: ExposureItem): string {
  const v = item.version;
  const number = item.citation.slice((item.law?.name ?? '').length).trim() || item.citation;
  const title = v?.document?.title ?? v?.title ?? item.law?.name ?? '';
  const head = [`${title}, ${number}`, v?.date && `version of ${v.date}`, v?.inForceFrom && `in force from ${v.inForceFrom}`].filter(Boolean).join(', ');
  const q = quotes(item)[0];
  const url = item.law?.url ?? item.evidence?.find((e) => e.url)?.url ?? '';
  return `${head}${q ? `: “${q}”` : '.'}${url ? ` Official source: ${url}` : ''}`;
}

/** A measure's citation: what it does, when, and its sources. */
export function measureCitation(m: Measure): string {
  const sources = [...new Set(m.evidence.map((e) => e.url || (e.quote ? `${e.documentTitle ?? e.documentId} ${e.locator}: “${e.quote}”` : '')).filter(Boolean))];
  return `${m.statement}. Source: ${sources.join('; ')}`;
}

/** The premises, each with its source; a quote already shown above the list is not repeated. */
function premiseList(item: ExposureItem): Html {
  // Null when they could not be read: say so rather than leave the reasons out.
  if (item.basis && item.basis.premises === null) return html`<h4>Why it applies</h4><p class="incomplete">The reasons could not be read this time: reload the page.</p>`;
  const list = [...new Map((item.basis?.premises ?? []).map((p) => [p.statement, p])).values()];
  if (list.length === 0) return html``;
  const shown = new Set(quotes(item));
  return html`<h4>Why it applies</h4><ol class="premises">${list.map(
    (p) => html`<li>${p.statement}${(p.evidence ?? []).map((e) => html` <span class="premise-src">— ${e.quote && !shown.has(e.quote) ? html`<q lang="${langOf(e.quote)}">${e.quote}</q> ` : ''}${sourceOf(e)}</span>`)}</li>`,
  )}</ol>`;
}

function copyCitation(cite: string): Html {
  return html`<div class="cite"><button type="button" class="copy" data-citation="${cite}" hidden>Copy citation</button><span class="copy-status" role="status"></span>
<details><summary>Citation</summary><p class="citation">${cite}</p></details></div>`;
}

function itemHtml(item: ExposureItem, n: number): Html {
  const heading = item.provision ? html`<a href="${nodeHref(item.provision.id, 'Provision')}">${item.citation}</a>` : item.citation;
  const conditional = item.status === 'CONDITIONAL';
  return html`<article class="item${conditional ? ' conditional' : ''}" id="item-${n}" aria-labelledby="item-${n}-h">
<h3 id="item-${n}-h">${heading}${item.law?.nameZh ? html` <span lang="zh" class="zh">${item.law.nameZh}</span>` : ''}</h3>
<p class="statement">${item.statement.startsWith(`${item.citation}: `) ? item.statement.slice(item.citation.length + 2) : item.statement}</p>
${item.categories.length ? html`<p class="categories">${item.categories.map((c, i) => html`${i ? ' · ' : ''}<span class="tag">${humanize(c.replaceAll('-', '_'))}</span>`)}</p>` : ''}
${item.conditions.map((c) => html`<p class="condition"><strong>Applies if:</strong> <span lang="${langOf(c)}">${c}</span></p>`)}
${item.reach.length ? html`<p class="reach"><strong>Reaches it as:</strong> ${item.reach.join('; ')}</p>` : ''}
${quotes(item).map(quote)}
${premiseList(item)}
${item.sanctions?.length ? html`<p class="sanction"><strong>Refusing is sanctioned by:</strong> ${item.sanctions.map((s, i) => html`${i ? ', ' : ''}${nodeLink(s)}`)}</p>` : ''}
${copyCitation(citation(item))}
</article>`;
}

function measureHtml(m: Measure): Html {
  return html`<li class="measure"><p>${nodeLink(m.by)}${m.provision ? html`, ${nodeLink(m.provision)}` : ''}: ${m.statement}${m.from || m.to ? html` <span class="dates">(${dateRange(m.from, m.to)})</span>` : ''}</p>
${m.evidence.filter((e) => e.quote && e.documentId !== 'catalog').map((e) => quote(e.quote))}
<p class="sources">Source: ${m.evidence.map((e, n) => html`${n ? ', ' : ''}${e.url ? sourceLink(e.url) : sourceOf(e)}`)}</p>
${copyCitation(measureCitation(m))}</li>`;
}

interface Section {
  id: string;
  title: string;
  body: Html;
  count: number;
}

function measureSection(id: string, title: string, list: Measure[] | undefined, note = ''): Section[] {
  if (!list?.length) return [];
  return [{ id, title, count: list.length, body: html`${note ? html`<p>${note}</p>` : ''}<ul class="measures">${list.map(measureHtml)}</ul>` }];
}

export function exposureHtml(e: Exposure): Html {
  let n = 0;
  const tiers = Map.groupBy(e.items, (i) => i.tier);
  const sections: Section[] = [
    ...[...tiers].map(([tier, list]) => ({ id: `group-${tier}`, title: TIER_TITLES[tier] ?? humanize(tier), count: list.length, body: html`${list.map((i) => itemHtml(i, ++n))}` })),
    ...measureSection('restrictions', 'Restrictions abroad', e.restrictions),
    ...measureSection('upcoming', 'Adopted, taking effect later', e.upcoming),
    ...measureSection('proposals', 'Bills: proposals, not law', e.proposals, 'A bill restricts nothing unless it is enacted.'),
  ];
  if (e.unknowns?.length) {
    sections.push({ id: 'unknowns', title: 'Not known', count: e.unknowns.length, body: html`<p>The conditional items above turn on these; “not found” is not “does not apply”.</p><ul>${e.unknowns.map((u) => html`<li>${u}</li>`)}</ul>` });
  }
  if (e.capacities?.length) {
    sections.push({
      id: 'capacities',
      title: 'What it does (the facts statutes key on)',
      count: e.capacities.length,
      body: html`<ul class="capacities">${e.capacities.map((c) => html`<li>${c.capacity.name}${c.capacity.meets?.length ? html` — meets <span lang="${langOf(c.capacity.meets.join(''))}">${c.capacity.meets.join('、')}</span>` : ''} <span class="premise-src">${c.evidence.map((x) => sourceOf(x))}</span></li>`)}</ul>`,
    });
  }
  const toc = sections.map((s) => html`<li><a href="#${s.id}">${s.title}</a> (${s.count})</li>`);
  return html`<nav aria-label="Groups"><ul class="toc">${toc}</ul></nav>
${sections.map((s) => html`<section class="group" aria-labelledby="${s.id}"><h2 id="${s.id}">${s.title}</h2>${s.body}</section>`)}`;
}

export function exposureTable(e: Exposure): Table {
  const measures = (standing: string, list: Measure[] = []) => list.map((m) => [standing, '', m.by.displayName, m.statement, '', m.evidence.find((x) => x.quote)?.quote, m.evidence.find((x) => x.url)?.url, m.provision?.id]);
  return {
    columns: ['tier', 'article', 'law', 'statement', 'condition', 'quote', 'source', 'provision id'],
    rows: [
      ...e.items.map((i) => [i.tier, i.citation, i.law?.name, i.statement, i.conditions.join(' | '), quotes(i)[0], i.law?.url ?? i.evidence?.find((x) => x.url)?.url, i.provision?.id]),
      ...measures('RESTRICTION', e.restrictions),
      ...measures('UPCOMING', e.upcoming),
      ...measures('BILL', e.proposals),
    ],
  };
}

export const exposureCsv = (e: Exposure) => csv(exposureTable(e));

export function citationsText(e: Exposure): string {
  const head = `Exposure of ${e.company.name} as of ${e.asOf} (lawgraph)\n\n`;
  const all = [...e.items.map(citation), ...[...(e.restrictions ?? []), ...(e.upcoming ?? []), ...(e.proposals ?? [])].map(measureCitation)];
  return `${head}${all.map((c, i) => `${i + 1}. ${c}`).join('\n\n')}\n`;
}
