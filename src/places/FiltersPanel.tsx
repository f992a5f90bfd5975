import { i18next, useT } from '../i18n';
import { useNavigate } from '../app/navigation';
import type { AppState } from '../app/url-state';
import { KINDS, SERVICES, SUPPORTS, type Kind, type Place, type Service, type Support } from '../shared/place';
import { Picto } from '../ui/Picto';
import { formatDistance } from './format';
import { countMatching, NO_FILTERS, type Clock, type FilterState, type IsOpen } from './filters';
import { toggled } from '../shared/toggled';

interface Props {
  state: AppState;
  pool: Place[];
  radiusKm: number;
  isOpen: IsOpen;
  clock?: Clock;
  hoursReady: boolean;
}

const NATIONAL_SERVICES = SERVICES.filter((s) => s !== 'wifi');

/**
 * Disclosure panel of filters. Each option says how many places around would remain with it on,
 * counted over the places within the radius of the unfiltered nearest results.
 */
export function FiltersPanel({ state, pool, radiusKm, isOpen, clock, hoursReady }: Props) {
  const t = useT(['finder', 'place']);
  const navigate = useNavigate();
  const active =
    state.kinds.length + state.services.length + state.access.length + [state.open, state.today, state.weekend, state.free, state.support, state.walkin, state.mobile].filter(Boolean).length;
  // Filter toggles replace the history entry: Back leaves the results rather than undoing ticks one by one.
  const apply = (next: Partial<FilterState>) => navigate({ ...state, ...next }, { replace: true });
  const countWith = (next: Partial<FilterState>) => countMatching(pool, { ...state, ...next }, isOpen, clock);

  const option = (id: string, label: string, checked: boolean, onChange: () => void, count: number | undefined, hint?: string) => {
    const text = (
      <label for={id}>
        {label} {count !== undefined && <span class="count">{t('filters.count', { count })}</span>}
      </label>
    );
    return (
      <li key={id}>
        <input type="checkbox" id={id} checked={checked} onChange={onChange} aria-describedby={hint ? `${id}-hint` : undefined} />
        {hint ? (
          <span class="checks__text">
            {text}
            <span id={`${id}-hint`} class="checks__hint">
              {hint}
            </span>
          </span>
        ) : (
          text
        )}
      </li>
    );
  };
  const kindOption = (k: Kind) =>
    option(`f-kind-${k}`, t(`place:kind.${k}`), state.kinds.includes(k), () => apply({ kinds: toggled(state.kinds, k) }), countWith({ kinds: [k] }));
  const serviceOption = (s: Service, label: string) =>
    option(`f-service-${s}`, label, state.services.includes(s), () => apply({ services: toggled(state.services, s) }), countWith({ services: state.services.includes(s) ? state.services : [...state.services, s] }));
  const accessOption = (s: Support) =>
    option(`f-access-${s}`, t(`place:support.${s}`), state.access.includes(s), () => apply({ access: toggled(state.access, s) }), countWith({ access: state.access.includes(s) ? state.access : [...state.access, s] }));

  return (
    <details class="filters" open={active > 0 ? true : undefined}>
      <summary class="filters__summary">
        <Picto name="filter" />
        {active ? t('filters.active', { count: active }) : t('filters.title')}
      </summary>
      <div class="filters__body">
        <p class="hint">{t('filters.radius', { distance: formatDistance(t, i18next.language, radiusKm) })}</p>
        <fieldset>
          <legend>{t('filters.kind')}</legend>
          <ul class="checks">{KINDS.map(kindOption)}</ul>
        </fieldset>
        <fieldset>
          <legend>{t('filters.practical')}</legend>
          <ul class="checks">
            {option('f-open', t('filters.open'), state.open, () => apply({ open: !state.open }), hoursReady ? countWith({ open: true }) : undefined)}
            {option('f-today', t('filters.today'), state.today, () => apply({ today: !state.today }), hoursReady ? countWith({ today: true }) : undefined)}
            {option('f-weekend', t('filters.weekend'), state.weekend, () => apply({ weekend: !state.weekend }), hoursReady ? countWith({ weekend: true }) : undefined)}
            {option('f-walkin', t('filters.walkin'), state.walkin, () => apply({ walkin: !state.walkin }), countWith({ walkin: true }), t('filters.walkinHint'))}
            {serviceOption('wifi', t('filters.wifi'))}
            {option('f-free', t('filters.free'), state.free, () => apply({ free: !state.free }), countWith({ free: true }))}
            {option('f-support', t('filters.support'), state.support, () => apply({ support: !state.support }), countWith({ support: true }))}
            {option('f-mobile', t('filters.mobile'), state.mobile, () => apply({ mobile: !state.mobile }), countWith({ mobile: true }))}
          </ul>
        </fieldset>
        <fieldset>
          <legend>{t('filters.services')}</legend>
          <ul class="checks">{NATIONAL_SERVICES.map((s) => serviceOption(s, t(`place:service.${s}`)))}</ul>
        </fieldset>
        <fieldset>
          <legend>{t('filters.access')}</legend>
          <ul class="checks">{SUPPORTS.map(accessOption)}</ul>
        </fieldset>
        {active > 0 && (
          <button type="button" class="button button--secondary" onClick={() => apply(NO_FILTERS)}>
            {t('filters.clear')}
          </button>
        )}
      </div>
    </details>
  );
}
