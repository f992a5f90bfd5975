// When the bus is next at a stop, in words: "Prochain passage : mardi 9 h". Computed on the stop's own
// wall clock (a stop in Martinique seen from Paris says Martinique's day), from its slots alone, so it
// needs no hours library. Pure: t and the instant are passed in.
import type { TFunction } from 'i18next';
import { htmlLang } from '../i18n/languages';
import { wallClock } from '../places/hours';
import { isoWeek, nextPassage, type Passage, type StopSlot } from '../shared/stop';
import { timeZoneOf } from '../shared/timezone';
import { clockText } from './schedule-text';

type T = TFunction;

export interface StopWhen {
  slots: StopSlot[];
  /** Département of the stop's commune: its time zone. */
  dep: string;
}

/** The next passage and the stop's wall-clock "now" it was computed from. */
export function passageOf(stop: StopWhen, now: Date): { passage?: Passage; local: Date } {
  const local = wallClock(now, timeZoneOf(stop.dep));
  return { passage: nextPassage(stop, local), local };
}

const dayNumber = (d: Date) => Math.round(new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime() / 86_400_000);

/** Intl has no Kreyòl: its month names are read in French, the nearest the reader knows. */
const dateLocale = (lang: string) => (htmlLang(lang) === 'gcf' ? 'fr' : htmlLang(lang));

/** "aujourd'hui", "demain", "mardi", or "mardi 14 janvier" beyond a week (every other week, 1st and 3rd…). */
function dayWord(t: T, lang: string, day: Date, local: Date): string {
  const days = dayNumber(day) - dayNumber(local);
  if (days === 0) return t('stops:today');
  if (days === 1) return t('stops:tomorrow');
  const name = t(`stops:day.${['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'][day.getDay()]}`);
  if (days < 7) return name;
  return t('stops:dated', { day: name, date: new Intl.DateTimeFormat(dateLocale(lang), { day: 'numeric', month: 'long' }).format(day) });
}

/**
 * "Prochain passage : mardi 9 h", "… : demain matin", "Le bus est là en ce moment, jusqu'à 12 h";
 * for a service that is not a bus (a permanence of a multi-site France Services), "Prochaine
 * permanence : …". Undefined when no passage is known in the coming weeks.
 */
export function passageText(t: T, lang: string, stop: StopWhen, now: Date, mobile: boolean): string | undefined {
  const { passage, local } = passageOf(stop, now);
  if (!passage) return undefined;
  if (passage.now && passage.end) return t(mobile ? 'stops:nowMobile' : 'stops:nowFixed', { time: clockText(t, passage.end) });
  const days = dayNumber(passage.day) - dayNumber(local);
  const part = passage.slot.dayPart;
  const when = passage.start
    ? t('stops:when.time', { day: dayWord(t, lang, passage.day, local), time: clockText(t, passage.start) })
    : part && days === 0
      ? t(`stops:todayPart.${part}`)
      : part
        ? t('stops:when.part', { day: dayWord(t, lang, passage.day, local), part: t(`stops:part.${part}`) })
        : dayWord(t, lang, passage.day, local);
  return t(mobile ? 'stops:next' : 'stops:nextFixed', { when });
}

/** "Cette semaine est une semaine impaire (semaine 3)": what "semaines impaires" means today, on the stop's clock. */
export function weekParityText(t: T, stop: StopWhen, now: Date): string | undefined {
  if (!stop.slots.some((s) => s.weeks)) return undefined;
  const n = isoWeek(wallClock(now, timeZoneOf(stop.dep)));
  return t(n % 2 ? 'stops:weekNow.odd' : 'stops:weekNow.even', { n });
}
