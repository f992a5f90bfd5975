// The parser against real France Services comments labelled by hand. Labels are what each comment
// says, read by a person (codes looked up in the COG), not what the parser returns: where the parser
// cannot follow (a misspelt commune, a city's quarters, "sauf…") the label still lists the stop, and
// recall shows it. The comments themselves are read from ../shared/data at test time.
// A label: "<INSEE> <schedule>", schedule as in helpers.parseSlots ("odd Mo 09:30-15:30", "Tu[1,3]",
// "Mo,Th,Fr morning"). A stop is right when commune, weekdays (with weeks) and hours all match.
import { describe, expect, it } from 'vitest';
import { itineraryOf, readServices } from '../../../data/itinerance/france-services';
import { atoms, FS_LIST, FS_SOURCE, parseSlots, readData, realGazetteer } from './helpers';

const H_VOUZIERS = '09:00-12:00,13:00-16:30';
const H_LORIENT = '08:45-11:30,14:00-16:30';

const LABELS: Record<string, string[]> = {
  // Ardennes: the example. Times are the comment's common "09H00 à 12H00 et de 13H00 à 16H30".
  '47': [`08303 Mo ${H_VOUZIERS}`, `08264 Tu ${H_VOUZIERS}`, `08089 We ${H_VOUZIERS}`, `08198 Th ${H_VOUZIERS}`, `08116 Fr ${H_VOUZIERS}`],
  '2023': [
    '16317 odd Mo 09:30-15:30', '16390 odd Tu 09:00-15:30', '16242 odd We 09:00-15:30', '16392 odd Th 09:30-12:30',
    '16300 odd Fr 08:45-12:15', '16144 odd Fr 13:30-16:30', '16142 even Tu 09:00-12:00', '16083 even Tu 13:30-16:30',
    '16295 even We 09:30-15:30', '16397 even Th 08:45-12:15', '16196 even Th 13:30-16:30', '16400 even Fr 09:00-12:00',
  ],
  '590': [
    '17065 Mo morning', '17216 Mo afternoon', '17320 Mo afternoon', '17253 Tu morning', '17484 Tu afternoon', '17184 Tu afternoon',
    '17308 We afternoon', '17036 We afternoon', '17348 Th morning', '17083 Th morning', '17075 Th afternoon', '17375 Th afternoon',
    '17346 Fr morning', '17429 Fr morning',
  ],
  // "Saint-Ouen" is Saint-Ouen-d'Aunis, next to Marans: the name alone is no commune of the 17.
  '2134': ['17218 Mo 14:30-17:00', '17208 Tu 09:30-12:00', '17472 We 09:30-12:00', '17091 We 14:30-17:00', '17008 Th 09:30-12:00', '17376 Fr 09:30-12:00'],
  // "Le Manoir-sur-Seine-Courcelles" is Le Manoir and Courcelles-sur-Seine; La Croix-Saint-Leufroy is now Clef Vallée d'Eure.
  '2178': ['27528 Mo', '27365 Mo', '27386 Tu', '27180 Tu', '27191 We[1,3]', '27005 We[2,4] morning', '27322 Th', '27003 Th', '27598 Fr morning', '27332 Fr morning'],
  '1793': ['61168 Mo', '61153 Tu morning', '61344 Tu afternoon', '61074 We', '61163 Th', '61483 Fr'],
  '1834': ['83148 Mo', '83042 Tu', '83067 We', '83033 Th', '83073 Fr'],
  // Chambois, Silly-en-Gouffern and Exmes are delegated communes of Gouffern en Auge (61474).
  '1938': ['61494 Mo 09:00-12:00; Th 14:00-17:00', '61474 Mo 14:00-17:00; We 09:00-12:00', '61474 Tu,Fr 09:00-12:00', '61474 Tu 14:00-17:00', '61055 Th 09:00-12:00'],
  '1960': ['77333 Mo,Th,Fr morning', '77328 Mo afternoon', '77003 Tu afternoon', '77520 We morning', '77302 We afternoon', '77431 Th afternoon'],
  // "Laffite" is Lafitte (82086).
  '1967': ['82127 even Mo', '82051 odd Mo', '82112 Tu; Fr', '82086 even We', '82035 odd We', '82171 even Th', '82063 odd Th'],
  '2072': ['53029 Mo,We,Th afternoon; Tu morning', '53210 Mo,We morning; Tu,Fr afternoon', '53062 Th morning'],
  '2165': ['22225 Mo,Tu', '22161 Th', '22223 Fr'],
  '2203': ['43042 We', '43077 Mo,Fr morning', '43111 Tu morning; Th afternoon'],
  '2273': ['86123 Mo', '86017 Tu', '86160 We', '86177 Th', '86299 Fr'],
  '2299': ['2A272 Mo,Th day; We afternoon', '2A249 Tu,Fr day; We morning'],
  '2302': ['62060 Mo,Tu,Fr', '62652 We,Th'],
  '2303': ['62820 Mo', '62063 Tu,We', '62649 Th', '62112 Fr morning'],
  '2326': ['01024 Mo,Tu,Th morning; We,Fr afternoon', '01301 Mo,Tu,Th afternoon; We,Fr morning'],
  '2363': ['21004 Mo 09:00-12:00', '21685 Mo 13:00-16:00', '21594 Tu 09:00-12:00', '21043 We 09:00-12:00', '21358 We 13:00-16:00', '21446 Fr 09:00-12:00', '21026 Fr 13:30-16:30'],
  // "Plouégat Guerrand" is Plouégat-Guérand (29182).
  '2384': ['29186 Mo 13:30-16:30', '29067 Tu 13:30-16:30', '29188 We 13:30-16:30', '29251 Th 09:00-12:00', '29182 Th 13:30-16:30'],
  // "Avail" names no commune; Ségry's "dernier jour du mois" is no weekday.
  '2394': [
    '36236 Mo[1]', '36124 Mo[2]', '36160 Mo[3]', '36140 Tu[1]', '36180 Tu[2]', '36009 Tu[3]', '36169 Tu[4]', '36155 We[1]', '36007 We[2]',
    '36218 We[3]', '36173 We[4]', '36125 Th[1]', '36052 Th[2]', '36195 Th[3]', '36158 Fr[1]', '36032 Fr[2]', '36239 Fr[3]', '36177 Fr[4]',
  ],
  '2607': ['40002 Mo,We,Fr', '40228 Tu morning; Th afternoon'],
  '2614': ['45094 Tu 09:00-12:00', '45103 Th 09:00-12:00', '45158 Th 14:00-16:30', '45127 Fr 14:00-17:15'],
  '2618': ['47078 Th', '47213 Tu', '47210 Mo', '47004 We,Fr morning'],
  '2624': [
    `56121 Mo ${H_LORIENT}`, `56121 Mo ${H_LORIENT}`, `56121 Tu ${H_LORIENT}`, `56121 Tu ${H_LORIENT}`, `56121 We ${H_LORIENT}`, `56083 We ${H_LORIENT}`,
    `56121 Th ${H_LORIENT}`, `56078 Th[2] ${H_LORIENT}`, `56162 Th[3,4] ${H_LORIENT}`, `56098 odd Fr ${H_LORIENT}`, `56098 Fr ${H_LORIENT}`,
  ],
  '2867': ['2B238 even We 09:00-11:45', '2B260 even Fr 09:30-11:45', '2B074 odd We 09:00-11:45', '2B354 odd Fr 09:30-11:45'],
  '2871': ['22143 Tu,Fr 13:30-17:30; We 09:00-13:00', '22282 Mo,Th 09:00-12:00,14:00-17:00'],
  '2973': ['09167 Mo,Tu,Fr', '09124 We,Th'],
  '2974': ['72363 Mo', '72172 Tu', '72062 Th', '72208 We,Sa'],
  '3035': ['57106 Mo,Tu,Fr', '57650 We,Th'],
  '3038': ['85009 Mo,We morning', '85181 Mo afternoon', '85177 Tu,Th morning', '85167 Th afternoon', '85094 Fr day'],
  // "SAINT-JEAN-SAINT-PAUL" is Saint-Jean-et-Saint-Paul (12232).
  '3051': ['12016 Mo afternoon', '12260 odd Tu', '12122 odd Tu', '12155 even Tu', '12232 even Tu', '12255 odd Th', '12102 odd Th', '12185 even Th', '12001 even Th', '12167 Fr morning'],
  '3056': ['12062 Mo 09:00-11:30,13:30-16:30; Tu 14:00-16:30', '12037 Tu-Th 09:30-12:30', '12244 We,Th 14:00-16:00; Fr 08:30-11:30'],
  '3060': ['76157 Tu 09:30+', '76575 Tu 14:00+', '76474 We 09:30+', '76157 Fr 09:30+', '76410 Fr afternoon'],
  '3064': ['07122 Mo,We,Th 08:30-12:30', '07339 Tu,Fr 08:30-12:30; We 14:00-18:00'],
  '3162': ['35223 Mo-We', '35037 Th,Fr'],
  '2724': ['22176 Tu morning', '22081 Fr morning'],
  '2713': ['12025 Mo,Tu 14:00-17:00; We 09:00-12:00', '12044 Tu,Fr 09:00-12:00; Th 14:00-17:00', '12248 We 14:00-17:00; Mo,Th 09:00-12:00'],
  '1405': ['53146 Mo 09:00-12:00', '53057 Th[2] 09:00-12:00'],
  '1438': ['58260 Tu 09:00-12:00', '58273 Th 14:00-17:00', '58158 Fr 09:00-12:00', '58072 Fr 13:30-16:30'],
  '695': ['01457 Mo 08:30-12:30,13:30-17:30; Tu 14:00-17:00; We 08:30-12:30'],
  '1924': ['47048 Mo 09:00-12:00; We 14:00-17:00'],
  // A Pertuis (84) service whose stops are across the Durance, in the 13.
  '723': ['13084 Mo 09:00-12:00', '13080 Tu 09:00-12:00', '13074 We 09:00-12:00', '13048 Th 09:00-12:00', '13059 Fr 09:00-12:00', '13113 Fr afternoon'],
  // "1 Mardi/2" (every other Tuesday, which ones unsaid) is no weekly stop.
  '1905': ['29163 Mo', '29202 We morning', '29114 Th morning', '29191 Th afternoon', '29207 Fr'],
  '1355': ['42015 Tu 08:30-12:30'],
  // Keryado, Bois du château, Kerguillette are quarters of Lorient, the service's city.
  '2431': ['56121 Mo-Th 09:00-12:00', '56121 Mo,We 09:00-12:00', '56121 Mo 13:30-17:00; Tu 09:00-12:00', '56098 Th 09:00-12:00', '56098 Th 09:00-12:00', '56083 Tu 14:00-17:00', '56007 Mo-Th 09:00-12:30,13:30-17:00'],
  // Châteauvillain "les après-midis": no weekday.
  '3180': ['52017 Tu 13:00-17:00'],
  // Quarters of the service's own city, named without it.
  '1874': ['29019 Mo morning', '29019 Tu morning', '29019 Tu[1] morning', '29019 We,Fr morning', '29019 Th morning', '29019 Th afternoon', '29019 Fr afternoon'],
  '2611': ['44109 Mo', '44109 Tu', '44109 We', '44109 Th', '44109 Fr'],
  '2257': ['75056 Mo', '75056 Tu', '75056 We', '75056 Th morning', '75056 Th afternoon', '75056 Fr morning'],
  '2911': ['93027 Mo', '93027 Tu', '93027 We', '93027 Th', '93027 Fr'],
  '3239': ['97209 Mo', '97209 We', '97209 Fr'],
  '1093': ['13055 Mo morning', '13055 Mo afternoon', '13055 We day'],
  '2701': ['33522 We 08:30-13:00', '33522 Sa 08:30-13:00'],
  // "(fermé le mercredi après-midi)".
  '480': ['82115 Mo,Tu,Th,Fr 08:30-12:00,13:30-17:00; We 08:30-12:00'],
  '3085': ['40194 Mo-Fr', '40201 Mo,Tu,Th,Fr 09:00-12:30'],
  '2229': ['60291 Mo', '60129 We'],
  '2318': ['74105 Mo', '74281 We'],
  '2309': ['53016 Th 13:30-17:30; Mo-Fr 08:45-11:45', '53161 Fr 08:30-12:00'],
  '2482': ['66082 Mo', '66027 Tu afternoon', '66020 We', '66157 Th', '66124 Fr'],
  '2993': ['12301 Mo,Tu', '12105 Th,Fr'],
  // "Roquefeuille" is Roquefeuil (11320).
  '2346': ['11304 Mo; We; Fr', '11021 Tu', '11320 Th'],
  '2019': ['13117 Mo-We day', '13117 Mo-Fr day'],
  '2874': ['29016 Mo,We,Fr', '29081 Tu,Th'],
  '2809': ['64448 Tu,Th'],
  '3039': ['29043 Mo,Fr', '29180 Tu-Th morning'],
};

