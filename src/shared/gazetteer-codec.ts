// The gazetteer's row format ("repere-gazetteer" version 1, docs/data.md): communes as a few long
// strings of compact columns inside a small JSON object. JSON.parse of such a file is a handful of
// string copies (cheap on a slow phone, unlike 35 000 objects); rows are then decoded in slices so
// no main-thread task grows long. Shared by the pipeline (encode) and the app (decode).
import type { Commune } from './place';

export const GAZETTEER_FORMAT = 'repere-gazetteer';
export const GAZETTEER_VERSION = 1;

/** One block of rows: a whole file of the gazetteer, or the rows of its directory. */
export interface GazetteerBlock {
  format: typeof GAZETTEER_FORMAT;
  version: typeof GAZETTEER_VERSION;
  /** Grid of the positions, in steps per degree (500: ±0.001°, about ±110 m). */
  q: number;
  /** Number of rows. */
  n: number;
  /** Rows come grouped by département, in this order: "01:393,02:800,…". */
  deps: string;
  /** Per row, VLQ of (INSEE suffix − previous suffix of the group − 1); a group starts from −1. */
  insee: string;
  /** Per row, the name without the start it shares with the previous row's, after a letter giving that length (a 1, b 2…; none for 0); rows joined by "|". */
  names: string;
  /** Per group, its postcodes: VLQ count, then zigzag VLQ deltas of the postcodes as numbers (carried across groups). */
  postcodeTables: string;
  /**
   * Per group, the centre (mean position of its rows) of each postcode that is some row's first:
   * VLQ count, then per centre VLQ of the gap in the table since the previous one, and zigzag VLQ
   * deltas of lat and lon steps (carried across groups).
   */
  centres: string;
  /** Per row, VLQ number of postcodes. */
  postcodeCounts: string;
  /** Per postcode of a row, its index in the group's table: one digit, or two (base 90) when the table is longer than 90. */
  postcodes: string;
  /** Per row, zigzag VLQ of lat, lon steps from the centre of its first postcode (the previous row's position when it has none). */
  pos: string;
  /** Per row, one digit: 0 unknown, else 1 + round(3·log10(population)) — a rank for suggestions and map labels (steps of ×2.15). */
  pop: string;
}

// Digits of the VLQ strings: printable ASCII but for the JSON escape "\\" and the separator "|".
const DIGITS: string[] = [];
for (let c = 0x23; c <= 0x7e; c++) if (c !== 0x5c && c !== 0x7c) DIGITS.push(String.fromCharCode(c));
/** Character code → digit value (−1: not a digit). */
const VALUE = new Int8Array(128).fill(-1);
DIGITS.forEach((d, i) => (VALUE[d.charCodeAt(0)] = i));
/** Digits below FINAL end a number; the others carry 45 more values each. */
const FINAL = 45;
const BASE = DIGITS.length - FINAL;
const RADIX = DIGITS.length; // 90
/** Letters giving the length a name shares with the previous one (names never start with a-z). */
const SHARED = 'abcdefghijklmnopqrstuvwxyz0123456789';

function vlq(n: number): string {
  let s = '';
  while (n >= FINAL) {
    s += DIGITS[FINAL + (n % BASE)];
    n = Math.floor(n / BASE);
  }
  return s + DIGITS[n];
}
const zigzag = (n: number) => (n >= 0 ? 2 * n : -2 * n - 1);

/** Reads numbers one after another from a VLQ string. */
class Numbers {
  private at = 0;
  constructor(private readonly text: string) {}
  next(): number {
    let n = 0;
    let scale = 1;
    for (;;) {
      const d = VALUE[this.text.charCodeAt(this.at++)] ?? -1;
      if (d < 0) throw new Error('gazetteer: truncated number');
      if (d < FINAL) return n + d * scale;
      n += (d - FINAL) * scale;
      scale *= BASE;
    }
  }
  signed(): number {
    const n = this.next();
    return n % 2 ? -(n + 1) / 2 : n / 2;
  }
  /** A fixed-width number of `width` base-90 digits. */
  fixed(width: number): number {
    let n = 0;
    for (let i = 0; i < width; i++) n = n * RADIX + VALUE[this.text.charCodeAt(this.at++)]!;
    return n;
  }
}

