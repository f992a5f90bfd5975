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