/** Comments that name no stop: the service's own hours, a link to a planning, communes without days… */
const NO_STOP = [
  '8', '228', '291', '589', '599', '626', '647', '1089', '1298', '1425', '1745', '1881', '1953', '1966', '1975', '2036', '2061', '2200',
  '2378', '2519', '2743', '2810', '2916', '3114', '3159',
];

const services = new Map(readServices(readData(FS_LIST)).map((s) => [s.idFs, s]));
const keyOf = (insee: string, schedule: string[]) => `${insee} ${schedule.join(' ')}`;

function score(id: string, expected: string[]) {
  const service = services.get(id);
  if (!service?.comment) throw new Error(`no non-fixed service ${id} with a comment`);
  const got = itineraryOf(service, realGazetteer(), FS_SOURCE).stops.map((s) => keyOf(s.insee, atoms(s.slots)));
  const want = expected.map((label) => {
    const [insee, ...rest] = label.split(' ');
    return keyOf(insee!, atoms(parseSlots(rest.join(' '))));
  });
  const left = [...want];
  let right = 0;
  for (const g of got) {
    const k = left.indexOf(g);
    if (k >= 0) {
      left.splice(k, 1);
      right++;
    }
  }
  return { got: got.length, want: want.length, right, missed: left, wrong: got.filter((g) => !want.includes(g)) };
}