export const depOfInsee = (insee: string): string => (/^9[78]/.test(insee) ? insee.slice(0, 3) : insee.slice(0, 2));

export const populationRank = (population: number | undefined) => (population && population > 0 ? 1 + Math.round(3 * Math.log10(population)) : 0);
export const populationOfRank = (rank: number) => (rank === 0 ? undefined : Math.round(10 ** ((rank - 1) / 3)));
/** What the app reads back: ranking done at build time (the directory's suggestions) must use it. */
export const roundPopulation = (population: number | undefined) => populationOfRank(populationRank(population));

const byInsee = (a: Commune, b: Commune) => (a.insee < b.insee ? -1 : a.insee > b.insee ? 1 : 0);
const widthOf = (tableLength: number) => (tableLength > RADIX ? 2 : 1);
const fixedDigits = (n: number, width: number) => (width === 2 ? DIGITS[Math.floor(n / RADIX)]! + DIGITS[n % RADIX]! : DIGITS[n]!);

export function encodeBlock(communes: readonly Commune[], q = 250): GazetteerBlock {
  const rows = [...communes].sort(byInsee);
  const groups: { dep: string; rows: Commune[] }[] = [];
  for (const c of rows) {
    const dep = depOfInsee(c.insee);
    if (dep !== c.dep) throw new Error(`gazetteer: ${c.insee} is in ${c.dep}, not ${dep}`);
    if (c.name.includes('|') || /^[a-z0-9]/.test(c.name)) throw new Error(`gazetteer: cannot write the name "${c.name}"`);
    if (groups.at(-1)?.dep !== dep) groups.push({ dep, rows: [] });
    groups.at(-1)!.rows.push(c);
  }
  const step = (x: number) => Math.round(x * q);
  let insee = '';
  let postcodeTables = '';
  let centres = '';
  let postcodeCounts = '';
  let postcodes = '';
  let pos = '';
  const names: string[] = [];
  let pop = '';
  let previousName = '';
  let previousPostcode = 0;
  let centre0: [number, number] = [0, 0];
  let previous: [number, number] = [0, 0];
  for (const group of groups) {
    const table = [...new Set(group.rows.flatMap((c) => c.postcodes))].sort();
    postcodeTables += vlq(table.length);
    for (const p of table) {
      postcodeTables += vlq(zigzag(Number(p) - previousPostcode));
      previousPostcode = Number(p);
    }
    // Communes sharing a postcode are close: positions are small offsets from the postcode's centre.
    const sums = new Map<number, [number, number, number]>();
    for (const c of group.rows) {
      if (!c.postcodes.length) continue;
      const i = table.indexOf(c.postcodes[0]!);
      const sum = sums.get(i) ?? [0, 0, 0];
      sums.set(i, [sum[0] + c.lat, sum[1] + c.lon, sum[2] + 1]);
    }
    const centreOf = new Map<number, [number, number]>();
    centres += vlq(sums.size);
    let lastIndex = -1;
    for (const i of [...sums.keys()].sort((a, b) => a - b)) {
      const [lat, lon, n] = sums.get(i)!;
      const c: [number, number] = [step(lat / n), step(lon / n)];
      centreOf.set(i, c);
      centres += vlq(i - lastIndex - 1) + vlq(zigzag(c[0] - centre0[0])) + vlq(zigzag(c[1] - centre0[1]));
      lastIndex = i;
      centre0 = c;
    }
    const width = widthOf(table.length);
    let previousSuffix = -1;
    for (const c of group.rows) {
      const suffix = Number(c.insee.slice(group.dep.length));
      if (!Number.isInteger(suffix) || suffix <= previousSuffix) throw new Error(`gazetteer: INSEE ${c.insee} out of order`);
      insee += vlq(suffix - previousSuffix - 1);
      previousSuffix = suffix;
      let shared = 0;
      while (shared < SHARED.length && shared < c.name.length && c.name[shared] === previousName[shared]) shared++;
      names.push((shared ? SHARED[shared - 1] : '') + c.name.slice(shared));
      previousName = c.name;
      postcodeCounts += vlq(c.postcodes.length);
      for (const p of c.postcodes) postcodes += fixedDigits(table.indexOf(p), width);
      const here: [number, number] = [step(c.lat), step(c.lon)];
      const from = c.postcodes.length ? centreOf.get(table.indexOf(c.postcodes[0]!))! : previous;
      pos += vlq(zigzag(here[0] - from[0])) + vlq(zigzag(here[1] - from[1]));
      previous = here;
      pop += DIGITS[populationRank(c.population)];
    }
  }
  return {
    format: GAZETTEER_FORMAT,
    version: GAZETTEER_VERSION,
    q,
    n: rows.length,
    deps: groups.map((g) => `${g.dep}:${g.rows.length}`).join(','),
    insee,
    names: names.join('|'),
    postcodeTables,
    centres,
    postcodeCounts,
    postcodes,
    pos,
    pop,
  };
}

