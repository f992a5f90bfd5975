// The guided orientation as pure state changes: each answer is a new URL (?page=orientation&step=…),
// so Back returns to the last question and every step can be shared; the last answer gives an
// ordinary results URL (the URL contract's filters plus need=).
import type { AppState } from '../app/url-state';
import { NEED_RULES, type Need } from '../needs/needs';
import type { Support } from '../shared/place';

/** One question per screen: what for, where, when, and what else matters. */
export const STEPS = ['need', 'where', 'when', 'how'] as const;
export type Step = (typeof STEPS)[number];

export const isStep = (value: string | null | undefined): value is Step => (STEPS as readonly string[]).includes(value ?? '');

/** "When": one answer; "any" sets no filter. */
export const WHEN = ['now', 'today', 'weekend', 'any'] as const;
export type When = (typeof WHEN)[number];

/** The specific supports the orientation asks about, in the person's words (hearing, sight, moving, reading, French). */
export const SUPPORT_CHOICES: readonly Support[] = ['surdite', 'deficience-visuelle', 'handicap-moteur', 'illettrisme', 'langues-etrangeres'];

/** Pictograms beside the words (decorative: the words carry the meaning). */
export const PICTOS = {
  now: '🕒',
  today: '📅',
  weekend: '🗓️',
  any: '✔️',
  aroundMe: '📍',
  town: '🏘️',
  walkin: '🚪',
  free: '🎁',
  surdite: '👂',
  'deficience-visuelle': '👁️',
  'handicap-moteur': '♿',
  illettrisme: '📖',
  'langues-etrangeres': '🗣️',
  'handicap-mental': '🧩',
} as const;

/**
 * The question to show. A shared or typed URL may skip ahead: a later question needs the answers
 * before it, so it falls back to the first one missing.
 */
export function currentStep(state: AppState): Step {
  const asked = state.step ?? 'need';
  if (asked === 'need' || !state.need) return 'need';
  if (asked === 'where' || (!state.near && !state.commune)) return 'where';
  return asked;
}

export const stepNumber = (step: Step) => STEPS.indexOf(step) + 1;

export function previousStep(step: Step): Step | undefined {
  const i = STEPS.indexOf(step);
  return i > 0 ? STEPS[i - 1] : undefined;
}

const at = (state: AppState, step: Step): AppState => ({ ...state, page: 'orientation', step, place: undefined });

export const chooseNeed = (state: AppState, need: Need): AppState => at({ ...state, need }, 'where');

export const chooseWhere = (state: AppState, where: { near: { lat: number; lon: number } } | { commune: string }): AppState =>
  at({ ...state, near: 'near' in where ? where.near : undefined, commune: 'commune' in where ? where.commune : undefined }, 'when');

export const whenOf = (state: AppState): When | undefined => (state.open ? 'now' : state.today ? 'today' : state.weekend ? 'weekend' : undefined);

export const chooseWhen = (state: AppState, when: When): AppState =>
  at({ ...state, open: when === 'now', today: when === 'today', weekend: when === 'weekend' }, 'how');

/** The previous question, with the answers given before it (Back does the same through history). */
export const backTo = (state: AppState, step: Step): AppState => at(state, step);

/**
 * The results of the orientation: the need's filters (src/needs/needs.ts) in place of any kind or
 * service filter, the answers as ordinary filters, and need= so the results say what it was for.
 */
export function resultsOf(state: AppState): AppState {
  const rule = state.need ? NEED_RULES[state.need] : undefined;
  return {
    ...state,
    page: undefined,
    step: undefined,
    kinds: [...(rule?.filters.kinds ?? [])],
    services: [...(rule?.filters.services ?? [])],
    view: 'list',
  };
}

/** From the results back to the last question, the answers kept (the need's filters come back with "Voir les lieux"). */
export const changeAnswers = (state: AppState): AppState => ({ ...at(state, 'how'), kinds: [], services: [], view: 'list' });
