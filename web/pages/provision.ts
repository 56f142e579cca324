// `/provision/<id>`: an article verbatim, the norms it expresses (bearer, authority, action),
// cross-references in and out, and the companies it reaches.
import { csv, json } from '../export.ts';
import { notFound } from '../gql.ts';
import { html, sourceLink, type Html } from '../html.ts';
import { documentAnchor, nodeLink, pathSegment } from '../links.ts';
import { dateRange, humanize, langOf, quote, type NodeRef, type Relation, relationTable } from '../parts.ts';
import type { PageRequest, View } from '../view.ts';

interface Named {
  __typename?: string;
  id: string;
  name?: string;
  nameZh?: string | null;
  displayName?: string;
}

interface Norm {
  id: string;
  modality: string;
  actionLabel: string | null;
  predicate: string | null;
  action: string;
  condition: string | null;
  exception: string | null;
  quote: string;
  bearers: Named[];
  empowers: Named[];
  owedTo: Named[];
  requires: Named[];
  dataCategories: Named[];
  triggers: (NodeRef & { provision: NodeRef | null })[];
  sanctionedBy: NodeRef[];
}

const names = (list: Named[]) => html`${list.map((n, i) => html`${i ? ', ' : ''}${nodeLink({ id: n.id, displayName: n.name ?? n.displayName }, n.name ?? n.displayName)}`)}`;

function row(label: string, value: Html | string | null, present: boolean): Html {
  return present ? html`<dt>${label}</dt><dd>${value}</dd>` : html``;
}

/** The action as the vocabulary names it, else the norm's own words, quoted in the statute's language. */
function actionOf(n: Norm): Html | string {
  if (n.actionLabel || !n.predicate) return n.actionLabel ?? n.action;
  return html`<q lang="${langOf(n.predicate)}">${n.predicate}</q>`;
}

function normHtml(n: Norm): Html {
  return html`<li class="norm" id="${n.id}"><p><strong>${humanize(n.modality)}</strong>: ${actionOf(n)} <a class="muted" href="/entity/${n.id}">norm</a></p>
<dl class="facts">
${row('Who is bound', names(n.bearers), n.bearers.length > 0)}
${row('Authority empowered', names(n.empowers), n.empowers.length > 0)}
${row('Owed to', names(n.owedTo), n.owedTo.length > 0)}
${row('May require', names(n.requires), n.requires.length > 0)}
${row('Data', names(n.dataCategories), n.dataCategories.length > 0)}
${row('Condition', html`<span lang="${langOf(n.condition ?? '')}">${n.condition}</span>`, !!n.condition)}
${row('Exception', html`<span lang="${langOf(n.exception ?? '')}">${n.exception}</span>`, !!n.exception)}
${row('Can trigger', html`${n.triggers.map((t, i) => html`${i ? ', ' : ''}${t.provision ? nodeLink(t.provision) : nodeLink(t)}`)}`, n.triggers.length > 0)}
${row('Sanctioned by', html`${n.sanctionedBy.map((s, i) => html`${i ? ', ' : ''}${nodeLink(s)}`)}`, n.sanctionedBy.length > 0)}
</dl>${quote(n.quote)}</li>`;
}

function reaches(companies: NodeRef[]): Html {
  if (companies.length === 0) return html`<p>No company in the graph is derived to be reached by it.</p>`;
  return html`<ul class="inline">${companies.map((c) => html`<li><a href="/company/${pathSegment(c.id)}">${c.displayName}</a></li>`)}</ul>`;
}

export async function provisionPage({ params, gql }: PageRequest): Promise<View> {
  const data = await gql('provision', { id: params[0] });
  const p = data.provision;
  if (!p) throw notFound(params[0]!, 'provision');
  const v = p.version;
  const title = `${p.law?.name ?? p.documentId} ${p.number}`;
  const relations: Relation[] = [...p.refersTo, ...p.referredBy];
  return {
    title,
    main: html`<h1>${p.law ? nodeLink({ id: p.law.id, displayName: p.law.name }) : p.documentId} <span lang="${langOf(p.number)}">${p.number}</span>${p.heading ? html` <span lang="${langOf(p.heading)}">${p.heading}</span>` : ''}</h1>
<p class="muted">${v ? html`<span lang="${langOf(v.title)}">${v.title}</span>${v.date ? `, version of ${v.date}` : ''}${v.inForceFrom ? `, ${dateRange(v.inForceFrom, v.inForceTo)}` : ''}${v.status ? ` (${v.status.replace('_', ' ')})` : ''}` : ''}
${p.chapter ? html` · <span lang="${langOf(p.chapter)}">${p.chapter}</span>` : ''} · <a href="${documentAnchor(p.documentId, p.locator)}">in the document</a>${p.law?.url ? html` · ${sourceLink(p.law.url, 'official source')}` : ''}</p>
<h2>Text</h2>
<div class="article-text" lang="${langOf(p.text)}">${p.text}</div>
<h2>What it says</h2>
${p.norms.length === 0 ? html`<p>No norm was read from this provision.</p>` : html`<ol class="norms">${p.norms.map(normHtml)}</ol>`}
${p.sanctions.length ? html`<h2>It sanctions</h2><ul>${p.sanctions.map((s: { node: NodeRef & { provision?: NodeRef } }) => html`<li>${s.node.provision ? nodeLink(s.node.provision) : nodeLink(s.node)}</li>`)}</ul>` : ''}
<h2>Cross-references</h2>
${relations.length ? relationTable(relations, 'References from and to this provision') : html`<p>None found.</p>`}
<h2>Who it reaches</h2>
${reaches(p.reaches)}`,
    exports: {
      json: () => json(p),
      csv: () =>
        csv({
          columns: ['norm', 'modality', 'action', 'bearers', 'authorities', 'condition', 'quote'],
          rows: p.norms.map((n: Norm) => [n.id, n.modality, n.actionLabel ?? n.predicate ?? n.action, n.bearers.map((b) => b.name).join('; '), [...n.empowers, ...n.owedTo].map((a) => a.name).join('; '), n.condition, n.quote]),
        }),
    },
  };
}
