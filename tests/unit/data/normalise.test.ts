import { describe, expect, it } from 'vitest';
import { isPersonalEmail, normaliseEmail } from '../../../data/normalise/email';
import { parseHours, weekdayColumnsToOsm } from '../../../data/normalise/hours';
import { E164, toE164 } from '../../../data/normalise/phone';
import { clean, decodeText, fixMojibake, tidyName } from '../../../data/normalise/text';
import { MAX_ID_LENGTH, slugId } from '../../../data/draft';
import { parseState } from '../../../src/app/url-state';
import { normaliseWebsite } from '../../../data/normalise/website';
import { mapFees, mapLabels, mapPublics, mapServices, mapSupport } from '../../../data/normalise/vocabulary';

describe('phone → E.164', () => {
  it.each([
    ['04 50 56 87 49', '01', '+33450568749'],
    ['06.12.34.56.78', '75', '+33612345678'],
    ['612345678', '75', '+33612345678'],
    ['0033 1 23 45 67 89', '75', '+33123456789'],
    ['+33 (0)1 23 45 67 89', '75', '+33123456789'],
    ['0590 81 00 00', '971', '+590590810000'],
    ['0690 12 34 56', '971', '+590690123456'],
    ['0594 30 00 00', '973', '+594594300000'],
    ['0694 12 34 56', '973', '+594694123456'],
    ['0596 70 00 00', '972', '+596596700000'],
    ['0696 12 34 56', '972', '+596696123456'],
    ['0262 40 00 00', '974', '+262262400000'],
    ['0692 12 34 56', '974', '+262692123456'],
    ['0269 61 00 00', '976', '+262269610000'],
    ['0639 12 34 56', '976', '+262639123456'],
    ['+33590810000', '971', '+590590810000'],
    ['+269269601282', '976', '+262269601282'],
    ['+596596780040', '972', '+596596780040'],
    ['41 23 45', '975', '+508412345'],
    ['05 08 41 23 45', '975', '+508412345'],
    ['72 12 34', '986', '+681721234'],
    ['40 12 34 56', '987', '+68940123456'],
    ['27 12 34', '988', '+687271234'],
    ['04 11 22 33 44 / 06 00 00 00 00', '34', '+33411223344'],
  ])('%s (%s) → %s', (raw, dep, expected) => {
    expect(toE164(raw, dep)).toBe(expected);
    expect(expected).toMatch(E164);
  });
  it.each(['12', 'tel', '+3321276098', '3939', '00 00 00 00 00', ''])('rejects %j', (raw) => {
    expect(toE164(raw, '75')).toBeUndefined();
  });
});

describe('website', () => {
  it.each([
    ['https://www.ville-gap.fr/Maison', 'https://www.ville-gap.fr/Maison'],
    ['www.x.fr', 'https://www.x.fr/'],
    ['bibliotheques.paris.fr', 'https://bibliotheques.paris.fr/'],
    ['HTTP://Example.fr/a', 'http://example.fr/a'],
    ['//cdn.example.fr/x', 'https://cdn.example.fr/x'],
    ['https://a.fr https://b.fr', 'https://a.fr/'],
  ])('%s → %s', (raw, expected) => expect(normaliseWebsite(raw)).toBe(expected));
  it.each(['javascript:alert(1)', 'JavaScript:void(0)', 'data:text/html,x', 'mailto:a@b.fr', 'ftp://x.fr', 'oui', 'non', '0', 'NC', 'Site internet propre', 'pas de site', 'https://bibliotheques-clermontmetropo'])(
    'refuses %j',
    (raw) => expect(normaliseWebsite(raw)).toBeUndefined(),
  );
});

describe('e-mail and the personal-data rule', () => {
  it.each(['michele.opiard@ville-gap.fr', 'david.herrerias@conseiller-numerique.fr', 'm.phomdasith@debrouillonet.org', 'jean-pierre.martin@gmail.com', 'julien_ouzilleau@groupe-sos.org'])(
    'drops the personal address %s',
    (email) => {
      expect(isPersonalEmail(email)).toBe(true);
      expect(normaliseEmail(email)).toEqual({ dropped: 'personal' });
    },
  );
  it.each(['accueil.cscv@ville-gap.fr', 'mairie.avessac@wanadoo.fr', 'cs.beauregard@ville-gap.fr', 'conseiller.numerique@saint-hippolyte-du-fort.com', 'franceservices@ccpb01.fr', 'saint-trivier-de-courtes@france-services.gouv.fr', 'bibliotheque.numerique@ville-rennes.fr'])(
    'keeps the functional address %s',
    (email) => expect(normaliseEmail(email)).toEqual({ email }),
  );
  it('lower-cases, keeps the first address, rejects broken ones', () => {
    expect(normaliseEmail(' Contact@Mairie.FR ; autre@x.fr')).toEqual({ email: 'contact@mairie.fr' });
    expect(normaliseEmail('contact@mairie')).toEqual({ dropped: 'invalid' });
    expect(normaliseEmail('pas de mail')).toEqual({ dropped: 'invalid' });
    expect(normaliseEmail('')).toBeUndefined();
  });
});

