// A stop's slots in words, in the reader's language (namespace `stops`): "le mardi, 9 h–12 h et
// 13 h–16 h 30", "le 1er et 3e mardi du mois", "le lundi matin des semaines paires". Pure: t is passed in.
import type { TFunction } from 'i18next';
import { WEEKDAYS, type StopSlot, type Weekday } from '../shared/stop';

type T = TFunction;

/** "a", "a et b", "a, b et c", with the language's own words. */
export function joinWords(t: T, items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  const head = items.slice(0, -1).reduce((a, b) => t('stops:list', { a, b }));
  return t('stops:and', { a: head, b: items[items.length - 1] });
}

/**
 * "09:30" → "9 h 30" (fr), "9:30" (en), "9 heures 30" (falc): the place page's own clock words, with
 * no-break spaces so that a line never ends between "13" and "h".
 */
export function clockText(t: T, hhmm: string): string {
  const h = Number(hhmm.slice(0, 2));
  const m = Number(hhmm.slice(3, 5));
  return (m ? t('place:time.hourMinute', { h, m: String(m).padStart(2, '0') }) : t('place:time.hour', { h })).replace(/ /g, '\u00a0');
}

/** "9 h–12 h et 13 h–16 h 30", "à partir de 14 h". */
export function timesText(t: T, times: string[]): string {
  return joinWords(
    t,
    times.map((r) => (r.endsWith('+') ? t('stops:from', { time: clockText(t, r.slice(0, 5)) }) : t('stops:range', { from: clockText(t, r.slice(0, 5)), to: clockText(t, r.slice(6, 11)) }))),
  );
}

const order = (days: Weekday[]) => [...new Set(days.map((d) => WEEKDAYS.indexOf(d)))].sort((a, b) => a - b);

/** "le mardi", "le lundi et le jeudi", "du lundi au vendredi" (three days or more in a row), "le 1er et 3e mardi du mois". */
function daysText(t: T, slot: StopSlot): string {
  const idx = order(slot.days);
  if (slot.nth) {
    // The half-day goes with the weekday: "le dernier vendredi matin du mois".
    const part = slot.dayPart && !slot.times?.length ? t(`stops:part.${slot.dayPart}`) : undefined;
    const dayName = (i: number) => (part ? t('stops:when.part', { day: t(`stops:day.${WEEKDAYS[i]}`), part }) : t(`stops:day.${WEEKDAYS[i]}`));
    const nth = joinWords(t, slot.nth.map((n) => t(`stops:ordinal.${n === -1 ? 'last' : n}`)));
    return joinWords(t, idx.map((i) => t('stops:nth', { nth, day: dayName(i) })));
  }
  const parts: string[] = [];
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && idx[j + 1] === idx[j]! + 1) j++;
    if (j - i >= 2) parts.push(t('stops:run', { from: t(`stops:day.${WEEKDAYS[idx[i]!]}`), to: t(`stops:day.${WEEKDAYS[idx[j]!]}`) }));
    else for (let k = i; k <= j; k++) parts.push(t(`stops:every.${WEEKDAYS[idx[k]!]}`));
    i = j + 1;
  }
  return joinWords(t, parts);
}

/** One slot: "le mardi, 9 h–12 h", "le mardi matin des semaines paires". */
export function slotText(t: T, slot: StopSlot): string {
  let days = daysText(t, slot);
  if (slot.dayPart && !slot.times?.length && !slot.nth) days = t(`stops:dayPart.${slot.dayPart}`, { days });
  if (slot.weeks) days = t(`stops:weeks.${slot.weeks}`, { days });
  return slot.times?.length ? t('stops:slot', { days, times: timesText(t, slot.times) }) : days;
}

/**
 * Slots with the same hours, weeks and half-day are said once for all their days ("du lundi au
 * jeudi, 8 h 45–11 h 30"): a bus's several stops in its own commune read as one schedule.
 */
export function mergeSlots(slots: StopSlot[]): StopSlot[] {
  const out = new Map<string, StopSlot>();
  for (const s of slots) {
    const key = JSON.stringify([s.dayPart ?? '', s.times ?? [], s.nth ?? [], s.weeks ?? '']);
    const same = out.get(key);
    if (same) same.days = order([...same.days, ...s.days]).map((i) => WEEKDAYS[i]!);
    else out.set(key, { ...s, days: order(s.days).map((i) => WEEKDAYS[i]!) });
  }
  return [...out.values()];
}

/** Every slot, one after the other: "le lundi, 14 h–17 h ; le mercredi, 9 h–12 h". */
export function scheduleText(t: T, slots: StopSlot[]): string {
  const texts = mergeSlots(slots).map((s) => slotText(t, s));
  return texts.length ? texts.reduce((a, b) => t('stops:slots', { a, b })) : '';
}

/** "à Machault le mardi, 9 h–12 h et 13 h–16 h 30", "à Gouffern en Auge (Chambois) le lundi, 14 h–17 h". */
export function atText(t: T, stop: { commune: string; locality?: string; slots: StopSlot[] }): string {
  const schedule = scheduleText(t, stop.slots);
  return stop.locality ? t('stops:atLocality', { commune: stop.commune, locality: stop.locality, schedule }) : t('stops:at', { commune: stop.commune, schedule });
}

/** First letter in capitals, for a sentence that starts with a schedule ("Le mardi, 9 h–12 h"). */
export const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
