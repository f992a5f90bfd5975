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
  'lieux-mediation-numerique/hub-antilles-2023-05.json',
  'lieux-mediation-numerique/hinaura-2021.json',
  'maine-et-loire/lieux-mediation-numerique-maine-et-loire-2021.json',
  'bibliotheques/adresses-bibliotheques-publiques.csv',
];
const dirs: string[] = [];
let result: PipelineResult;
let manifest: Manifest;
let pack: Place[];
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
  pack = JSON.parse(readFileSync(file('france'), 'utf8')) as Place[];
  communes = readGazetteer(join(out, 'public')).communes;
});
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** README table: France Services / conseillers numériques places / libraries with coordinates. */
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

describe('the real datasets', () => {
  it('keeps every France Services row and counts kinds within bounds', () => {
    expect(pack.length).toBe(manifest.counts.total);
    expect(pack.filter((p) => p.sources.some((s) => s.id === 'france-services'))).toHaveLength(2845);
    const k = manifest.counts.byKind;
    expect(k['france-services']).toBeGreaterThanOrEqual(2845);
    expect(k['france-services']).toBeLessThanOrEqual(3000);
    expect(k.mediatheque).toBeGreaterThanOrEqual(14500);
    expect(k.mediatheque).toBeLessThanOrEqual(15538);
    expect(k.mediation).toBeGreaterThanOrEqual(2000);
    expect(k.mediation).toBeLessThanOrEqual(3600);
    expect(k['tiers-lieu']).toBeGreaterThanOrEqual(20);
    expect(Object.values(k).reduce((a, b) => a + b, 0)).toBe(manifest.counts.total);
  });

  it.each(Object.entries(README))('département %s within the README bounds', (dep, [fs, cnfs, bib]) => {
    const here = pack.filter((p) => p.dep === dep);
    const fromFs = here.filter((p) => p.sources.some((s) => s.id === 'france-services')).length;
    // Every France Services row of the département is there (one may sit in a neighbouring commune).
    expect(fromFs).toBeGreaterThanOrEqual(fs - 3);
    expect(fromFs).toBeLessThanOrEqual(fs);
    const counts = manifest.counts.byDepartement[dep]!;
    expect(counts['france-services']).toBeGreaterThanOrEqual(fs - 3);
    expect(counts['france-services']).toBeLessThanOrEqual(fs + cnfs);
    // Libraries: some merge into a mediation or France Services record, a few have no usable row.
    expect(counts.mediatheque).toBeGreaterThanOrEqual(Math.floor(bib * 0.85));
    expect(counts.mediatheque).toBeLessThanOrEqual(bib + cnfs + 20);
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

  it('keeps every tiers-lieu of the raw files (typologie TIERS_LIEUX/FABLAB or the name), counted here independently', () => {
    const named = /tiers[\s-]*lieux?|fab[\s-]*lab/i;
    const rawIds: string[] = [];
    const json = (f: string) => JSON.parse(readFileSync(join(dataDir, f), 'utf8')) as Record<string, string>[];
    const csv = (f: string) => Papa.parse<Record<string, string>>(readFileSync(join(dataDir, f), 'utf8'), { header: true, skipEmptyLines: true }).data;
    for (const [file, prefix] of [['lieux-mediation-numerique/cnfs-2022-07.json', 'cnfs'], ['lieux-mediation-numerique/hub-antilles-2023-05.json', 'antilles'], ['lieux-mediation-numerique/hinaura-2021.json', 'hinaura']] as const) {
      for (const r of json(file)) if (/TIERS_LIEUX|FABLAB/i.test(r.typologie ?? '') || named.test(r.nom ?? '')) rawIds.push(slugId(prefix, r.id)!);
    }
    for (const r of json('maine-et-loire/lieux-mediation-numerique-maine-et-loire-2021.json')) {
      if (named.test(r.Nom ?? '') || named.test(r['Catégorie'] ?? '')) rawIds.push(slugId('ml49', r.ID)!);
    }
    for (const r of csv('bibliotheques/adresses-bibliotheques-publiques.csv')) if (named.test(r.nom_de_l_etablissement ?? '')) rawIds.push(slugId('bib', r.Code_bib)!);
    expect(rawIds.length).toBeGreaterThanOrEqual(35);

    // Each raw row is published, on its own or merged into another record…
    const byId = new Map(pack.map((p) => [p.id, p]));
    const kept = rawIds.map((id) => byId.get(id) ?? byId.get(result.report.aliases[id] ?? ''));
    expect(rawIds.filter((_, i) => !kept[i])).toEqual([]);
    // …as a tiers-lieu: never absorbed by a France Services record, so the tiers-lieu filter finds it.
    expect(kept.filter((p) => p!.kind !== 'tiers-lieu').map((p) => p!.id)).toEqual([]);
    // The tiers-lieux of the index are exactly those places.
    const tiersLieux = new Set(kept.filter((p) => p!.kind === 'tiers-lieu').map((p) => p!.id));
    expect(manifest.counts.byKind['tiers-lieu']).toBe(tiersLieux.size);
    expect(pack.filter((p) => p.kind === 'tiers-lieu').map((p) => p.id).sort()).toEqual([...tiersLieux].sort());
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
  });

  it('the manifest describes the files, and the France pack is ≤ 3 MB gzip', () => {
    const out = join(dirs[0]!, 'public');
    for (const f of manifest.files) {
      const bytes = readFileSync(join(out, f.path));
      expect(bytes.length).toBe(f.bytes);
      expect(gzipSync(bytes, { level: 9 }).length).toBe(f.gzipBytes);
      expect(f.path).toMatch(new RegExp(`\\.${f.sha256.slice(0, 10)}\\.json$`));
      // A list of records, or the gazetteer's directory (which counts the communes).
      const parsed = JSON.parse(gunzipSync(gzipSync(bytes)).toString()) as unknown[] | { count: number };
      expect(Array.isArray(parsed) ? parsed.length : parsed.count).toBe(f.count);
    }
    const france = manifest.files.find((f) => f.type === 'france')!;
    expect(france.gzipBytes).toBeLessThanOrEqual(3 * 1024 * 1024);
    const deps = manifest.files.filter((f) => f.type === 'departement');
    expect(deps.reduce((s, f) => s + f.count, 0)).toBe(manifest.counts.total);
    expect(deps.every((f) => f.dep && f.bbox && f.bbox[0] <= f.bbox[2] && f.bbox[1] <= f.bbox[3])).toBe(true);
    expect(manifest.generatedAt).toBe('2024-08-01');
    expect(manifest.sources.map((s) => s.id)).toContain('communes');
    for (const s of manifest.sources) {
      expect(s.url).toMatch(/^https:\/\//);
      expect(s.correctionUrl).toMatch(/^https:\/\//);
      if (s.id !== 'communes') expect(s.rowsKept + s.rowsRejected + s.rowsMerged).toBe(s.rowsRead);
    }
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
