// What a record says about a bus being there, whichever screen shows it: a stop record (Place.stop),
// or a bus whose record stands for its stop at its own commune (BusStop.base). Pure.
import type { TFunction } from 'i18next';
import type { Place } from '../shared/place';
import type { StopSlot } from '../shared/stop';
import { passageText } from './passage';
import { atText } from './schedule-text';

export interface Here {
  commune: string;
  locality?: string;
  place?: string;
  slots: StopSlot[];
  dep: string;
}

/** Where and when the bus is, for a stop record or a bus with stops at its own commune; else undefined. */
export function hereOf(place: Place): Here | undefined {
  if (place.stop) {
    const { locality, place: where, slots } = place.stop;
    return { commune: place.address.commune, slots, dep: place.dep, ...(locality ? { locality } : {}), ...(where ? { place: where } : {}) };
  }
  const base = place.stops?.filter((s) => s.base) ?? [];
  if (!base.length) return undefined;
  return { commune: base[0]!.commune, slots: base.flatMap((s) => s.slots), dep: base[0]!.dep };
}

/** The page's and the sheet's title: "Bus France services de Vouziers — à Machault" for a stop, else the name. */
export const titleOf = (t: TFunction, place: Place) => (place.stop ? t('stops:title', { bus: place.name, commune: place.address.commune }) : place.name);

/** "à Machault le mardi, 9 h–12 h…" and "Prochain passage : mardi 9 h", for the hand-off texts (SMS, print, speech). */
export function hereTexts(t: TFunction, lang: string, place: Place, now: Date): { at: string; next?: string } | undefined {
  const here = hereOf(place);
  if (!here) return undefined;
  const next = passageText(t, lang, here, now, place.mobile === true);
  return { at: atText(t, here), ...(next ? { next } : {}) };
}
