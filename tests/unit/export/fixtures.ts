// Hand-written places and sources for the export tests: one of each case the mapping must handle.
import { readFileSync } from 'node:fs';
import type { Place } from '../../../src/shared/place';
import type { ExportSource } from '../../../src/export/export-places';

export const SCHEMA_FILE = new URL('../../../../shared/schema/schema.json', import.meta.url);

export interface SchemaField {
  name: string;
  type: string;
  constraints?: { required?: boolean; pattern?: string; unique?: boolean; maxLength?: number };
}
export const schemaJson = () => JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as { name: string; version: string; uri: string; fields: SchemaField[]; primaryKey: string };

/** Table Schema patterns are XML Schema regular expressions: they match the whole value. */
export const fullPattern = (pattern: string) => new RegExp(`^(?:${pattern})$`, 'u');

export const SOURCES: ExportSource[] = [
  { id: 'france-services', title: 'Liste des structures France Services', publisher: 'ANCT – France Services', licence: 'Licence Ouverte 2.0', date: '2024-08-01', url: 'https://example.org/fs.csv' },
  { id: 'cnfs', title: 'Lieux des conseillers numériques', publisher: 'ANCT – Cartographie nationale', licence: 'Licence Ouverte 2.0', date: '2022-07', url: 'https://example.org/cnfs.json' },
  { id: 'bibliotheques', title: 'Adresses des bibliothèques publiques', publisher: 'Ministère de la Culture', licence: 'Licence Ouverte 2.0', date: '2023', url: 'https://example.org/bib.csv' },
  { id: 'communes', title: 'Communes', publisher: 'IGN – Admin Express', licence: 'Licence Ouverte 2.0', date: '2018', url: 'https://example.org/communes' },
  { id: 'maine-et-loire', title: 'Lieux de Maine-et-Loire', publisher: 'Département de Maine-et-Loire', licence: 'Licence Ouverte 2.0', date: '2021', url: 'https://example.org/49.json' },
];

/** Every vocabulary at once: all services, publics, supports, access modes, programmes. */
export const FULL: Place = {
  id: 'cnfs-full',
  name: 'Espace numérique « Le Lien », Angers',
  kind: 'mediation',
  lat: 47.47,
  lon: -0.55,
  dep: '49',
  address: { street: '12 rue "du" Port, bât. B', postcode: '49000', commune: 'Angers', insee: '49007' },
  phone: '+33241000000',
  email: 'contact@lelien.fr',
  website: 'https://lelien.fr/accueil?a=1|2',
  hours: 'Mo-Fr 09:00-12:00,14:00-17:00',
  appointment: 'https://rdv.lelien.fr/',
  services: [
    'acces-materiel',
    'culture-numerique',
    'demarches',
    'insertion-pro',
    'loisirs-creations',
    'materiel-solidaire',
    'numerique-securise',
    'outils-quotidien',
    'parentalite',
    'printing',
    'wifi',
  ],
  publics: ['demandeurs-emploi', 'etudiants', 'familles', 'femmes', 'jeunes', 'seniors', 'tous'],
  support: ['deficience-visuelle', 'handicap-mental', 'handicap-moteur', 'illettrisme', 'langues-etrangeres', 'surdite'],
  fees: 'gratuit-sous-condition',
  access: ['contacter-par-mail', 'prendre-rdv', 'se-presenter', 'telephoner'],
  labels: [
    'Aidants Connect',
    'Bibliothèque numérique de référence',
    'Campus connecté',
    'Certification PIX',
    'Conseiller numérique',
    'France Services',
    'Grande École du Numérique',
    'Pass numérique',
    'Point numérique CAF',
    'Promeneurs du Net',
    "Relais pour l'emploi",
  ],
  sources: [{ id: 'cnfs', date: '2022-05-09' }],
};

/** A France Services bus: mobile, its base's address, two sources. */
export const BUS: Place = {
  id: 'fs-bus',
  name: 'France Services itinérante du Pays de Saint-Quentin',
  kind: 'france-services',
  mobile: true,
  lat: 49.85,
  lon: 3.28,
  dep: '02',
  address: { street: '2 place de l’Hôtel de Ville', postcode: '02100', commune: 'Saint-Quentin', insee: '02691' },
  phone: '+33323000000',
  hours: 'Tu 09:00-12:00; Th 14:00-17:00',
  appointment: true,
  services: ['demarches'],
  fees: 'gratuit',
  labels: ['France Services'],
  sources: [
    { id: 'france-services', date: '2024-08-01' },
    { id: 'cnfs', date: '2022-11-30' },
  ],
};

/** A library without postcode: cannot be a valid row. */
export const NO_POSTCODE: Place = {
  id: 'bib-sans-cp',
  name: 'Bibliothèque municipale',
  kind: 'mediatheque',
  lat: 41.93,
  lon: 8.7,
  dep: '2A',
  address: { street: 'Cours Napoléon', commune: 'Ajaccio', insee: '2A004' },
  services: ['wifi'],
  sources: [{ id: 'bibliotheques', date: '2023' }],
};

/** A library without street: cannot be a valid row either. */
export const NO_STREET: Place = { ...NO_POSTCODE, id: 'bib-sans-voie', address: { postcode: '20000', commune: 'Ajaccio', insee: '2A004' } };

/** Overseas: Martinique phone, Corsica-style codes elsewhere, hours only as text, a tiers-lieu. */
export const MARTINIQUE: Place = {
  id: 'antilles-42',
  name: 'Tiers-lieu Kay Nou',
  kind: 'tiers-lieu',
  lat: 14.64,
  lon: -61.07,
  dep: '972',
  address: { street: 'Rue Victor Hugo', postcode: '97200', commune: 'Fort-de-France', insee: '97209' },
  phone: '+596596123456',
  hoursText: 'le mardi matin',
  services: ['outils-quotidien'],
  support: ['langues-etrangeres'],
  fees: 'payant',
  sources: [{ id: 'cnfs', date: '2023-05' }],
};

/** A library from the Culture list merged with a Maine-et-Loire record: two sources by year. */
export const LIBRARY_TWO_SOURCES: Place = {
  id: 'bib-angers',
  name: 'Médiathèque Toussaint',
  kind: 'mediatheque',
  lat: 47.47,
  lon: -0.56,
  dep: '49',
  address: { street: '49 rue Toussaint', postcode: '49100', commune: 'Angers', insee: '49007' },
  website: 'https://bm.angers.fr/',
  services: ['printing', 'wifi'],
  fees: 'gratuit',
  sources: [
    { id: 'bibliotheques', date: '2023' },
    { id: 'maine-et-loire', date: '2021-03-15' },
  ],
};
