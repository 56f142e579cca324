// What a page module returns: its content, and the same content in the export formats it offers.
import type { Gql } from './gql.ts';
import type { Html } from './html.ts';

export type Format = 'csv' | 'json' | 'graphml' | 'txt';

export interface Download {
  type: string;
  body: string;
}

export interface View {
  title: string;
  main: Html;
  status?: number;
  /** Language of the page's own words (quotes carry their own lang). */
  lang?: string;
  /** The search box starts with this text. */
  query?: string;
  /** Scripts of lawgraph's own (/assets/...), only where they help. */
  scripts?: string[];
  /** Parts of the answer that could not be read (their error messages): the page says it is incomplete. */
  incomplete?: string[];
  /** What is on screen in other formats (?format=csv ...). */
  exports?: Partial<Record<Format, () => Download>>;
}

export interface PageRequest {
  /** Path segments after the page's name, decoded. */
  params: string[];
  query: URLSearchParams;
  gql: Gql;
}

export type Page = (req: PageRequest) => Promise<View>;