describe('hours', () => {
  it('keeps valid OSM hours (prettified) and reports invalid ones as text', () => {
    expect(parseHours('Mo-Fr 9:00-12:00')).toEqual({ hours: 'Mo-Fr 09:00-12:00' });
    const bad = parseHours('Mo 09:30-12:00; Tu 12:30');
    expect(bad && 'hoursText' in bad && bad.hoursText).toBe('Mo 09:30-12:00; Tu 12:30');
    expect(parseHours('lundi au vendredi de 8h à 17h')).toMatchObject({ hoursText: 'lundi au vendredi de 8h à 17h' });
    expect(parseHours('  ')).toBeUndefined();
  });
  it('turns France Services weekday columns into one valid opening_hours string', () => {
    const osm = weekdayColumnsToOsm(['13:30 - 17:00', '09:00 - 12:00 / 13:30 - 17:00', '09:00 - 12:00 / 13:30 - 17:00', '09:00 - 12:00 / 13:30 - 17:00', '09:00 - 12:00 / 13:30 - 16:00', '']);
    expect(osm).toBe('Mo 13:30-17:00; Tu-Th 09:00-12:00,13:30-17:00; Fr 09:00-12:00,13:30-16:00');
    expect(parseHours(osm as string)).toEqual({ hours: osm });
    expect(weekdayColumnsToOsm(['9:00 - 12:00', '9:00 - 12:00', '', '', '', '10:00 - 12:00'])).toBe('Mo,Tu 09:00-12:00; Sa 10:00-12:00');
    expect(weekdayColumnsToOsm(['', '', ''])).toBeUndefined();
    expect(weekdayColumnsToOsm(['9h-12h', '09:30 - 16:30'])).toEqual({ text: 'Lundi : 9h-12h; Mardi : 09:30 - 16:30' });
    // The form of a range but no time of day: the week is kept as written, not turned into invalid OSM.
    expect(weekdayColumnsToOsm(['24:00 - 25:00'])).toEqual({ text: 'Lundi : 24:00 - 25:00' });
    // Longer than OSM allows a value to be: text, without asking the library (seconds, and an "Infinite loop" log).
    const long = 'Mo '.repeat(200);
    expect(parseHours(long)).toEqual({ hoursText: long.trim(), error: 'longer than an OSM value can be (255 characters)' });
    expect(weekdayColumnsToOsm(['', '09:00 - 12:75'])).toEqual({ text: 'Mardi : 09:00 - 12:75' });
  });
});

describe('text', () => {
  it('repairs UTF-8 read as Latin-1 and collapses whitespace', () => {
    expect(fixMojibake('MÃ©diathÃ¨que')).toBe('Médiathèque');
    expect(fixMojibake('Médiathèque')).toBe('Médiathèque');
    expect(clean('  Espace   numÃ©rique \n')).toBe('Espace numérique');
    expect(clean('   ')).toBeUndefined();
  });
  it('reads C1 controls as the Windows-1252 characters an exporter meant (Numi: d\u0092Insertion, c\u009cur)', () => {
    expect(clean('Association Départementale d\u0092Insertion')).toBe('Association Départementale d’Insertion');
    expect(clean('Les restos du c\u009cur de Routot')).toBe('Les restos du cœur de Routot');
    expect(clean('5\u0080 \u0085\u009d')).toBe('5€ …');
  });
  it('repairs mojibake sequence by sequence: twice encoded, œ and typography too, correct letters around it kept', () => {
    expect(fixMojibake('ÃƒÂ©cole')).toBe('école');
    expect(clean('ÃƒÂ©cole')).toBe(clean(clean('ÃƒÂ©cole')));
    expect(fixMojibake('Å“uvre, Å’UVRE')).toBe('œuvre, ŒUVRE');
    expect(fixMojibake('lâ€™espace â€“ 5â‚¬')).toBe('l’espace – 5€');
    expect(fixMojibake('Médiathèque Ã©cole')).toBe('Médiathèque école');
    // Read as ISO-8859-1 (C1 controls), not Windows-1252.
    expect(fixMojibake('Ã\u0089cole')).toBe('École');
    expect(clean('Ã\u0089cole')).toBe('École');
    expect(fixMojibake('«CAFÉ» Âge')).toBe('«CAFÉ» Âge');
  });
  it('drops invisible characters that change what a text does, keeps line breaks as spaces', () => {
    expect(clean('Média\u0000thèque\u001b[31m\u0081')).toBe('Médiathèque[31m');
    expect(clean('Espace \u202eeuqirémun\u202c')).toBe('Espace euqirémun');
    expect(clean('La\u200bon\u2060 \u2066Nord\u2069')).toBe('Laon Nord');
    expect(clean('a\tb\r\nc\u000bd')).toBe('a b c d');
    expect(clean('\u0007\u200b')).toBeUndefined();
    expect(clean('👩\u200d💻')).toBe('👩\u200d💻');
    expect(parseHours('Mo 09:00-12:00\u0000')).toEqual({ hours: 'Mo 09:00-12:00' });
  });
  it('decodes a BOM and Latin-1 bytes', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe('a');
    expect(decodeText(new Uint8Array([0x4d, 0xe9, 0x64]))).toBe('Méd');
  });
  it('reads Latin-1 files as Windows-1252, keeps the BOM out of a file with a stray byte, reads UTF-16 by its BOM', () => {
    // Excel's "CSV (séparateur : point-virgule)": l’espace, cœur, 5 €, … are bytes 0x80–0x9f.
    expect(decodeText(Uint8Array.from([0x6c, 0x92, 0x65, 0x73, 0x70, 0x61, 0x63, 0x65, 0x20, 0x63, 0x9c, 0x75, 0x72, 0x20, 0x35, 0x80, 0x85]))).toBe('l’espace cœur 5€…');
    // A UTF-8 file (with its BOM) holding one Latin-1 "é": the header must still read "id".
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x69, 0x64, 0x3b, 0xe9]))).toBe('id;é');
    const utf16 = (s: string, little: boolean) => Uint8Array.from([...(little ? [0xff, 0xfe] : [0xfe, 0xff]), ...[...s].flatMap((c) => (little ? [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8] : [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]))]);
    expect(decodeText(utf16('id;nom\r\n1;Médiathèque', true))).toBe('id;nom\r\n1;Médiathèque');
    expect(decodeText(utf16('id;nom', false))).toBe('id;nom');
  });
  it('tidies ALL CAPS names only', () => {
    expect(tidyName("MAISON DE SERVICES AU PUBLIC D'ABONDANCE")).toBe("Maison de Services au Public d'Abondance");
    expect(tidyName('MEDIATHEQUE DE GRAND-RIVIERE')).toBe('Mediatheque de Grand-Riviere');
    expect(tidyName('Fab LAB')).toBe('Fab LAB');
    // "ﬁ" (one letter) upper-cases to "FI" (two): left as it is, so that tidying twice changes nothing.
    expect(tidyName('ﬁLATURE DU NORD')).toBe('ﬁlature du Nord');
    expect(tidyName(tidyName('ﬁLATURE DU NORD'))).toBe('ﬁlature du Nord');
  });
});

