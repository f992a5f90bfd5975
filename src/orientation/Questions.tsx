import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { useMode } from '../app/mode';
import { useNavigate } from '../app/navigation';
import type { AppState } from '../app/url-state';
import { useT } from '../i18n';
import { kioskPosition } from '../kiosk/KioskShell';
import { TownPicker } from '../kiosk/TownPicker';
import { NEED_RULES, NEEDS } from '../needs/needs';
import { CommuneCombobox } from '../search/CommuneCombobox';
import { geolocate, type GeoError } from '../search/geolocate';
import { AppLink } from '../ui/AppLink';
import { Picto } from '../ui/Picto';
import { backTo, chooseNeed, chooseWhen, chooseWhere, currentStep, PICTOS, previousStep, resultsOf, stepNumber, STEPS, SUPPORT_CHOICES, WHEN, whenOf } from './steps';
import { toggled } from '../shared/toggled';
import './orientation.css';

/** Goes to the next question (or the results) with the answer given. */
type Answer = (next: AppState) => void;

/**
 * "Être guidé pas à pas": one question per screen, each answer a big button with a pictogram and
 * words. Every answer is a new history entry, so Back returns to the last question.
 */
export function Questions({ state }: { state: AppState }) {
  const t = useT(['orientation', 'common']);
  const navigate = useNavigate();
  const step = currentStep(state);
  const previous = previousStep(step);
  // The question's own entry keeps the answer (Back shows it chosen), then the next question is pushed.
  const answer: Answer = (next) => {
    navigate({ ...next, step }, { replace: true });
    navigate(next);
  };

  return (
    <div class="orient" data-step={step}>
      {previous && (
        <p class="back">
          <AppLink to={backTo(state, previous)}>
            <Picto name="back" />
            {t('previous')}
          </AppLink>
        </p>
      )}
      <h1 tabIndex={-1} data-focus-heading id="orient-question">
        <span class="orient__progress">{t('progress', { n: stepNumber(step), total: STEPS.length })}</span> {t(`${step}.question`)}
      </h1>
      <p class="lead" id="orient-hint">
        {t(`${step}.hint`)}
      </p>
      {step === 'need' && <NeedStep state={state} answer={answer} />}
      {step === 'where' && <WhereStep state={state} answer={answer} />}
      {step === 'when' && <WhenStep state={state} answer={answer} />}
      {step === 'how' && <HowStep state={state} />}
    </div>
  );
}

interface AnswerButtonProps {
  id: string;
  picto: string;
  label: string;
  hint?: string;
  chosen?: boolean;
  onClick: () => void;
}

/**
 * A big answer: pictogram (hidden from screen readers) and words, its name; the hint under it is its
 * description (outside the button, so the name is exactly the words on it).
 */
