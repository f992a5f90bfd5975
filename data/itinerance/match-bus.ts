// Which France Services record a structured stops file belongs to. The file names no France Services
// id; its rows carry the bus's website, phone and communes. A record is the file's bus when it is a
// bus or itinerant service of the same département and at least two independent facts agree.
import type { FileBusFacts } from './stops-file';
import type { ServiceItinerary } from './france-services';

export type Evidence = 'web-domain' | 'phone' | 'communes';

export interface BusMatch {
  busId: string;
  busName: string;
  evidence: Evidence[];
  /** Share of the file's communes among the stops read from the record's comment. */
  communesShared: number;
  /** Facts that disagree, for the report (a phone one digit off…). */
  discrepancies: string[];
}

export type MatchResult = { match: BusMatch } | { unmatched: 'no-candidate' | 'no-agreement' | 'ambiguous'; candidates: string[] };

const domainOf = (s: string) => {
  const email = /@([\w.-]+)$/.exec(s)?.[1];
  const host = email ?? /^(?:https?:\/\/)?([^/]+)/i.exec(s)?.[1];
  return host?.toLowerCase().replace(/^www\./, '');
};

/** National form of a French number written "06 31 39 25 18", "+33 6…" or 33630392518 (a JSON number). */
const phoneDigits = (s: string) => {
  const d = s.replace(/\D/g, '');
  return d.startsWith('33') && d.length === 11 ? `0${d.slice(2)}` : d;
};

/** Enough of the file's communes are among the comment's stops to be the same round. */
export const MIN_COMMUNES_SHARED = 0.5;

export function matchBus(facts: FileBusFacts, itineraries: ServiceItinerary[]): MatchResult {
  const candidates = itineraries.filter((it) => it.service.mobile && facts.deps.includes(it.service.dep));
  if (candidates.length === 0) return { unmatched: 'no-candidate', candidates: [] };
  const fileDomains = new Set([...facts.websites, ...facts.emails].map(domainOf).filter(Boolean));
  const filePhones = new Set(facts.phones.map(phoneDigits));
  const scored = candidates.map((it) => {
    const s = it.service;
    const evidence: Evidence[] = [];
    const discrepancies: string[] = [];
    const domain = s.email ? domainOf(s.email) : undefined;
    if (domain && fileDomains.has(domain)) evidence.push('web-domain');
    const phone = s.phone ? phoneDigits(s.phone) : undefined;
    if (phone && filePhones.has(phone)) evidence.push('phone');
    else if (phone && filePhones.size) discrepancies.push(`phone ${phone} in the France Services list, ${[...filePhones].join(', ')} in the stops file`);
    const commentInsee = new Set(it.stops.map((st) => st.insee));
    const communesShared = facts.insee.length ? facts.insee.filter((c) => commentInsee.has(c)).length / facts.insee.length : 0;
    if (communesShared >= MIN_COMMUNES_SHARED) evidence.push('communes');
    return { match: { busId: s.id, busName: s.name, evidence, communesShared, discrepancies } };
  });
  const agreeing = scored.filter((c) => c.match.evidence.length >= 2);
  if (agreeing.length === 1) return agreeing[0]!;
  return { unmatched: agreeing.length ? 'ambiguous' : 'no-agreement', candidates: (agreeing.length ? agreeing : scored).map((c) => c.match.busId) };
}
