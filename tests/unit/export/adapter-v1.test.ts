// The pipeline's schema adapter reads schema v1 files: the schema's own valid example (`|` lists,
// `courriels`, `itinerance`), i.e. what the export writes and what the live national feed serves.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMediationSchema } from '../../../data/adapters/mediation-schema';
import { DATASETS } from '../../../data/sources';

const EXAMPLE = new URL('../../../../shared/schema/exemple-valide.csv', import.meta.url);
const dataset = DATASETS.find((d) => d.id === 'cnfs')!;

describe('mediation schema adapter, schema v1 CSV', () => {
  const { drafts, problems, rowsRead } = readMediationSchema(readFileSync(EXAMPLE, 'utf8'), dataset);
  const d = drafts[0]!;

  it('reads the one row of the schema example', () => {
    expect([rowsRead, drafts.length, problems]).toEqual([1, 1, []]);
    expect(d).toMatchObject({ id: 'cnfs-structure-1', name: 'Anonymal', postcode: '51100', insee: '51454', commune: 'Reims', date: '2024-04-02' });
  });
  it('splits `|` lists: typologie codes, the first e-mail, the first website', () => {
    expect(d.kind.typologie).toEqual(['TIERS_LIEUX', 'ASSO']);
    expect(d.email).toBe('contact@laquincaillerie.tl');
    expect(d.website).toBe('https://www.laquincaillerie.tl/');
    expect(d.appointment).toBe('https://www.rdv-solidarites.fr/');
  });
  it('reads itinerance, services, publics, support, fees and programmes', () => {
    expect(d.mobile).toBe(true);
    expect(d.services).toEqual(['insertion-pro', 'loisirs-creations', 'outils-quotidien']);
    expect(d.publics).toEqual(['femmes', 'jeunes']);
    expect(d.support).toEqual(['illettrisme', 'langues-etrangeres', 'surdite']);
    expect(d.fees).toBe('gratuit-sous-condition');
    expect(d.labels).toEqual(['Aidants Connect', 'Conseiller numérique']);
  });
  it('"Itinérant" is mobile; "Fixe" and "Fixe|Itinérant" (a place one can go to, which also travels) are not', () => {
    const csv = (itinerance: string) => `id,nom,itinerance\r\nx,Lieu,${itinerance}\r\n`;
    expect(readMediationSchema(csv('Fixe'), dataset).drafts[0]!.mobile).toBeUndefined();
    expect(readMediationSchema(csv('Fixe|Itinérant'), dataset).drafts[0]!.mobile).toBeUndefined();
    expect(readMediationSchema(csv('Itinérant'), dataset).drafts[0]!.mobile).toBe(true);
  });
});