/**
 * Decodes a block `slice` rows at a time, so a caller can yield between slices (each group's
 * postcode table and centres are read when its first row is): call next() until done.
 */
export function blockReader(block: GazetteerBlock): { next(slice: number): Commune[]; readonly done: boolean } {
  if (block.format !== GAZETTEER_FORMAT || block.version !== GAZETTEER_VERSION) throw new Error(`gazetteer: unknown format ${block.format} ${block.version}`);
  const groups = block.deps ? block.deps.split(',').map((g) => g.split(':')).map(([dep, n]) => ({ dep: dep!, n: Number(n) })) : [];
  const names = block.n ? block.names.split('|') : [];
  if (names.length !== block.n || block.pop.length !== block.n || groups.reduce((sum, g) => sum + g.n, 0) !== block.n) throw new Error('gazetteer: column lengths differ');
  const tables = new Numbers(block.postcodeTables);
  const centreNumbers = new Numbers(block.centres);
  const counts = new Numbers(block.postcodeCounts);
  const indices = new Numbers(block.postcodes);
  const insee = new Numbers(block.insee);
  const pos = new Numbers(block.pos);
  const degrees = (steps: number) => Math.round((steps / block.q) * 1e5) / 1e5;
  let row = 0;
  let group = -1;
  let left = 0;
  let dep = '';
  let table: string[] = [];
  let centres = new Map<number, [number, number]>();
  let postcode = 0;
  let centre0: [number, number] = [0, 0];
  let suffix = -1;
  let name = '';
  let previous: [number, number] = [0, 0];

  function enterGroup() {
    const g = groups[++group]!;
    dep = g.dep;
    left = g.n;
    suffix = -1;
    table = [];
    for (let i = tables.next(); i > 0; i--) table.push(String((postcode += tables.signed())).padStart(5, '0'));
    centres = new Map();
    let index = -1;
    for (let i = centreNumbers.next(); i > 0; i--) {
      index += centreNumbers.next() + 1;
      centre0 = [centre0[0] + centreNumbers.signed(), centre0[1] + centreNumbers.signed()];
      centres.set(index, centre0);
    }
  }

  return {
    get done() {
      return row >= block.n;
    },
    next(slice) {
      const out: Commune[] = [];
      for (const end = Math.min(block.n, row + slice); row < end; row++) {
        while (left === 0) enterGroup();
        left--;
        suffix += insee.next() + 1;
        const entry = names[row]!;
        const shared = SHARED.indexOf(entry[0]!) + 1;
        name = shared ? name.slice(0, shared) + entry.slice(1) : entry;
        const width = widthOf(table.length);
        const postcodes: string[] = [];
        let first = -1;
        for (let k = counts.next(); k > 0; k--) {
          const i = indices.fixed(width);
          if (first < 0) first = i;
          postcodes.push(table[i]!);
        }
        const from = first >= 0 ? centres.get(first)! : previous;
        const here: [number, number] = [from[0] + pos.signed(), from[1] + pos.signed()];
        previous = here;
        const commune: Commune = { insee: dep + String(suffix).padStart(5 - dep.length, '0'), name, dep, postcodes, lat: degrees(here[0]), lon: degrees(here[1]) };
        const population = populationOfRank(VALUE[block.pop.charCodeAt(row)]!);
        if (population !== undefined) commune.population = population;
        out.push(commune);
      }
      return out;
    },
  };
}

/** Every row at once: for small blocks (a département, a name piece). */
export const decodeBlock = (block: GazetteerBlock): Commune[] => blockReader(block).next(block.n);
