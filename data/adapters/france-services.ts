// ANCT list of France Services (CSV). Buses and itinerant services are mobile; antennas are kept
// as places of their own (they have their own address and hours).
import { slugId, type Draft } from '../draft';
import { weekdayColumnsToOsm } from '../normalise/hours';
import { clean } from '../normalise/text';
import { parseCsv } from './csv';
import type { Adapter } from './types';

const DAY_COLUMNS = ['h_lundi', 'h_mardi', 'h_mercredi', 'h_jeudi', 'h_vendredi', 'h_samedi', 'h_dimanche'];
const MOBILE_FORMATS = /^(bus|itin)/i;

export const readFranceServices: Adapter = (text, dataset) => {
  const { rows, problems } = parseCsv(text);
  const drafts: Draft[] = [];
  for (const { row, record: r } of rows) {
    const id = slugId(dataset.idPrefix, r.id_fs);
    if (!id) {
      problems.push({ row, reason: 'id-missing' });
      continue;
    }
    const hours = weekdayColumnsToOsm(DAY_COLUMNS.map((c) => r[c]));
    const draft: Draft = {
      source: dataset.id,
      row,
      id,
      name: clean(r.lib_fs),
      kind: { dataset: 'france-services' },
      lat: r.latitude,
      lon: r.longitude,
      street: [clean(r.adresse), clean(r.complement_adresse)].filter(Boolean).join(', ') || undefined,
      postcode: clean(r.code_postal),
      commune: clean(r.lib_com),
      insee: clean(r.insee_com),
      phone: clean(r.telephone),
      email: clean(r.mail),
      // Every France Services helps with administrative procedures, free of charge (the label's charter).
      services: ['demarches'],
      fees: 'gratuit',
      labels: ['France Services'],
    };
    if (MOBILE_FORMATS.test(clean(r.format_fs) ?? '')) draft.mobile = true;
    if (typeof hours === 'string') draft.hours = hours;
    else if (hours) draft.hoursText = hours.text;
    if (/^oui$/i.test(clean(r.prise_rdv) ?? '')) draft.appointment = true;
    drafts.push(draft);
  }
  return { rowsRead: rows.length + problems.filter((p) => p.reason.startsWith('csv')).length, drafts, problems };
};
