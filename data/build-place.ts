// Draft → Place: the one place where rows are validated and contact fields normalised.
// A failing row is reported with its reason and skipped; fixes are reported too.
import type { Place } from '../src/shared/place';
import { classifyKind } from './classify';
import { depOfInsee, resolveCommune, type Gazetteer } from './communes';
import type { Draft } from './draft';
import { normaliseEmail } from './normalise/email';
import { parseHours } from './normalise/hours';
import { toE164 } from './normalise/phone';
import { clean, tidyName } from './normalise/text';
import { normaliseWebsite } from './normalise/website';
import type { Report } from './report';
import { distanceKm } from '../src/shared/geo';
import { checkPosition, maxCommuneDistanceKm } from './validate';

export interface BuildContext {
  gazetteer: Gazetteer;
  file: string;
  datasetDate: string;
  report: Report;
  /** The national France Services list is read in this build (classify.ts, rule 4). */
  franceServicesListed?: boolean;
}

export function buildPlace(d: Draft, ctx: BuildContext): Place | undefined {
  const { report, file } = ctx;
  const rawName = clean(d.name);
  const reject = (reason: string, detail?: string) => {
    report.rejected.push({ file, row: d.row, reason, id: d.id, ...(rawName ? { name: rawName } : {}), ...(detail ? { detail } : {}) });
    return undefined;
  };
  if (!rawName) return reject('name-missing');
  const name = tidyName(rawName);

  const pos = checkPosition(d.lat, d.lon);
  if (!pos.ok) return reject(pos.reason, pos.reason === 'position-missing' ? undefined : `${String(d.lat)},${String(d.lon)}`);
  const fix = (what: string, from?: string, to?: string) =>
    report.fixes.push({ file, row: d.row, id: d.id, fix: what, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) });
  if (pos.swapped) fix('swapped-lat-lon', `${String(d.lat)},${String(d.lon)}`, `${pos.lat},${pos.lon}`);

  const postcode = clean(d.postcode)?.replace(/\D/g, '');
  const validPostcode = postcode && postcode.length <= 5 && postcode.length >= 4 ? postcode.padStart(5, '0') : undefined;
  const communeName = clean(d.commune);
  const query = { insee: clean(d.insee), postcode: validPostcode, name: communeName, lat: pos.lat, lon: pos.lon };
  const tooFar = (c: { commune: { insee: string; lat: number; lon: number } }) =>
    distanceKm(pos.lat, pos.lon, c.commune.lat, c.commune.lon) > maxCommuneDistanceKm(depOfInsee(c.commune.insee));
  let resolved = resolveCommune(ctx.gazetteer, query);
  // A wrong INSEE code (a geocoder's homonym: "Mont-Dore" 63236 for Le Mont-Dore, 988) loses to the
  // postcode and name when those give a commune where the place is.
  if (tooFar(resolved) && query.insee) {
    const retry = resolveCommune(ctx.gazetteer, { ...query, insee: undefined });
    if (!tooFar(retry)) {
      fix('insee-code-ignored', query.insee, retry.commune.insee);
      resolved = retry;
    }
  }
  const { commune, method } = resolved;
  const dep = depOfInsee(commune.insee);
  if (tooFar(resolved)) {
    const km = distanceKm(pos.lat, pos.lon, commune.lat, commune.lon);
    return reject('position-far-from-commune', `${Math.round(km)} km from ${commune.name} (${commune.insee}, by ${method})`);
  }
  if (method === 'nearest') fix('commune-from-nearest-centroid', communeName ?? '', `${commune.name} ${commune.insee}`);

  const street = clean(d.street);
  const place: Place = {
    id: d.id,
    name,
    kind: classifyKind({ ...d.kind, name, franceServicesListed: ctx.franceServicesListed }),
    lat: round6(pos.lat),
    lon: round6(pos.lon),
    dep,
    address: {
      ...(street ? { street } : {}),
      ...(validPostcode ? { postcode: validPostcode } : {}),
      commune: commune.name,
      insee: commune.insee,
    },
    services: [...d.services].sort(),
    sources: [{ id: d.source, date: d.date ?? ctx.datasetDate }],
  };
  if (d.mobile) place.mobile = true;

  const rawPhone = clean(d.phone);
  const phone = toE164(rawPhone, dep);
  if (phone) place.phone = phone;
  else if (rawPhone) fix('phone-dropped', rawPhone);

  const rawEmail = clean(d.email);
  const email = normaliseEmail(rawEmail);
  if (email && 'email' in email) place.email = email.email;
  // The personal address itself is not copied into the report either.
  else if (email) fix(`email-dropped-${email.dropped}`, email.dropped === 'invalid' ? rawEmail : undefined);

  const rawSite = clean(d.website);
  const website = normaliseWebsite(rawSite);
  if (website) place.website = website;
  else if (rawSite) fix('website-dropped', rawSite);

  const hours = parseHours(d.hours);
  const hoursText = clean(d.hoursText);
  if (hours && 'hours' in hours) place.hours = hours.hours;
  else if (hours) {
    place.hoursText = hours.hoursText;
    report.unparsedHours.push({ file, row: d.row, id: d.id, value: hours.hoursText, error: hours.error });
  } else if (hoursText) {
    place.hoursText = hoursText;
    report.unparsedHours.push({ file, row: d.row, id: d.id, value: place.hoursText, error: 'not in OSM form' });
  }

  if (d.appointment) place.appointment = d.appointment;
  if (d.publics?.length) place.publics = [...d.publics].sort();
  if (d.support?.length) place.support = [...d.support].sort();
  if (d.fees) place.fees = d.fees;
  if (d.access?.length) place.access = [...new Set(d.access)].sort();
  if (d.labels?.length) place.labels = [...new Set(d.labels)].sort();
  return place;
}

/**
 * The drafts of one file, in order. An id already built (earlier in this file or by another file:
 * `seenIds` spans the run) is rejected as `duplicate-id`, so each id names one place.
 */
export function buildPlaces(drafts: Draft[], ctx: BuildContext, seenIds: Set<string>): Place[] {
  const places: Place[] = [];
  for (const d of drafts) {
    if (seenIds.has(d.id)) {
      ctx.report.rejected.push({ file: ctx.file, row: d.row, reason: 'duplicate-id', id: d.id, ...(d.name ? { name: d.name } : {}) });
      continue;
    }
    const place = buildPlace(d, ctx);
    if (!place) continue;
    seenIds.add(place.id);
    places.push(place);
  }
  return places;
}

/** 6 decimals ≈ 11 cm: more is noise and bytes. */
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
