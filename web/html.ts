// The explorer's one templating helper: a tagged template that escapes every value unless it is
// already Html. Pages compose Html values; nothing user- or data-supplied reaches a page unescaped.

/** Markup that is already safe (built by `html` or marked by `raw` for static strings). */
export class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Values: Html as is; arrays joined; null, undefined and false as nothing; anything else escaped. */
function render(value: unknown): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1]!;
  return new Html(out);
}

/** Trusted markup written in this code (never data). */
export function raw(markup: string): Html {
  return new Html(markup);
}

/** Only http(s) links leave a page; anything else (javascript:, data:) becomes no link. */
export function safeUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/** An external source link, or nothing when the url is not http(s). */
export function sourceLink(url: unknown, text: unknown = url): Html {
  const href = safeUrl(url);
  return href ? html`<a class="source" href="${href}" rel="noreferrer noopener">${text}</a>` : html``;
}
