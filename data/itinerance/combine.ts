// One bus, two sources of stops: a structured file (positions, detailed hours) and its France Services
// comment (newer, often a summary such as "9h30/15h30"). The same stop — same commune, same weekdays
// and weeks — is kept once: the file's position and address; the file's hours when the comment only
// summarises them (same first start, same last end), else the newer source's.
import type { StopSlot } from '../../src/shared/stop';
import type { StopDraft } from './stops';

export interface ScheduleDifference {
  insee: string;
  commune: string;
  file: string;
  comment: string;
  kept: 'file' | 'comment';
}

const selector = (slots: StopSlot[]) =>
  JSON.stringify(slots.map((s) => [[...s.days].sort(), s.weeks ?? '', s.nth ?? []]).sort());
const span = (slots: StopSlot[]) => {
  const times = slots.flatMap((s) => s.times ?? []).sort();
  return times.length ? `${times[0]!.slice(0, 5)}-${times[times.length - 1]!.slice(-5)}` : '';
};
const dateOf = (d: StopDraft) => d.sources.map((s) => s.date).sort().pop() ?? '';

export function combineBusStops(file: StopDraft[], comment: StopDraft[]): { drafts: StopDraft[]; differences: ScheduleDifference[] } {
  const differences: ScheduleDifference[] = [];
  const used = new Set<StopDraft>();
  const drafts = file.map((f) => {
    const c = comment.find((x) => !used.has(x) && x.insee === f.insee && selector(x.slots) === selector(f.slots));
    if (!c) return f;
    used.add(c);
    const same = JSON.stringify(f.slots) === JSON.stringify(c.slots);
    const summary = span(f.slots) !== '' && span(f.slots) === span(c.slots);
    const kept: 'file' | 'comment' = same || summary || dateOf(f) >= dateOf(c) ? 'file' : 'comment';
    if (!same) differences.push({ insee: f.insee, commune: f.commune, file: f.hours ?? '', comment: c.hours ?? '', kept });
    const merged: StopDraft = { ...f, sources: [...f.sources, ...c.sources], ...(c.text ? { text: c.text } : {}) };
    if (kept === 'comment') {
      merged.slots = c.slots;
      if (c.hours) merged.hours = c.hours;
      else delete merged.hours;
    }
    return merged;
  });
  return { drafts: [...drafts, ...comment.filter((c) => !used.has(c))], differences };
}
