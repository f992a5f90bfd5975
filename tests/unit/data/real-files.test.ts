// The whole pipeline on the real datasets (../shared/data), twice, into temporary folders.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slugId } from '../../../data/draft';
import { isPersonalEmail } from '../../../data/normalise/email';
import { E164 } from '../../../data/normalise/phone';
import { DEFAULT_DATA_DIR } from '../../../data/paths';
import { runPipeline, type PipelineResult } from '../../../data/pipeline';
import { readGazetteer } from '../../../scripts/read-gazetteer';
import type { Commune, Manifest, Place } from '../../../src/shared/place';

const dataDir = process.env.REPERE_DATA_DIR ?? DEFAULT_DATA_DIR;
/** Every raw file that can carry an e-mail address. */
const RAW_FILES = [
  'france-services/liste-fs-20240801.csv',
  'lieux-mediation-numerique/cnfs-2022-07.json',
  'lieux-mediation-numerique/cnfs-2022-12.json',
  'lieux-mediation-numerique/hub-antilles-2023-05.json',
  'lieux-mediation-numerique/hinaura-2021.json',
  'lieux-mediation-numerique/data-inclusion-2023-02.json',
  'lieux-mediation-numerique/hub-du-sud-2023-05.json',
  'lieux-mediation-numerique/numi-normandie-2023-04.json',
  'lieux-mediation-numerique/charente-2023-07.json',
  'lieux-mediation-numerique/hub-lo-centre-val-de-loire-2023-02.json',
  'lieux-mediation-numerique/gironde-2024-03.json',
  'lieux-mediation-numerique/nouvelle-caledonie-2024-03.json',
  'lieux-mediation-numerique/le-havre-2024-07.json',
  'lieux-mediation-numerique/aix-en-provence-2024-01.json',
  'maine-et-loire/lieux-mediation-numerique-maine-et-loire-2021.json',
  'bibliotheques/adresses-bibliotheques-publiques.csv',
  'tiers-lieux/cget-tiers-lieux-2019.csv',
];
type Raw = Record<string, unknown>;
const json = (f: string) => JSON.parse(readFileSync(join(dataDir, f), 'utf8')) as Raw[];
const csv = (f: string) => Papa.parse<Record<string, string>>(readFileSync(join(dataDir, f), 'utf8'), { header: true, skipEmptyLines: true }).data;
const hasPosition = (lat: unknown, lon: unknown) => Number.isFinite(Number(lat)) && Number.isFinite(Number(lon)) && String(lat ?? '').trim() !== '' && Number(lat) !== 0;
/** Département of a postcode, as the README counts them (971…976 on three digits). */
const depOfPostcode = (cp: unknown) => {
  const s = String(cp ?? '').replace(/\D/g, '').padStart(5, '0');
  return /^9[78]/.test(s) ? s.slice(0, 3) : s.slice(0, 2);
};
const dirs: string[] = [];
let result: PipelineResult;
let manifest: Manifest;
let pack: Place[];
/** The stops of buses, beside the places in the same files (Place.stop). */
let stops: Place[];
let communes: Commune[];

const listFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();

beforeAll(() => {
  const out = mkdtempSync(join(tmpdir(), 'repere-real-'));
  dirs.push(out);
  result = runPipeline({ dataDir, cacheDir: join(out, 'no-cache'), outDir: join(out, 'public'), reportFile: join(out, 'report.json') });
  manifest = JSON.parse(readFileSync(join(out, 'public/manifest.json'), 'utf8')) as Manifest;
  const file = (type: string) => join(out, 'public', manifest.files.find((f) => f.type === type)!.path);
  const records = JSON.parse(readFileSync(file('france'), 'utf8')) as Place[];
  pack = records.filter((p) => !p.stop);
  stops = records.filter((p) => p.stop);
  communes = readGazetteer(join(out, 'public')).communes;
});
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** README table: France Services / conseillers numériques places (July 2022) / libraries with coordinates. */
const README: Record<string, [number, number, number]> = {
  '971': [31, 10, 37],
  '972': [20, 11, 30],
  '02': [35, 25, 128],
  '44': [33, 46, 238],
  '49': [28, 31, 277],
  '53': [18, 10, 132],
  '72': [26, 15, 133],
  '85': [23, 40, 237],
  '77': [34, 22, 231],
};