describe('schema vocabulary', () => {
  it('maps early and current service labels', () => {
    expect(mapServices('Prendre en main un smartphone ou une tablette, Approfondir ma culture numérique')).toEqual(['culture-numerique', 'outils-quotidien']);
    expect(mapServices('Accéder à une connexion internet;Réaliser des démarches administratives avec un accompagnement;Favoriser mon insertion professionnelle')).toEqual(['acces-materiel', 'demarches', 'insertion-pro']);
    expect(mapServices('Utilisation sécurisée du numérique;Parentalité et éducation avec le numérique;Acquisition de matériel informatique à prix solidaire')).toEqual(['materiel-solidaire', 'numerique-securise', 'parentalite']);
    // Hub Antilles glues labels without separators.
    expect(mapServices('Prendre en main un ordinateur Devenir autonome dans les démarches administratives Accéder à du matérie')).toEqual(['acces-materiel', 'demarches', 'outils-quotidien']);
  });
  it('maps publics, support, fees and labels', () => {
    expect(mapPublics('Adultes;Familles/enfants;Jeunes (16-26 ans);Seniors (+ 65 ans)')).toEqual(['familles', 'jeunes', 'seniors']);
    expect(mapSupport("Surdité;Handicaps mentaux : déficiences;Personnes en situation d’illettrisme;Public langues étrangères;Déficience visuelle;Handicaps moteurs")).toEqual(['deficience-visuelle', 'handicap-mental', 'handicap-moteur', 'illettrisme', 'langues-etrangeres', 'surdite']);
    expect(mapFees('Gratuit')).toBe('gratuit');
    expect(mapFees("Adhésion : L'accès…;Gratuit : Je peux accéder gratuitement")).toBe('gratuit');
    expect(mapFees('Gratuit sous condition : La gratuité est conditionnée')).toBe('gratuit-sous-condition');
    expect(mapFees("Payant : L'accès au lieu est payant")).toBe('payant');
    expect(mapFees('inconnu')).toBeUndefined();
    expect(mapLabels('CNFS, Aidants Connect, France Services')).toEqual(['Aidants Connect', 'Conseiller numérique', 'France Services']);
    expect(mapLabels('Aucun dispositif')).toEqual([]);
  });
});

describe('place ids', () => {
  it('are cut to what the app opens, kept unique by a hash of the whole (Gironde: name + town)', () => {
    const raw = 'AGIRabcd Association Générale des Intervenants Retraités Actions de Bénévoles de Coopération et de Développement Mérignac';
    const id = slugId('gironde', raw)!;
    expect(id.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
    expect(id).toMatch(/^gironde-agirabcd-association-generale-des-.*-[0-9a-f]{8}$/);
    expect(parseState(`?place=${id}`).place).toBe(id);
    expect(slugId('gironde', `${raw} 2`)).not.toBe(id);
    expect(slugId('gironde', raw)).toBe(id);
    expect(slugId('cnfs', '62592a1d05457b0790816e6c')).toBe('cnfs-62592a1d05457b0790816e6c');
  });
});

