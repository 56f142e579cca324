// The explorer's addresses: one page module per route. GraphQL stays at /graphql.
import { companyPage } from './pages/company.ts';
import { documentPage } from './pages/document.ts';
import { entityPage } from './pages/entity.ts';
import { homePage } from './pages/home.ts';
import { lawPage } from './pages/law.ts';
import { pathsPage } from './pages/paths.ts';
import { provisionPage } from './pages/provision.ts';
import { searchPage } from './pages/search.ts';
import type { Page } from './view.ts';

/** First path segment -> page; `withParam` pages take the rest of the path as one name or id. */
const ROUTES: Record<string, { page: Page; withParam: boolean }> = {
  '': { page: homePage, withParam: false },
  search: { page: searchPage, withParam: false },
  paths: { page: pathsPage, withParam: false },
  company: { page: companyPage, withParam: true },
  entity: { page: entityPage, withParam: true },
  law: { page: lawPage, withParam: true },
  provision: { page: provisionPage, withParam: true },
  document: { page: documentPage, withParam: true },
};

export function route(pathname: string): { page: Page; params: string[] } | null {
  const [, first = '', ...rest] = pathname.split('/');
  const r = Object.hasOwn(ROUTES, first) ? ROUTES[first]! : null;
  if (!r) return null;
  if (!r.withParam) return rest.length === 0 || (rest.length === 1 && rest[0] === '') ? { page: r.page, params: [] } : null;
  let param: string;
  try {
    param = decodeURIComponent(rest.join('/'));
  } catch {
    return null;
  }
  return param.trim() ? { page: r.page, params: [param.trim()] } : null;
}
