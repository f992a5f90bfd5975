// What a build changed against the previous one: places added, removed and changed, per source
// and per département, for a person (Markdown) and for a machine (JSON), in reports/.
import { KINDS, type Kind, type Place } from '../src/shared/place';

export interface Counts {
  added: number;
  removed: number;
  changed: number;
}

export interface BuildDiff {
  previous: { version: string; total: number } | null;
  next: { version: string; total: number };
  totals: Counts & { unchanged: number };
  /** A place counts for every source it cites (on the side it is found: old record if removed, new otherwise). */
  bySource: Record<string, Counts>;
  byDepartement: Record<string, Counts & { before: Partial<Record<Kind, number>>; after: Partial<Record<Kind, number>> }>;
  added: string[];
  /** `into`: the record it was merged into, when it was. */
  removed: { id: string; into?: string }[];
  changed: { id: string; fields: string[] }[];
}

const zero = (): Counts => ({ added: 0, removed: 0, changed: 0 });

function kindsByDep(places: Place[]): Map<string, Partial<Record<Kind, number>>> {
  const out = new Map<string, Partial<Record<Kind, number>>>();
  for (const p of places) {
    const k = out.get(p.dep) ?? {};
    k[p.kind] = (k[p.kind] ?? 0) + 1;
    out.set(p.dep, k);
  }
  return out;
}

/** Top-level fields whose values differ (compared as JSON: the files are canonical). */
function changedFields(a: Place, b: Place): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys.filter((k) => JSON.stringify(a[k as keyof Place]) !== JSON.stringify(b[k as keyof Place]));
}

export function diffBuilds(
  previous: { version: string; places: Place[] } | undefined,
  next: { version: string; places: Place[] },
  aliases: Record<string, string> = {},
): BuildDiff {
  const before = new Map((previous?.places ?? []).map((p) => [p.id, p]));
  const after = new Map(next.places.map((p) => [p.id, p]));
  const bySource: Record<string, Counts> = {};
  const byDep: BuildDiff['byDepartement'] = {};
  const bump = (p: Place, what: keyof Counts) => {
    for (const s of p.sources) (bySource[s.id] ??= zero())[what]++;
    (byDep[p.dep] ??= { ...zero(), before: {}, after: {} })[what]++;
  };
  const diff: BuildDiff = {
    previous: previous ? { version: previous.version, total: previous.places.length } : null,
    next: { version: next.version, total: next.places.length },
    totals: { ...zero(), unchanged: 0 },
    bySource,
    byDepartement: byDep,
    added: [],
    removed: [],
    changed: [],
  };
  for (const [id, p] of after) {
    const old = before.get(id);
    if (!old) {
      diff.added.push(id);
      bump(p, 'added');
    } else {
      const fields = changedFields(old, p);
      if (fields.length) {
        diff.changed.push({ id, fields });
        bump(p, 'changed');
      } else diff.totals.unchanged++;
    }
  }
  for (const [id, p] of before) {
    if (after.has(id)) continue;
    diff.removed.push(aliases[id] ? { id, into: aliases[id] } : { id });
    bump(p, 'removed');
  }
  diff.totals.added = diff.added.length;
  diff.totals.removed = diff.removed.length;
  diff.totals.changed = diff.changed.length;
  const kindsBefore = kindsByDep(previous?.places ?? []);
  const kindsAfter = kindsByDep(next.places);
  for (const dep of new Set([...kindsBefore.keys(), ...kindsAfter.keys()])) {
    const d = (byDep[dep] ??= { ...zero(), before: {}, after: {} });
    d.before = kindsBefore.get(dep) ?? {};
    d.after = kindsAfter.get(dep) ?? {};
  }
  diff.byDepartement = Object.fromEntries(Object.entries(byDep).sort(([a], [b]) => (a < b ? -1 : 1)));
  diff.bySource = Object.fromEntries(Object.entries(bySource).sort(([a], [b]) => (a < b ? -1 : 1)));
  diff.added.sort();
  diff.removed.sort((a, b) => (a.id < b.id ? -1 : 1));
  diff.changed.sort((a, b) => (a.id < b.id ? -1 : 1));
  return diff;
}

const EXAMPLES = 20;
const list = (items: string[]) =>
  items.length === 0 ? '_none_' : items.slice(0, EXAMPLES).map((i) => `\`${i}\``).join(', ') + (items.length > EXAMPLES ? `, and ${items.length - EXAMPLES} more (see the JSON)` : '');

/** The diff as a page a person reads: totals, then per source, then per département with each kind's count. */
export function diffMarkdown(d: BuildDiff): string {
  const kinds = (k: Partial<Record<Kind, number>>) => KINDS.map((kind) => k[kind] ?? 0);
  const lines = [
    '# Index build: what changed',
    '',
    d.previous ? `Previous build ${d.previous.version} (${d.previous.total} places) → this build ${d.next.version} (${d.next.total} places).` : `First build ${d.next.version} (${d.next.total} places): no previous index to compare with.`,
    '',
    `**${d.totals.added} added, ${d.totals.removed} removed, ${d.totals.changed} changed**, ${d.totals.unchanged} unchanged.`,
    '',
    '## Per source',
    '',
    '| source | added | removed | changed |',
    '|---|---:|---:|---:|',
    ...Object.entries(d.bySource).map(([s, c]) => `| ${s} | ${c.added} | ${c.removed} | ${c.changed} |`),
    '',
    '## Per département',
    '',
    `| dép. | added | removed | changed | ${KINDS.map((k) => `${k} before → after`).join(' | ')} |`,
    `|---|---:|---:|---:|${KINDS.map(() => '---:').join('|')}|`,
    ...Object.entries(d.byDepartement).map(([dep, c]) => {
      const [b, a] = [kinds(c.before), kinds(c.after)];
      return `| ${dep} | ${c.added} | ${c.removed} | ${c.changed} | ${b.map((n, i) => `${n} → ${a[i]}`).join(' | ')} |`;
    }),
    '',
    '## Places',
    '',
    `Added: ${list(d.added)}`,
    '',
    `Removed: ${list(d.removed.map((r) => (r.into ? `${r.id} (merged into ${r.into})` : r.id)))}`,
    '',
    `Changed: ${list(d.changed.map((c) => `${c.id} (${c.fields.join(', ')})`))}`,
    '',
  ];
  return lines.join('\n');
}
