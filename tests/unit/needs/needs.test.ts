import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BRING_ITEMS, isNeed, NEED_RULES, NEEDS } from '../../../src/needs/needs';
import { KINDS, SERVICES } from '../../../src/shared/place';

const fr = JSON.parse(readFileSync(new URL('../../../src/i18n/locales/fr/needs.json', import.meta.url), 'utf8'));

describe('needs table', () => {
  it('has a rule, words and something to bring for every need, and only known filters', () => {
    expect(Object.keys(NEED_RULES).sort()).toEqual([...NEEDS].sort());
    for (const need of NEEDS) {
      const rule = NEED_RULES[need];
      expect(fr.need[need].label, need).toBeTruthy();
      expect(rule.bring.length, need).toBeGreaterThan(0);
      for (const f of [rule.filters, rule.fallback].filter((x) => x !== undefined)) {
        for (const k of f.kinds) expect(KINDS).toContain(k);
        for (const s of f.services) expect(SERVICES).toContain(s);
      }
      if (rule.fallback) expect(fr.fallback[rule.fallback.reason], need).toBeTruthy();
      for (const item of rule.bring) expect(fr.bring[item], item).toBeTruthy();
    }
    expect(Object.keys(fr.bring).sort()).toEqual([...BRING_ITEMS].sort());
  });

  it('sends a procedure to the démarches service, printing to the data with France Services as fallback', () => {
    expect(NEED_RULES.demarches.filters).toEqual({ kinds: [], services: ['demarches'] });
    expect(NEED_RULES.imprimer.filters.services).toEqual(['printing']);
    expect(NEED_RULES.imprimer.fallback?.kinds).toEqual(['france-services']);
    expect(NEED_RULES.ordinateur.filters.kinds).toEqual(expect.arrayContaining(['mediatheque', 'mediation']));
    expect(NEED_RULES.autre.filters).toEqual({ kinds: [], services: [] });
  });

  it('recognises need ids only', () => {
    expect(isNeed('imprimer')).toBe(true);
    expect(isNeed('Imprimer')).toBe(false);
    expect(isNeed(undefined)).toBe(false);
  });
});

describe('needs table: what the data cannot answer', () => {
  it('every fallback is wider than its need: other filters, and kinds that help in general', () => {
    for (const need of NEEDS) {
      const { filters, fallback } = NEED_RULES[need];
      if (!fallback) continue;
      expect(fallback, need).not.toMatchObject(filters);
      // A fallback never asks for a service the data rarely records: it names kinds of places.
      expect(fallback.services, need).toEqual([]);
      expect(fallback.kinds.length, need).toBeGreaterThan(0);
    }
  });

  it('the services the open data almost never records (printing, low-cost computers, parenting, jobs, scams) all have a fallback', () => {
    for (const need of NEEDS) {
      const rare = NEED_RULES[need].filters.services.some((s) => ['printing', 'materiel-solidaire', 'parentalite', 'insertion-pro', 'numerique-securise'].includes(s));
      if (rare) expect(NEED_RULES[need].fallback, need).toBeDefined();
    }
    expect(NEED_RULES.demarches.fallback?.kinds).toEqual(['france-services', 'mediation']);
    expect(NEED_RULES.emploi.fallback?.kinds).toEqual(['france-services']);
  });

  it('has words for every need and reason in easy-read French too', () => {
    const falc = JSON.parse(readFileSync(new URL('../../../src/i18n/locales/falc/needs.json', import.meta.url), 'utf8'));
    for (const need of NEEDS) {
      expect(falc.need[need].label, need).toBeTruthy();
      expect(falc.need[need].hint, need).toBeTruthy();
      const reason = NEED_RULES[need].fallback?.reason;
      if (reason) expect(falc.fallback[reason], need).toBeTruthy();
    }
  });
});
