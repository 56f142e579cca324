// `/law/<id or name>`: a law, its versions, and two versions compared article by article.
import { compareVersions, type Article, type Pair } from '../diff.ts';
import { csv, json } from '../export.ts';
import { notFound, QueryFailed, type Gql } from '../gql.ts';
import { html, sourceLink, type Html } from '../html.ts';
import { nodeLink, pathSegment } from '../links.ts';
import { dateRange, langOf, type Relation, relationTable } from '../parts.ts';
import type { PageRequest, View } from '../view.ts';

interface Version {
  id: string;
  title: string;
  date: string | null;
  adopted: string | null;
  amended: string[];
  inForceFrom: string | null;
  inForceTo: string | null;
  status: string | null;
  dateLines: string[];
  document: { documentId: string; title: string; language: string | null } | null;
}

function versionRow(v: Version): Html {
  return html`<tr><td>${v.document ? html`<a href="/document/${pathSegment(v.document.documentId)}" lang="${langOf(v.title)}">${v.title}</a>` : v.title}<br><code>${v.id}</code></td>
<td>${v.date ?? ''}</td><td>${dateRange(v.inForceFrom, v.inForceTo)}</td><td>${v.status ?? ''}</td>
<td>${v.dateLines.map((l) => html`<span lang="${langOf(l)}">${l}</span><br>`)}</td></tr>`;
}

function changesHtml(p: Pair): Html {
  if (!p.changes) return html`<div class="side-by-side"><div>${p.old?.text}</div><div>${p.new?.text}</div></div>`;
  return html`${p.changes.map((c) => (c.added ? html`<ins>${c.value}</ins>` : c.removed ? html`<del>${c.value}</del>` : c.value))}`;
}

const STATUS_WORDS: Record<Pair['status'], string> = { unchanged: 'unchanged', changed: 'changed', added: 'new', removed: 'repealed' };

function pairHtml(p: Pair): Html {
  const label = html`${p.old ? nodeLink({ id: p.old.id, displayName: p.old.number }) : '—'} → ${p.new ? nodeLink({ id: p.new.id, displayName: p.new.number }) : '—'}`;
  const text = p.status === 'changed' ? changesHtml(p) : (p.new ?? p.old)!.text;
  return html`<section class="pair ${p.status}"><h4>${label} <span class="status">${STATUS_WORDS[p.status]}</span></h4><p class="article-text" lang="${langOf((p.new ?? p.old)!.text)}">${text}</p></section>`;
}

function diffHtml(pairs: Pair[], a: Version, b: Version): Html {
  const count = (s: Pair['status']) => pairs.filter((p) => p.status === s).length;
  const shown = pairs.filter((p) => p.status !== 'unchanged');
  return html`<section aria-labelledby="diff"><h2 id="diff">${a.date ?? a.id} → ${b.date ?? b.id}: what changed, article by article</h2>
<p>${count('changed')} articles changed, ${count('added')} new, ${count('removed')} repealed, ${count('unchanged')} unchanged. Articles are paired by their text (a revision renumbers them); <del>struck text</del> was removed, <ins>underlined text</ins> was added.</p>
${shown.map(pairHtml)}</section>`;
}

function diffForm(law: { id: string }, versions: Version[], a: Version, b: Version): Html {
  const options = (selected: Version) => versions.map((v) => html`<option value="${v.id}" ${v.id === selected.id ? 'selected' : ''}>${v.date ?? ''} ${v.id}</option>`);
  return html`<form class="diff-form" method="get" action="/law/${pathSegment(law.id)}">
<label for="from">Compare</label> <select id="from" name="from">${options(a)}</select>
<label for="to">with</label> <select id="to" name="to">${options(b)}</select> <button type="submit">Compare</button></form>`;
}

async function articlesOf(gql: Gql, a: Version, b: Version): Promise<[Article[], Article[]]> {
  const data = await gql('law-diff', { a: a.document!.documentId, b: b.document!.documentId });
  return [data.a?.provisions ?? [], data.b?.provisions ?? []];
}

function pickVersion(versions: Version[], id: string | null, fallback: Version | undefined): Version | undefined {
  if (!id) return fallback;
  const v = versions.find((x) => x.id === id);
  if (!v) throw new QueryFailed([{ message: `This law has no version "${id}".`, extensions: { code: 'BAD_USER_INPUT' } }]);
  return v;
}

/** Where a law without a text of its own is known from: the law of the same name whose text the corpus holds (a
 *  report's citation joined by the same-law rule), the catalog, or only the documents that name it. */
function noText(law: { url?: string | null }, relations: Relation[]): Html {
  const same = relations.filter((r) => r.type === 'SAME_AS' && r.direction === 'OUTGOING');
  if (same.length > 0) return html`<p>A document names this law in its own words; the graph holds it, under the same name, as ${same.map((r, i) => html`${i > 0 ? ', ' : ''}${nodeLink(r.node)}`)}.</p>`;
  if (law.url) return html`<p>The corpus holds no text of this law; what the graph knows comes from the catalog.</p>`;
  return html`<p>The corpus holds no text of this law; the graph knows it from the documents that name it.</p>`;
}

export async function lawPage({ params, query, gql }: PageRequest): Promise<View> {
  const ref = params[0]!;
  const data = await gql('law', ref.startsWith('law:') ? { id: ref } : { name: ref });
  const law = data.law;
  if (!law) throw notFound(ref, 'law');
  const versions: Version[] = law.versions.filter((v: Version) => v.document);
  const a = pickVersion(versions, query.get('from'), versions.at(-2));
  const b = pickVersion(versions, query.get('to'), versions.at(-1));
  const pairs = a && b && a.id !== b.id ? compareVersions(...(await articlesOf(gql, a, b))) : [];
  const relations: Relation[] = law.relations;
  return {
    title: law.name,
    main: html`<h1>${law.name}${law.nameZh ? html` <span lang="zh">${law.nameZh}</span>` : ''}</h1>
${law.officialTitle ? html`<p lang="${langOf(law.officialTitle)}">${law.officialTitle}</p>` : ''}
${law.description ? html`<p class="lede">${law.description} ${sourceLink(law.url, 'source')}</p>` : ''}
<p class="muted"><code>${law.id}</code> · <a href="/entity/${pathSegment(law.id)}">all facts</a></p>
<h2>Versions</h2>
${law.versions.length === 0 ? noText(law, relations) : html`<table class="versions"><thead><tr><th scope="col">Text</th><th scope="col">Date</th><th scope="col">In force</th><th scope="col">Status</th><th scope="col">As the text states</th></tr></thead><tbody>${law.versions.map(versionRow)}</tbody></table>`}
${a && b && versions.length > 1 ? diffForm(law, versions, a, b) : ''}
${a && b && a.id !== b.id ? diffHtml(pairs, a, b) : ''}
${relationTable(relations, 'Facts about this law')}`,
    exports: {
      json: () => json({ law: { ...law, relations: undefined }, diff: a && b ? { from: a.id, to: b.id, pairs: pairs.map((p) => ({ status: p.status, similarity: p.similarity, old: p.old, new: p.new })) } : null }),
      csv: () =>
        csv({
          columns: ['status', 'old article', 'new article', 'similarity', 'old text', 'new text'],
          rows: pairs.map((p) => [p.status, p.old?.number, p.new?.number, p.similarity.toFixed(2), p.old?.text, p.new?.text]),
        }),
    },
  };
}