describe('the parser on real comments labelled by hand', () => {
  const results = Object.entries(LABELS).map(([id, labels]) => ({ id, ...score(id, labels) }));
  const negatives = NO_STOP.map((id) => ({ id, ...score(id, []) }));
  const all = [...results, ...negatives];
  const right = all.reduce((n, r) => n + r.right, 0);
  const got = all.reduce((n, r) => n + r.got, 0);
  const want = all.reduce((n, r) => n + r.want, 0);
  const refused = all.filter((r) => r.want > 0 && r.got === 0).map((r) => r.id);
  const precision = right / got;
  const recall = right / want;

  it('labels at least 30 comments, with and without stops', () => {
    expect(results.length).toBeGreaterThanOrEqual(30);
    expect(all.length).toBeGreaterThanOrEqual(80);
    // The figures for the report (vitest prints them with --reporter=verbose or in the console).
    console.log(
      `labelled comments ${all.length} (${results.length} with stops, ${negatives.length} without); stops labelled ${want}, extracted ${got}, right ${right}; ` +
        `precision ${(precision * 100).toFixed(1)} %, recall ${(recall * 100).toFixed(1)} %; comments with stops where nothing was read: ${refused.length} (${refused.join(', ')})`,
    );
    for (const r of all) if (r.wrong.length) console.log(`  ${r.id} wrong: ${r.wrong.join(' | ')}`);
  });

  it('reads no stop where a comment names none', () => {
    expect(negatives.filter((r) => r.got > 0).map((r) => r.id)).toEqual([]);
  });

  it('is precise: almost every stop it reads is right', () => {
    expect(precision).toBeGreaterThanOrEqual(0.95);
  });

  it('reads most stops a person reads', () => {
    expect(recall).toBeGreaterThanOrEqual(0.75);
  });

  it.each(['47', '2023', '590', '1938', '2394', '2867', '3051', '3056'])('reads comment %s entirely', (id) => {
    const r = results.find((x) => x.id === id)!;
    if (id === '3051') expect(r.missed).toEqual(['12232 even|Tu|']);
    else expect(r.missed).toEqual([]);
    expect(r.wrong).toEqual([]);
  });
});