function AnswerButton({ id, picto, label, hint, chosen, onClick }: AnswerButtonProps) {
  return (
    <>
      <button type="button" class="answer" id={id} aria-describedby={hint ? `${id}-hint` : undefined} aria-pressed={chosen} onClick={onClick}>
        <span class="answer__picto" aria-hidden="true">
          {picto}
        </span>
        <span class="answer__label">{label}</span>
      </button>
      {hint && (
        <p class="answer__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </>
  );
}

function Answers({ children }: { children: ComponentChildren }) {
  return (
    <ul class="answers" aria-labelledby="orient-question">
      {children}
    </ul>
  );
}

function NeedStep({ state, answer }: { state: AppState; answer: Answer }) {
  const t = useT('needs');
  return (
    <Answers>
      {NEEDS.map((need) => (
        <li key={need}>
          <AnswerButton
            id={`need-${need}`}
            picto={NEED_RULES[need].icon}
            label={t(`need.${need}.label`)}
            hint={t(`need.${need}.hint`)}
            chosen={state.need ? state.need === need : undefined}
            onClick={() => answer(chooseNeed(state, need))}
          />
        </li>
      ))}
    </Answers>
  );
}

function WhereStep({ state, answer }: { state: AppState; answer: Answer }) {
  const t = useT(['orientation', 'finder', 'kiosk']);
  const kiosk = useMode() === 'kiosk';
  const [locating, setLocating] = useState(false);
  const [error, setError] = useState<GeoError>();
  const [picking, setPicking] = useState(false);
  const go = (where: { near: { lat: number; lon: number } } | { commune: string }) => answer(chooseWhere(state, where));

  if (kiosk) {
    // A shared touch screen has no position to ask for and no keyboard: its own place, or a town from big buttons.
    const here = kioskPosition();
    return (
      <>
        <Answers>
          {here && (
            <li>
              <AnswerButton id="where-here" picto={PICTOS.aroundMe} label={t('kiosk:aroundHere')} onClick={() => go({ near: here })} />
            </li>
          )}
          <li>
            <AnswerButton id="where-town" picto={PICTOS.town} label={t('kiosk:chooseTown')} onClick={() => setPicking(true)} />
          </li>
        </Answers>
        {picking && <TownPicker near={here ?? { lat: 46.6, lon: 2.5 }} onClose={() => setPicking(false)} onPick={(c) => go({ commune: c.insee })} />}
      </>
    );
  }

  const aroundMe = async () => {
    if (locating) return;
    setError(undefined);
    setLocating(true);
    try {
      go({ near: await geolocate() });
    } catch (e) {
      setError(e as GeoError);
    } finally {
      setLocating(false);
    }
  };

  return (
    <>
      <Answers>
        <li>
          <AnswerButton id="where-me" picto={PICTOS.aroundMe} label={t('finder:start.aroundMe')} onClick={() => void aroundMe()} />
        </li>
      </Answers>
      <p role="status" class="status-line">
        {locating ? t('finder:start.locating') : ''}
      </p>
      {error && (
        <p class="message message--error" role="alert">
          {t(`finder:start.geo.${error}`)}
        </p>
      )}
      <p class="separator" aria-hidden="true">
        {t('finder:start.or')}
      </p>
      <CommuneCombobox onChoose={(c) => go({ commune: c.insee })} />
    </>
  );
}

function WhenStep({ state, answer }: { state: AppState; answer: Answer }) {
  const t = useT('orientation');
  const chosen = whenOf(state);
  return (
    <Answers>
      {WHEN.map((when) => (
        <li key={when}>
          <AnswerButton
            id={`when-${when}`}
            picto={PICTOS[when]}
            label={t(`when.${when}`)}
            hint={t(`when.${when}Hint`)}
            chosen={chosen === undefined ? undefined : chosen === when}
            onClick={() => answer(chooseWhen(state, when))}
          />
        </li>
      ))}
    </Answers>
  );
}

function HowStep({ state }: { state: AppState }) {
  const t = useT(['orientation', 'common']);
  const navigate = useNavigate();
  // Ticks replace the question's URL: it can be shared as it stands, and Back leaves the question.
  const set = (next: Partial<AppState>) => navigate({ ...state, ...next, step: 'how' }, { replace: true });
  const toggle = (id: string, picto: string, label: string, checked: boolean, onChange: () => void) => (
    <li key={id}>
      <input type="checkbox" id={id} class="toggle__box" checked={checked} onChange={onChange} />
      <label for={id} class="toggle">
        <span class="answer__picto" aria-hidden="true">
          {picto}
        </span>
        <span class="answer__label">{label}</span>
      </label>
    </li>
  );
  return (
    <>
      <fieldset class="orient__group">
        <legend>{t('how.practical')}</legend>
        <ul class="answers answers--toggles">
          {toggle('how-walkin', PICTOS.walkin, t('how.walkin'), state.walkin, () => set({ walkin: !state.walkin }))}
          {toggle('how-free', PICTOS.free, t('how.free'), state.free, () => set({ free: !state.free }))}
        </ul>
      </fieldset>
      <fieldset class="orient__group">
        <legend>{t('how.support')}</legend>
        <ul class="answers answers--toggles">
          {SUPPORT_CHOICES.map((s) =>
            toggle(`how-${s}`, PICTOS[s], t(`how.${s}`), state.access.includes(s), () =>
              set({ access: toggled(state.access, s) }),
            ),
          )}
        </ul>
      </fieldset>
      <p>
        <AppLink to={resultsOf(state)} class="button button--primary button--big">
          <Picto name="search" />
          {t('how.submit')}
        </AppLink>
      </p>
    </>
  );
}
