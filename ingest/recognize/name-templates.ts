// A citation's canonical name (grammar/instruments.yaml `name`, "{t1}{t2} U.S.C. {s1}{s2}"): built from the named groups
// of the citation's pattern, and read back by the pattern itself, so the name's format is written once, in the grammar.
// A slot "{group}" takes the group's text, "" when the group took none; slots side by side are groups of alternative
// branches of the pattern ("{t1}{t2}": the title as either form writes it), read back as one value.

const SLOT = /\{(\w+)\}/g;

/** The name `template` builds from a match's groups. */
export function fillName(template: string, groups: Record<string, string | undefined> | undefined): string {
  return template.replace(SLOT, (_, k: string) => groups?.[k] ?? '');
}

/**
 * A reader of the names `template` builds from matches of `pattern`: the value of each run of slots, in order (the
 * text of the run's group that took some), or undefined for a name the pattern does not match whole or that the
 * template would not build from that match as it is written.
 */
export function nameReader(template: string, pattern: RegExp): (name: string) => string[] | undefined {
  const runs = (template.match(/(?:\{\w+\})+/g) ?? []).map((run) => [...run.matchAll(SLOT)].map((m) => m[1]));
  const whole = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
  return (name) => {
    const m = whole.exec(name);
    if (!m || m[0] !== name || fillName(template, m.groups) !== name) return undefined; // the whole name, as built
    return runs.map((run) => run.map((g) => m.groups?.[g]).find((v) => v !== undefined && v !== '') ?? '');
  };
}