/** Counted here from the raw files, independently of the pipeline. */
const raw = (() => {
  const cnfsDec = json('lieux-mediation-numerique/cnfs-2022-12.json').filter((r) => hasPosition(r.latitude, r.longitude));
  const cnfsByDep = new Map<string, number>();
  for (const r of cnfsDec) cnfsByDep.set(depOfPostcode(r.code_postal), (cnfsByDep.get(depOfPostcode(r.code_postal)) ?? 0) + 1);
  const census = csv('tiers-lieux/cget-tiers-lieux-2019.csv').filter((r) => hasPosition(r.LAT, r.LONG));
  const dropped = /lieu uniquement administratif|réserve de documents|bibliothèque départementale/i;
  const libraries = csv('bibliotheques/adresses-bibliotheques-publiques.csv').filter((r) => hasPosition(r.Latitude, r.Longitude) && !dropped.test(r.type_adresse ?? ''));
  // Distinct mediation places the files can give at most: every row with a position, the same
  // conseiller numérique / Hinaura id counted once, SIAO rows left out.
  const mediationIds = new Set<string>();
  const files = ['cnfs-2022-12', 'cnfs-2022-07', 'hub-antilles-2023-05', 'hinaura-2021', 'data-inclusion-2023-02', 'hub-du-sud-2023-05', 'numi-normandie-2023-04', 'charente-2023-07', 'nouvelle-caledonie-2024-03', 'le-havre-2024-07', 'aix-en-provence-2024-01'];
  for (const f of files) {
    for (const r of json(`lieux-mediation-numerique/${f}.json`)) {
      if (!hasPosition(r.latitude, r.longitude) || r.source === 'siao') continue;
      const shared = f.startsWith('cnfs') || r.source === 'conseiller-numerique' ? 'cnfs' : f === 'hinaura-2021' || r.source === 'Hinaura' ? 'hinaura' : f;
      mediationIds.add(`${shared}:${String(r.id)}`);
    }
  }
  const hubLo = json('lieux-mediation-numerique/hub-lo-centre-val-de-loire-2023-02.json').filter((r) => hasPosition(r.c_lat_coor1, r.c_long_coor1));
  const gironde = json('lieux-mediation-numerique/gironde-2024-03.json').filter((r) => hasPosition(r['Coord. X'], r['Coord. Y']));
  const maineEtLoire = json('maine-et-loire/lieux-mediation-numerique-maine-et-loire-2021.json');
  return {
    cnfsByDep,
    census,
    libraries: libraries.length,
    mediationMax: mediationIds.size + hubLo.length + gironde.length + maineEtLoire.length,
  };
})();

