// `/company/<name or id>`: the headline question, which laws could compel the company and which
// restrict it abroad. The answer's rendering is web/exposure.ts.
import { json, text } from '../export.ts';
import { citationsText, type Exposure, exposureCsv, exposureHtml } from '../exposure.ts';
import { html, sourceLink } from '../html.ts';
import { pathSegment } from '../links.ts';
import type { PageRequest, View } from '../view.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export async function companyPage({ params, query, gql }: PageRequest): Promise<View> {
  const asOf = query.get('asOf');
  const data = await gql('company', { company: params[0], asOf: asOf && DATE.test(asOf) ? asOf : null });
  const e: Exposure = data.exposure;
  const c = e.company;
  return {
    title: `${c.name}: exposure`,
    main: html`<h1>${c.name}${c.nameZh ? html` <span lang="zh">${c.nameZh}</span>` : ''}</h1>
${c.description ? html`<p class="lede">${c.description} ${sourceLink(c.url, 'source')}</p>` : ''}
<p>Which laws could compel ${c.name} to hand over data or to assist state organs, through which articles, according to which source, and which laws restrict it abroad: laws in force on <strong>${e.asOf}</strong>.
<a href="/entity/${pathSegment(c.id)}">All facts about ${c.name}</a>.</p>
<form class="asof" method="get" action="/company/${pathSegment(c.id)}"><label for="asOf">As of</label> <input id="asOf" name="asOf" type="date" value="${e.asOf}"> <button type="submit">Show</button></form>
${e.items.length === 0 ? html`<p>No provision in the graph reaches ${c.name}, and no restriction is recorded. That is not the same as none applying: the graph knows only what its documents and catalog say.</p>` : exposureHtml(e)}`,
    scripts: ['/assets/copy.js'],
    exports: {
      csv: () => exposureCsv(e),
      json: () => json(e),
      txt: () => text(citationsText(e)),
    },
  };
}
