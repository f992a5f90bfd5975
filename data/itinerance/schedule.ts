// A stop's slots to and from OSM opening_hours, the format the app and the national schema use.
import { WEEKDAYS, type StopSlot, type Weekday } from '../../src/shared/stop';
import { parseHours } from '../normalise/hours';

const WEEKS = { odd: 'week 01-53/2 ', even: 'week 02-52/2 ' } as const;

/** ["Mo","Tu","We","Fr"] → "Mo-We,Fr" (in week order, runs of three or more as ranges). */
export function daysSelector(days: Weekday[]): string {
  const idx = [...new Set(days.map((d) => WEEKDAYS.indexOf(d)))].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && idx[j + 1] === idx[j]! + 1) j++;
    const run = idx.slice(i, j + 1).map((k) => WEEKDAYS[k]!);
    parts.push(run.length >= 3 ? `${run[0]}-${run[run.length - 1]}` : run.join(','));
    i = j + 1;
  }
  return parts.join(',');
}

function rule(slot: StopSlot): string | undefined {
  if (!slot.times?.length) return undefined;
  const days = slot.nth ? slot.days.map((d) => `${d}[${slot.nth!.join(',')}]`).join(',') : daysSelector(slot.days);
  return `${slot.weeks ? WEEKS[slot.weeks] : ''}${days} ${slot.times.join(',')}`;
}

/**
 * The slots as one OSM value, or undefined when a slot has no times (a "mardi matin" is not a range
 * we can write without inventing it). Rules sharing a weekday are joined with ", " (OSM's additional
 * rule) so that the second does not replace the first; `extra` rules ("PH off") come last.
 */
export function slotsToOsm(slots: StopSlot[], extra: string[] = []): string | undefined {
  const rules = slots.map(rule);
  if (rules.length === 0 || rules.some((r) => r === undefined)) return undefined;
  const seen = new Set<Weekday>();
  let overlap = false;
  for (const s of slots)
    for (const d of new Set(s.days)) {
      if (seen.has(d)) overlap = true;
      seen.add(d);
    }
  const value = [(rules as string[]).join(overlap ? ', ' : '; '), ...extra].join('; ');
  const parsed = parseHours(value);
  if (!parsed || !('hours' in parsed)) throw new Error(`built invalid opening_hours "${value}"`);
  return value;
}

const DAY = '(?:Mo|Tu|We|Th|Fr|Sa|Su)';
const RULE = new RegExp(`^(?:week (01-53|02-52)/2 )?(${DAY}(?:[-,]${DAY})*)(?:\\[([-\\d,]+)\\])? (\\d{2}:\\d{2}-\\d{2}:\\d{2}(?:,\\d{2}:\\d{2}-\\d{2}:\\d{2})*)$`);

/**
 * Simple OSM rules ("Mo 09:30-12:30,13:30-15:30", "week 01-53/2 Tu[1,3] 09:00-12:00") back to slots,
 * plus whether the value says "PH off". Anything richer gives undefined: the caller keeps the text.
 */
export function osmToSlots(value: string): { slots: StopSlot[]; holidaysOff: boolean } | undefined {
  const slots: StopSlot[] = [];
  let holidaysOff = false;
  for (const raw of value.split(';').map((r) => r.trim()).filter(Boolean)) {
    if (raw === 'PH off') {
      holidaysOff = true;
      continue;
    }
    const m = RULE.exec(raw);
    if (!m) return undefined;
    const days: Weekday[] = [];
    for (const part of m[2]!.split(',')) {
      const [a, b] = part.split('-') as [Weekday, Weekday | undefined];
      const from = WEEKDAYS.indexOf(a);
      const to = b ? WEEKDAYS.indexOf(b) : from;
      if (to < from) return undefined;
      for (let k = from; k <= to; k++) days.push(WEEKDAYS[k]!);
    }
    const slot: StopSlot = { days, times: m[4]!.split(',') };
    if (m[1]) slot.weeks = m[1] === '01-53' ? 'odd' : 'even';
    if (m[3]) slot.nth = m[3].split(',').map(Number);
    slots.push(slot);
  }
  return slots.length ? { slots, holidaysOff } : undefined;
}
