// Commune positions: the 2018 centroids, and the 2025 centres of the national geographic API where
// the 2018 centroid is not the commune's own.
import { describe, expect, it } from 'vitest';
import { buildGazetteer, loadDecoupage, parseCommuneCentres } from '../../../data/communes';

const CURRENT = new Set(['53161', '01033', '02691', '98817', '98818']);
const decoupage = loadDecoupage().filter((c) => CURRENT.has(c.code) && c.type === 'commune-actuelle');
// 2018: Montsûrs-Saint-Céneré (53161) before it absorbed four communes; Bellegarde (01033) before Valserhône.
const CENTROIDS = 'code_insee,nom,latitude,longitude\n53161,Montsûrs-Saint-Céneré,48.12298,-0.57322\n53092,Deux-Évailles,48.19,-0.52\n01033,Bellegarde,46.10666,5.83246\n01091,Châtillon-en-Michaille,46.14,5.79\n02691,Saint-Quentin,49.84741,3.27773\n';
const CENTRES = JSON.stringify([
  { code: '53161', nom: 'Montsûrs', dept: '53', lat: 48.1636, lon: -0.5575, population: 3192 },
  { code: '01033', nom: 'Valserhône', dept: '01', lat: 46.1234, lon: 5.7944 },
  { code: '02691', nom: 'Saint-Quentin', dept: '02', lat: 49.85, lon: 3.29 },
  { code: '98817', nom: 'Le Mont-Dore', dept: '988', lat: -22.5171, lon: 166.7682 },
  { code: '98818', nom: 'Nouméa', dept: '988', lat: -22.3363, lon: 166.4076 },
]);

describe('commune positions', () => {
  it('without the 2025 centres: 2018 centroids, and the territory capital for Nouvelle-Calédonie', () => {
    const g = buildGazetteer(CENTROIDS, decoupage);
    expect(g.byInsee.get('53161')).toMatchObject({ lat: 48.12298, lon: -0.57322 });
    expect(g.byInsee.get('98817')).toMatchObject({ lat: g.byInsee.get('98818')!.lat, lon: g.byInsee.get('98818')!.lon });
  });
  it('with them: communes merged since 2018 and communes with no centroid get their 2025 centre; the others keep 2018', () => {
    const g = buildGazetteer(CENTROIDS, decoupage, parseCommuneCentres(CENTRES));
    expect(g.byInsee.get('53161')).toMatchObject({ lat: 48.1636, lon: -0.5575 });
    expect(g.byInsee.get('01033')).toMatchObject({ lat: 46.1234, lon: 5.7944 });
    expect(g.byInsee.get('98817')).toMatchObject({ lat: -22.5171, lon: 166.7682 });
    // Same contour as in 2018: the area-weighted centroid stays (the API's centre can be pulled by islands).
    expect(g.byInsee.get('02691')).toMatchObject({ lat: 49.84741, lon: 3.27773 });
    expect(g.positionFallbacks.filter((f) => f.method === 'centre-2025').map((f) => f.insee).sort()).toEqual(['01033', '53161', '98817', '98818']);
    // The Commune record keeps its shape.
    expect(Object.keys(g.byInsee.get('53161')!).sort()).toEqual(['dep', 'insee', 'lat', 'lon', 'name', 'population', 'postcodes']);
  });
  it('reads the centres as copied and as geo.api.gouv.fr serves them', () => {
    expect(parseCommuneCentres('[{"code":"98818","centre":{"type":"Point","coordinates":[166.4076,-22.3363]},"codeDepartement":"988"}]')).toEqual([{ code: '98818', lat: -22.3363, lon: 166.4076 }]);
    expect(parseCommuneCentres('[{"code":"x"}]')).toEqual([]);
  });
});
