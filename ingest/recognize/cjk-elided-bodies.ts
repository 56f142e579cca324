// Chinese bodies whose shared head is written once (grammar/names.yaml cjk-elided-bodies): "国务院交通运输、水利主管部门" names
// 国务院交通运输主管部门 and 国务院水利主管部门; "网信、电信、公安等主管部门" names three. Each body is found where the text
// prints it (its field, the prefix with the first, the head with the last unless 等 stands between), named in full, or by
// the name its field's body goes by (公安: 公安机关; names.yaml cjk-field-bodies). That name, written whole (网信部门), is the
// body too, wherever it stands: statutes name the bodies of these fields so at every level.
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

/** The names of the fields' bodies (names.yaml cjk-field-bodies: 网信部门, 检察机关), written whole; after 国家, the national
 *  body of that field (国家网信部门), a name of its own. */
export function findFieldBodies(text: string): Found[] {
  const out: Found[] = [];
  for (const name of new Set(grammar().cjkFieldBodies.values())) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const start = !name.startsWith('国家') && text.startsWith('国家', at - 2) ? at - 2 : at;
      const surface = text.slice(start, at + name.length);
      out.push({ start, end: at + name.length, surface, label: 'Authority', name: surface, rule: 'cjk:body-field', score: 0.7 });
    }
  }
  return out;
}
