// The format family of a corpus entry, for per-format throughput (reference and synthetic alike).
import type { ManifestEntry } from '../ingest/model.ts';

export function formatFamily(e: ManifestEntry): string {
  const f = e.format.toLowerCase();
  if (e.kind === 'report') return f.startsWith('markdown') ? 'report-markdown' : f.startsWith('html') ? 'report-html' : 'report-text';
  if (f.includes('formex')) return 'formex';
  if (f.includes('xhtml') || f.startsWith('html')) return 'eurlex-xhtml';
  if (f.startsWith('json')) return e.language === 'zh' ? 'npc-json' : 'unece-json';
  if (f.startsWith('markdown')) return e.language === 'zh' ? 'cn-markdown' : 'eurlex-markdown';
  return f;
}
