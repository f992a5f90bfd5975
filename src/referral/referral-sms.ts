import type { Place } from '../shared/place';
import { buildPlacesSms } from '../share/sms-list';

/** The words of the referral SMS (`referral:sms.*`, `share:sms.phone`), already in the page language. */
export interface ReferralSmsWords {
  /** "Fiche Repère : Faire une démarche en ligne", or "Fiche Repère" without a need. */
  heading: string;
  /** "Apportez : {{items}}" with the items still to fill in. */
  bring: (items: string) => string;
  /** "Note : {{notes}}" */
  notes: (notes: string) => string;
  link: string;
  phone: string;
}

export interface ReferralSms {
  places: Place[];
  /** Short SMS labels of the items ticked, in order. */
  bring: string[];
  /** Only when the mediator asked for the notes in the SMS. */
  notes?: string;
  /** The list link: places and need, nothing about the person. */
  link: string;
  words: ReferralSmsWords;
}

/**
 * The sheet as an SMS: need, places (name, address, phone), what to bring, the notes if asked,
 * and the link. Never the first name: the SMS leaves through an `sms:` link, and the person knows it.
 */
export function buildReferralSms({ places, bring, notes, link, words }: ReferralSms): string {
  const extra = [bring.length ? words.bring(bring.join(', ')) : '', notes?.trim() ? words.notes(notes.trim()) : ''];
  return buildPlacesSms({ heading: words.heading, places, detail: 'full', phoneWord: words.phone, extra, link, linkLabel: words.link });
}
