import { describe, expect, it } from 'vitest';
import { EMPTY_STATE, parseState, serializeState, type AppState } from '../../../src/app/url-state';
import { NEEDS } from '../../../src/needs/needs';
import { backTo, changeAnswers, chooseNeed, chooseWhen, chooseWhere, currentStep, previousStep, resultsOf, stepNumber, whenOf } from '../../../src/orientation/steps';

const start: AppState = { ...EMPTY_STATE, page: 'orientation' };
const url = (s: AppState) => serializeState(s);

describe('guided orientation steps', () => {
  it('goes need → where → when → how, each answer in the URL', () => {
    const s1 = chooseNeed(start, 'imprimer');
    expect(url(s1)).toBe('?need=imprimer&page=orientation&step=where');
    const s2 = chooseWhere(s1, { commune: '02408' });
    expect(url(s2)).toBe('?commune=02408&need=imprimer&page=orientation&step=when');
    const s3 = chooseWhen(s2, 'today');
    expect(url(s3)).toBe('?commune=02408&today=1&need=imprimer&page=orientation&step=how');
    expect([s1, s2, s3].map(currentStep)).toEqual(['where', 'when', 'how']);
    expect(stepNumber(currentStep(s3))).toBe(4);
    // Every step reads back from its URL as it was.
    for (const s of [s1, s2, s3]) expect(parseState(url(s))).toEqual(s);
  });

  it('ends on an ordinary results URL: the need filters, the answers, need=', () => {
    const how = { ...chooseWhen(chooseWhere(chooseNeed(start, 'imprimer'), { commune: '02408' }), 'today'), walkin: true, access: ['surdite' as const] };
    expect(url(resultsOf(how))).toBe('?commune=02408&service=printing&access=surdite&today=1&walkin=1&need=imprimer');
    const near = resultsOf(chooseWhen(chooseWhere(chooseNeed(start, 'ordinateur'), { near: { lat: 49.5641, lon: 3.6199 } }), 'any'));
    expect(url(near)).toBe('?near=49.5641,3.6199&kind=mediatheque,mediation,france-services&need=ordinateur');
    expect(url(resultsOf(chooseWhere(chooseNeed(start, 'autre'), { commune: '97113' })))).toBe('?commune=97113&need=autre');
    // A need's filters replace whatever kind or service was there.
    expect(resultsOf({ ...chooseWhere(chooseNeed(start, 'demarches'), { commune: '02408' }), kinds: ['tiers-lieu'], services: ['wifi'] })).toMatchObject({ kinds: [], services: ['demarches'] });
    for (const need of NEEDS) expect(resultsOf(chooseWhere(chooseNeed(start, need), { commune: '02408' })).page).toBeUndefined();
  });

  it('keeps the kiosk and language settings through the steps and into the results', () => {
    const kiosk = { ...start, mode: 'kiosk' as const, label: 'Laon', idle: 90, lang: 'falc' };
    const done = resultsOf(chooseWhen(chooseWhere(chooseNeed(kiosk, 'emploi'), { near: { lat: 49.56, lon: 3.62 } }), 'now'));
    expect(url(done)).toBe('?mode=kiosk&label=Laon&idle=90&lang=falc&near=49.56,3.62&service=insertion-pro&open=1&need=emploi');
  });

  it('answers one "when" at a time', () => {
    const s = chooseWhere(chooseNeed(start, 'emploi'), { commune: '02408' });
    expect(whenOf(chooseWhen(s, 'now'))).toBe('now');
    expect(chooseWhen(chooseWhen(s, 'now'), 'weekend')).toMatchObject({ open: false, today: false, weekend: true });
    expect(chooseWhen(chooseWhen(s, 'today'), 'any')).toMatchObject({ open: false, today: false, weekend: false });
    expect(whenOf(chooseWhen(s, 'any'))).toBeUndefined();
  });

  it('a shared URL that skips ahead shows the first question not answered yet', () => {
    expect(currentStep(parseState('?page=orientation'))).toBe('need');
    expect(currentStep(parseState('?page=orientation&step=how'))).toBe('need');
    expect(currentStep(parseState('?page=orientation&step=when&need=emploi'))).toBe('where');
    expect(currentStep(parseState('?page=orientation&step=how&need=emploi&commune=02408'))).toBe('how');
    expect(currentStep(parseState('?page=orientation&step=nope&need=emploi'))).toBe('need');
  });

  it('goes back one question with the answers kept, and from the results to the last one', () => {
    expect(previousStep('need')).toBeUndefined();
    expect(previousStep('how')).toBe('when');
    const how = chooseWhen(chooseWhere(chooseNeed(start, 'imprimer'), { commune: '02408' }), 'today');
    expect(url(backTo(how, 'where'))).toBe('?commune=02408&today=1&need=imprimer&page=orientation&step=where');
    expect(changeAnswers(resultsOf(how))).toEqual({ ...how, view: 'list' });
  });
});