describe('the real datasets', () => {
  it('keeps every France Services row and counts kinds within bounds counted from the raw files', () => {
    expect(pack.length).toBe(manifest.counts.total);
    expect(pack.filter((p) => p.sources.some((s) => s.id === 'france-services'))).toHaveLength(2845);
    const k = manifest.counts.byKind;
    // Only the national list makes a France Services (classify.ts, rule 4): exactly its rows.
    expect(k['france-services']).toBe(2845);
    // Open libraries with a position, less those merged into a France Services or a mediation place.
    expect(raw.libraries).toBe(15331);
    expect(k.mediatheque).toBeGreaterThanOrEqual(Math.floor(raw.libraries * 0.93));
    expect(k.mediatheque).toBeLessThanOrEqual(raw.libraries + 600);
    // Done-when of issue 8: ≥ 5,000 lieux de médiation, ≥ 1,300 tiers-lieux.
    expect(k.mediation).toBeGreaterThanOrEqual(5000);
    expect(k.mediation).toBeLessThanOrEqual(raw.mediationMax);
    expect(raw.census.length).toBe(1512);
    expect(k['tiers-lieu']).toBeGreaterThanOrEqual(1300);
    expect(k['tiers-lieu']).toBeLessThanOrEqual(raw.census.length + 400);
    expect(Object.values(k).reduce((a, b) => a + b, 0)).toBe(manifest.counts.total);
  });

  it.each(Object.entries(README))('département %s has France Services, mediation and libraries, within bounds', (dep, [fs, , bib]) => {
    const here = pack.filter((p) => p.dep === dep);
    const fromFs = here.filter((p) => p.sources.some((s) => s.id === 'france-services')).length;
    // Every France Services row of the département is there (one may sit in a neighbouring commune).
    expect(fromFs).toBeGreaterThanOrEqual(fs - 3);
    expect(fromFs).toBeLessThanOrEqual(fs);
    const counts = manifest.counts.byDepartement[dep]!;
    expect(counts['france-services']).toBe(fromFs);
    // Libraries: some merge into a mediation or France Services record, a few have no usable row.
    expect(counts.mediatheque).toBeGreaterThanOrEqual(Math.floor(bib * 0.85));
    expect(counts.mediatheque).toBeLessThanOrEqual(bib + 40);
    expect(counts.mediation).toBeGreaterThan(0);
    // Conseiller numérique places of the December export, counted by postcode in the raw file.
    const cnfs = raw.cnfsByDep.get(dep) ?? 0;
    const withCnfs = here.filter((p) => p.sources.some((s) => s.id === 'cnfs')).length;
    expect(withCnfs).toBeGreaterThanOrEqual(Math.floor(cnfs * 0.8));
    expect(withCnfs).toBeLessThanOrEqual(cnfs + 2);
  });

  it('Martinique has the Hub Antilles places', () => {
    expect(manifest.counts.byDepartement['972']!.mediation).toBeGreaterThanOrEqual(90);
    expect(pack.filter((p) => p.dep === '972' && p.sources.some((s) => s.id === 'hub-antilles')).length).toBeGreaterThanOrEqual(130);
  });

  it('every place has a commune and INSEE code, valid contacts and hours', () => {
    const inseeOf = new Map(communes.map((c) => [c.insee, c]));
    for (const p of pack) {
      expect(p.address.commune, p.id).toBeTruthy();
      expect(inseeOf.get(p.address.insee!)?.dep, p.id).toBe(p.dep);
      if (p.phone) expect(p.phone, p.id).toMatch(E164);
      if (p.website) expect(p.website, p.id).toMatch(/^https?:\/\//);
      if (p.email) expect(p.email, p.id).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/);
      expect(p.id).toMatch(/^[a-z0-9-]+$/);
      expect(p.hours && p.hoursText, p.id).toBeFalsy();
    }
    expect(new Set(pack.map((p) => p.id)).size).toBe(pack.length);
  });

  it('publishes no personal e-mail of an adviser', () => {
    expect(pack.some((p) => p.email?.endsWith('@conseiller-numerique.fr') && /^[a-z-]+\.[a-z-]+@/.test(p.email))).toBe(false);
    expect(result.report.fixes.some((f) => f.fix === 'email-dropped-personal')).toBe(true);
    // The documented rule (docs/data.md) holds for every record, merged ones included.
    expect(pack.filter((p) => p.email && isPersonalEmail(p.email)).map((p) => p.email)).toEqual([]);
    // Independently: "prenom.nom@conseiller-numerique.fr" addresses read straight from the raw files
    // (16 distinct in these files) are not published, not one.
    const raw = RAW_FILES.flatMap((f) => readFileSync(join(dataDir, f), 'utf8').toLowerCase().match(/[a-z0-9._%+-]+@conseiller-numerique\.fr/g) ?? []);
    const personal = new Set(raw.filter((e) => /^[a-z]+(-[a-z]+)*\.[a-z]+(-[a-z]+)*@/.test(e)));
    expect(personal.size).toBeGreaterThanOrEqual(15);
    expect(pack.filter((p) => p.email && personal.has(p.email)).map((p) => p.email)).toEqual([]);
  });

  it('links from the data are only http(s), and contacts only what tel: and mailto: can carry', () => {
    for (const p of pack) {
      if (p.website) expect(['http:', 'https:'], p.id).toContain(new URL(p.website).protocol);
      if (typeof p.appointment === 'string') expect(['http:', 'https:'], p.id).toContain(new URL(p.appointment).protocol);
      else if (p.appointment !== undefined) expect(p.appointment, p.id).toBe(true);
      if (p.phone) expect(p.phone, p.id).toMatch(/^\+\d+$/);
      if (p.email) expect(p.email, p.id).not.toMatch(/[\s:/?#<>"]/);
    }
    // No record carries a script or data URL anywhere, even in free text.
    expect(JSON.stringify(pack)).not.toMatch(/javascript:|data:text|vbscript:/i);
  });

  it('keeps every tiers-lieu of the census as a tiers-lieu of its own, with its fablab / coworking label', () => {
    const byId = new Map(pack.map((p) => [p.id, p]));
    const records = raw.census.map((r) => {
      const id = slugId('tl', r.ID)!;
      return { r, place: byId.get(id) ?? byId.get(result.report.aliases[id] ?? '') };
    });
    expect(records.filter((x) => !x.place).map((x) => x.r.ID)).toEqual([]);
    // Never absorbed by a France Services or a library, so the tiers-lieu filter finds each one…
    expect(records.filter((x) => x.place!.kind !== 'tiers-lieu').map((x) => x.place!.id)).toEqual([]);
    // …and two census rows are never one record.
    expect(new Set(records.map((x) => x.place!.id)).size).toBe(raw.census.length);
    for (const { r, place } of records) {
      if (/fablab/i.test(r.TYPO ?? '')) expect(place!.labels, r.ID).toContain('Fablab');
      if (/coworking/i.test(r.TYPO ?? '')) expect(place!.labels, r.ID).toContain('Coworking');
    }
    // The census's name is never written to the pack under CONTACT (a person's name): not read at all.
    const contacts = raw.census.map((r) => r.CONTACT?.trim()).filter((c): c is string => Boolean(c && /\S+\s+\S+/.test(c)));
    expect(contacts.length).toBeGreaterThan(30);
    const names = new Set(raw.census.flatMap((r) => [r.NOM_TL, r.ADRESSE]));
    const text = JSON.stringify(pack);
    expect(contacts.filter((c) => !names.has(c) && text.includes(c))).toEqual([]);
  });

  it('the December export supersedes July for the same ids: one record each, the newer date, counted apart from rejections', () => {
    const july = json('lieux-mediation-numerique/cnfs-2022-07.json');
    const dec = new Map(json('lieux-mediation-numerique/cnfs-2022-12.json').map((r) => [String(r.id), r]));
    const both = july.filter((r) => dec.has(String(r.id)) && hasPosition(dec.get(String(r.id))!.latitude, dec.get(String(r.id))!.longitude));
    const fromJuly = result.report.superseded.filter((s) => s.file.endsWith('cnfs-2022-07.json'));
    expect(fromJuly.length).toBeGreaterThanOrEqual(both.length - 20);
    expect(fromJuly.length).toBeLessThanOrEqual(both.length);
    expect(result.report.rejected.filter((r) => r.reason === 'duplicate-id' && /cnfs/.test(r.file))).toEqual([]);
    const july2 = manifest.sources.find((s) => s.id === 'cnfs-2022-07')!;
    expect(july2.rowsSuperseded).toBe(fromJuly.length);
    // A row updated in December carries the December date.
    const ids = new Set(pack.map((p) => p.id));
    const aliasOrSelf = (id: string) => (ids.has(id) ? id : result.report.aliases[id]);
    const updated = both.find((r) => String(dec.get(String(r.id))!.date_maj) > String(r.date_maj))!;
    const place = pack.find((p) => p.id === aliasOrSelf(slugId('cnfs', updated.id)!))!;
    expect(place.sources.find((s) => s.id === 'cnfs')!.date).toBe(dec.get(String(updated.id))!.date_maj);
    expect(place.sources.some((s) => s.id === 'cnfs-2022-07')).toBe(false);
    // Every July id still leads to a place (itself, or the record it was merged into), unless its row was refused.
    const rejected = new Set(result.report.rejected.map((r) => r.id));
    expect(july.map((r) => slugId('cnfs', r.id)!).filter((id) => !aliasOrSelf(id) && !rejected.has(id))).toEqual([]);
    const aliased = new Set(pack.flatMap((p) => p.aliases ?? []));
    for (const [alias] of Object.entries(result.report.aliases)) expect(aliased.has(alias), alias).toBe(true);
  });

  it('leaves out the SIAO rows of data·inclusion with their own reason, and repeats no conseiller numérique row', () => {
    const di = json('lieux-mediation-numerique/data-inclusion-2023-02.json');
    const siao = di.filter((r) => r.source === 'siao').length;
    expect(siao).toBe(319);
    expect(result.report.rejected.filter((r) => r.reason === 'social-emergency-service')).toHaveLength(siao);
    expect(pack.some((p) => p.id.startsWith('di-siao'))).toBe(false);
    const cn = di.filter((r) => r.source === 'conseiller-numerique').length;
    const superseded = result.report.superseded.filter((s) => s.file.endsWith('data-inclusion-2023-02.json')).length;
    expect(superseded).toBeGreaterThanOrEqual(cn - 10);
  });

  it('never reads the fields that name people, and unknown dates are never dates', () => {
    const text = JSON.stringify(pack);
    const mails = (t: string) => t.toLowerCase().match(/[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/g) ?? [];
    const dec = json('lieux-mediation-numerique/cnfs-2022-12.json');
    const hubLo = json('lieux-mediation-numerique/hub-lo-centre-val-de-loire-2023-02.json');
    // Addresses some file gives as the place's own (a shared mailbox an adviser also uses) are not the point here.
    const placeMails = new Set([
      ...dec.flatMap((r) => mails(String(r.courriel ?? ''))),
      ...hubLo.flatMap((r) => mails(String(r.c_courriel ?? ''))),
      ...RAW_FILES.filter((f) => !/hub-lo|cnfs-2022-12/.test(f)).flatMap((f) => mails(readFileSync(join(dataDir, f), 'utf8'))),
    ]);
    const aidants = dec.flatMap((r) => (r.aidants as { courriel?: string }[] | undefined) ?? []);
    expect(aidants.length).toBeGreaterThan(1000);
    const aidantMails = new Set(aidants.flatMap((a) => mails(a.courriel ?? '')).filter((m) => !placeMails.has(m)));
    expect(aidantMails.size).toBeGreaterThan(1000);
    expect(pack.filter((p) => p.email && aidantMails.has(p.email)).map((p) => p.email)).toEqual([]);
    const contactMails = hubLo.flatMap((r) => mails(String(r.c_contacts ?? ''))).filter((m) => !placeMails.has(m));
    expect(contactMails.length).toBeGreaterThan(20);
    expect(contactMails.filter((m) => text.includes(`"${m}"`))).toEqual([]);
    expect(text).not.toMatch(/"date":"19(69-12-31|70-01-01)"/);
    // Hub du Sud rows with the 1969/1970 placeholder carry the dataset's date instead.
    const placeholder = json('lieux-mediation-numerique/hub-du-sud-2023-05.json').filter((r) => /^19(69|70)/.test(String(r.date_maj)));
    expect(placeholder.length).toBe(99);
    const sud = pack.flatMap((p) => p.sources).filter((s) => s.id === 'hub-du-sud');
    expect(sud.some((s) => s.date === '2023-05-17')).toBe(true);
    expect(manifest.dateRange!.from >= '2016').toBe(true);
    expect(manifest.dateRange!.to >= '2024-08-01' && manifest.dateRange!.to <= '2024-12-31').toBe(true);
  });

  it('shows real merges: a France Services hosting a conseiller numérique, a Maine-et-Loire France Services', () => {
    const valserhone = pack.find((p) => p.id === 'fs-1')!;
    expect(valserhone.sources.map((s) => s.id)).toEqual(['cnfs', 'france-services']);
    expect(valserhone.labels).toContain('Conseiller numérique');
    expect(result.report.aliases['cnfs-627b9f5bad1bdb06edc49775']).toBe('fs-1');
    const allonnes = result.report.merges.find((m) => m.from.includes('ml49-lmn266'))!;
    expect(allonnes.into).toMatch(/^fs-/);
    expect(pack.find((p) => p.id === allonnes.into)!.name).toBe("France services d'Allonnes");
    expect(pack.some((p) => p.id === 'ml49-lmn266')).toBe(false);
  });

  it('every current commune, overseas included, has a position', () => {
    expect(communes.length).toBeGreaterThan(34900);
    for (const c of communes) {
      expect(Number.isFinite(c.lat) && Number.isFinite(c.lon), c.insee).toBe(true);
    }
    for (const dep of ['971', '972', '973', '974', '976', '975', '987', '988']) expect(communes.some((c) => c.dep === dep)).toBe(true);
    // The 2025 centres place the Pacific communes where they are, no longer all at the capital.
    const caledonia = communes.filter((c) => c.dep === '988');
    expect(new Set(caledonia.map((c) => `${c.lat},${c.lon}`)).size).toBe(caledonia.length);
  });

  it('the manifest describes the files, and the France pack is ≤ 3 MB gzip', () => {
    const out = join(dirs[0]!, 'public');
    for (const f of manifest.files) {
      const bytes = readFileSync(join(out, f.path));
      expect(bytes.length).toBe(f.bytes);
      expect(gzipSync(bytes, { level: 9 }).length).toBe(f.gzipBytes);
      expect(f.path).toMatch(new RegExp(`\\.${f.sha256.slice(0, 10)}\\.json$`));
      // A list of records (places and stops), or the gazetteer's directory (which counts the communes).
      const parsed = JSON.parse(gunzipSync(gzipSync(bytes)).toString()) as Place[] | { count: number };
      if (Array.isArray(parsed)) {
        expect(parsed.length).toBe(f.count);
        expect(parsed.filter((p) => p.stop).length).toBe(f.stops ?? 0);
      } else expect(parsed.count).toBe(f.count);
    }
    const france = manifest.files.find((f) => f.type === 'france')!;
    expect(france.gzipBytes).toBeLessThanOrEqual(3 * 1024 * 1024);
    const deps = manifest.files.filter((f) => f.type === 'departement');
    expect(deps.reduce((s, f) => s + f.count, 0)).toBe(manifest.counts.total + manifest.counts.stops!);
    expect(manifest.counts.stops).toBe(stops.length);
    expect(deps.every((f) => f.dep && f.bbox && f.bbox[0] <= f.bbox[2] && f.bbox[1] <= f.bbox[3])).toBe(true);
    expect(manifest.generatedAt).toBe('2024-08-01');
    expect(manifest.sources.map((s) => s.id)).toContain('communes');
    for (const s of manifest.sources) {
      expect(s.url).toMatch(/^https:\/\//);
      expect(s.correctionUrl).toMatch(/^https:\/\//);
      if (!s.id.startsWith('communes')) expect(s.rowsKept + s.rowsRejected + s.rowsMerged + (s.rowsSuperseded ?? 0), s.id).toBe(s.rowsRead);
    }
  });

  it('the stops of buses and itinerant services: each findable at its commune, linked to its bus, counted', () => {
    const r = result.report.stops!;
    // The comments of the France Services list (docs/itinerance.md) and the Charente bus file.
    expect(r).toMatchObject({ buses: 163, stops: 247, servicesWithStops: 68, busesWithStops: 23, stopRecords: 209, baseStops: 38, unpublished: [] });
    expect(r.leftAsText).toEqual({ 'no-commune': 48, 'week-of-month': 24, 'unread-schedule': 6, alternative: 4, frequency: 3, negation: 3 });
    expect(Object.keys(r.stopsByDep)).toHaveLength(47);
    expect(r.files).toMatchObject([{ id: 'bus-france-services-charente', rowsRead: 12, rowsKept: 12, bus: { id: 'fs-2023' } }]);
    expect(stops).toHaveLength(209);
    const byId = new Map([...pack, ...stops].map((p) => [p.id, p]));
    const inseeOf = new Map(communes.map((c) => [c.insee, c]));
    for (const stop of stops) {
      const bus = byId.get(stop.stop!.busId)!;
      expect(bus.stops!.some((s) => s.id === stop.id), stop.id).toBe(true);
      expect(stop.id.startsWith(`${bus.id}-`) && /^[a-z0-9-]+$/.test(stop.id), stop.id).toBe(true);
      expect(inseeOf.get(stop.address.insee!)?.dep, stop.id).toBe(stop.dep);
      expect([stop.kind, stop.mobile, stop.name]).toEqual([bus.kind, bus.mobile, bus.name]);
    }
    // Every stop a bus lists is a record of its own, or the bus's own commune.
    for (const bus of pack.filter((p) => p.stops)) for (const s of bus.stops!) expect(s.base ? s.insee === bus.address.insee : byId.get(s.id!)?.stop?.busId === bus.id).toBe(true);
    const machault = byId.get('fs-47-08264')!;
    expect(machault).toMatchObject({ name: 'Bus France services de Vouziers', dep: '08', address: { commune: 'Machault' }, hours: 'Tu 09:00-12:00,13:00-16:30' });
    const machaultCentre = inseeOf.get('08264')!;
    // At the commune's centre: the gazetteer keeps positions on a grid of 1/250 degree (docs/data.md), ±0.002°.
    expect(Math.abs(machault.lat - machaultCentre.lat)).toBeLessThanOrEqual(1 / 500);
    expect(Math.abs(machault.lon - machaultCentre.lon)).toBeLessThanOrEqual(1 / 500);
    // The Valence row of the file was geocoded 485 km away: its stop stands at Valence's centre.
    expect(byId.get('fs-2023-16392')!.stop!.position).toBe('commune');
  });

  it('is deterministic: a second run gives byte-identical files', () => {
    const out2 = mkdtempSync(join(tmpdir(), 'repere-real-'));
    dirs.push(out2);
    runPipeline({ dataDir, cacheDir: join(out2, 'no-cache'), outDir: join(out2, 'public') });
    const a = join(dirs[0]!, 'public');
    const b = join(out2, 'public');
    expect(listFiles(b)).toEqual(listFiles(a));
    for (const f of listFiles(a)) expect(readFileSync(join(b, f)).equals(readFileSync(join(a, f))), f).toBe(true);
    expect(existsSync(join(b, 'manifest.json')) && statSync(join(b, 'manifest.json')).size > 0).toBe(true);
  });
});
