// A list of places → the rows of the national schema, the places refused with their reasons, and
// the metadata that must travel with the file (licence, sources and their dates, schema).
// Pure: the whole index (data/export/cli.ts) and a result list (ExportActions) go through it.
import type { Place, SourceInfo } from '../shared/place';
import { LICENCE, SCHEMA, type SchemaRow } from './national-schema';
import { toSchemaRow, type Note, type Refusal } from './to-schema-row';

export type ExportSource = Pick<SourceInfo, 'id' | 'title' | 'publisher' | 'licence' | 'date' | 'url'>;

export interface RefusedPlace {
  id: string;
  nom: string;
  reasons: Refusal[];
}

export interface ExportMetadata {
  schema: { name: string; title: string; version: string; url: string };
  licence: { name: string; id: string; url: string };
  /** The sentence a reuser copies to credit the data. */
  attribution: string;
  producer: 'Repère';
  /** Day of the export (YYYY-MM-DD). */
  generated: string;
  /** Date of the index the places come from (manifest.generatedAt). */
  dataDate?: string;
  /** Every dataset the rows come from, with its publisher, date and licence. */
  sources: ExportSource[];
  /** How the fields the records cannot fill were written. */
  conventions: Record<string, string>;
  count: number;
  refused: RefusedPlace[];
}

export interface ExportResult {
  rows: SchemaRow[];
  refused: RefusedPlace[];
  /** Rows written with something left out, by note: the ids concerned. */
  notes: Partial<Record<Note, string[]>>;
  metadata: ExportMetadata;
}

export interface ExportInput {
  places: Place[];
  /** manifest.sources */
  sources: ExportSource[];
  generated: string;
  dataDate?: string;
}

/** The gazetteer (data/sources.ts `communes`) names the commune and INSEE code of every row. */
const GAZETTEER_SOURCE_ID = 'communes';

export const CONVENTIONS: Record<string, string> = {
  pivot: "« 00000000000000 » quand le SIRET du lieu n'est pas connu, comme l'écrivent les outils de la cartographie nationale.",
  date_maj:
    "date de la source la plus récente du lieu ; une source datée seulement d'un mois ou d'une année compte pour le premier jour de cette période.",
  source: 'éditeur de chaque jeu de données dont provient le lieu, séparés par « | ».',
  itinerance: "« Itinérant » pour un bus ou un service itinérant (l'adresse est celle de sa base), sinon « Fixe ».",
  typologie: 'RFS pour France Services, BIB pour une bibliothèque ou médiathèque, TIERS_LIEUX pour un tiers-lieu ; vide pour les autres lieux de médiation.',
};

export function exportPlaces({ places, sources, generated, dataDate }: ExportInput): ExportResult {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const publisherOf = (id: string) => byId.get(id)?.publisher;
  const rows: SchemaRow[] = [];
  const refused: RefusedPlace[] = [];
  const notes: Partial<Record<Note, string[]>> = {};
  const seen = new Set<string>();
  const used = new Set<string>([GAZETTEER_SOURCE_ID]);
  // A bus's stop (Place.stop) is not a place of the schema: its bus is one, with its `itinerance`.
  for (const place of places.filter((p) => !p.stop)) {
    // The schema's primary key: a second row with the same id would make the whole file invalid.
    const result = seen.has(place.id) ? ({ ok: false, reasons: ['id-duplicate'] } as const) : toSchemaRow(place, publisherOf);
    if (!result.ok) {
      refused.push({ id: place.id, nom: place.name ?? '', reasons: [...result.reasons] });
      continue;
    }
    seen.add(place.id);
    rows.push(result.row);
    for (const note of result.notes) (notes[note] ??= []).push(place.id);
    for (const s of place.sources) used.add(s.id);
  }
  const usedSources = sources.filter((s) => used.has(s.id)).map(({ id, title, publisher, licence, date, url }) => ({ id, title, publisher, licence, date, url }));
  return {
    rows,
    refused,
    notes,
    metadata: {
      schema: { name: SCHEMA.name, title: SCHEMA.title, version: SCHEMA.version, url: SCHEMA.url },
      licence: { ...LICENCE },
      attribution: attribution(usedSources),
      producer: 'Repère',
      generated,
      ...(dataDate ? { dataDate } : {}),
      sources: usedSources,
      conventions: CONVENTIONS,
      count: rows.length,
      refused,
    },
  };
}

/** « Données : <éditeur> – <titre> (<date>) ; … — mises au format national par Repère, Licence Ouverte 2.0. » */
export function attribution(sources: ExportSource[]): string {
  const list = sources.map((s) => `${s.publisher} – ${s.title} (${s.date})`).join(' ; ');
  return `Données : ${list}. Mises au format national « ${SCHEMA.title} » ${SCHEMA.version} par Repère. ${LICENCE.name}.`;
}

/** The JSON file: the metadata first, then one row per line (readable, and diffs stay small). */
export function toJson(result: ExportResult): string {
  const rows = result.rows.map((r) => '  ' + JSON.stringify(r)).join(',\n');
  const metadata = JSON.stringify(result.metadata, null, 2).replace(/\n/g, '\n  ');
  return `{\n  "metadata": ${metadata},\n  "data": [\n${rows}\n  ]\n}\n`;
}

/** The local calendar day (what the person exporting calls "today"), YYYY-MM-DD. */
export const isoDay = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** `repere-lieux-2026-12-01.csv`, and `…-LISEZMOI.txt` to keep beside it. */
export const exportFileName = (generated: string, ext: 'csv' | 'json') => `repere-lieux-${generated}.${ext}`;
export const readmeFileName = (dataFile: string) => `${dataFile.replace(/\.(csv|json)$/, '')}-LISEZMOI.txt`;
