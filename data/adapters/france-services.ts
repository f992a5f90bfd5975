// ANCT list of France Services (CSV). Buses and itinerant services are mobile; antennas are kept
// as places of their own (they have their own address and hours).
import { weekdayColumnsToOsm } from '../normalise/hours';
import { clean } from '../normalise/text';
import { parseCsv } from './csv';
import { readRows, type DraftFields } from './rows';
import type { Adapter } from './types';

const DAY_COLUMNS = ['h_lundi', 'h_mardi', 'h_mercredi', 'h_jeudi', 'h_vendredi', 'h_samedi', 'h_dimanche'];
const MOBILE_FORMATS = /^(bus|itin)/i;

export const readFranceServices: Adapter = (text, dataset) => {
  const { rows, problems } = parseCsv(text);
  return readRows<Record<string, string>>(rows, problems, dataset, 'id_fs', (r) => {
    const hours = weekdayColumnsToOsm(DAY_COLUMNS.map((c) => r[c]));
    const draft: DraftFields = {
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
    return draft;
  });
};
