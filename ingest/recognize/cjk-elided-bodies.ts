// Chinese bodies whose shared head is written once (grammar/names.yaml cjk-elided-bodies): "国务院交通运输、水利主管部门" names
// 国务院交通运输主管部门 and 国务院水利主管部门; "网信、电信、公安等主管部门" names three. Each body is found where the text
// prints it (its field, the prefix with the first, the head with the last unless 等 stands between), named in full, or by
// the name its field's body goes by (公安: 公安机关; names.yaml cjk-field-bodies).
import type { Found } from './found.ts';
import { grammar } from './grammar.ts';

export function findElidedBodies(text: string): Found[] {
  const out: Found[] = [];
  if (!text.includes('、')) return out;
  for (const m of text.matchAll(grammar().cjkElidedBodies)) {
    const { prefix = '', items = '', etc, head = '' } = m.groups ?? {};
    const fields = items.split('、');
    let at = m.index + prefix.length;
    fields.forEach((field, i) => {
      const last = i === fields.length - 1;
      const start = i === 0 ? m.index : at;
      const end = last && !etc ? m.index + m[0].length : at + field.length;
      out.push({ start, end, surface: text.slice(start, end), label: 'Authority', name: (!prefix && grammar().cjkFieldBodies.get(field)) || `${prefix}${field}${head}`, rule: 'cjk:body-elided', score: 0.7 });
      at += field.length + 1;
    });
  }
  return out;
}
