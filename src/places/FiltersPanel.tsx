import { i18next, useT } from '../i18n';
import { useNavigate } from '../app/navigation';
import type { AppState } from '../app/url-state';
import { KINDS, SERVICES, type Kind, type Place, type Service } from '../shared/place';
import { formatDistance } from './format';
import { countMatching, type FilterState, type IsOpen } from './filters';

interface Props {
  state: AppState;
  pool: Place[];
  radiusKm: number;
  isOpen: IsOpen;
  hoursReady: boolean;
}

const NATIONAL_SERVICES = SERVICES.filter((s) => s !== 'wifi');
const toggle = <T,>(list: T[], item: T) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

/**
 * Disclosure panel of filters. Each option says how many places around would remain with it on,
 * counted over the places within the radius of the unfiltered nearest results.
 */
export function FiltersPanel({ state, pool, radiusKm, isOpen, hoursReady }: Props) {
  const t = useT(['finder', 'place']);
  const navigate = useNavigate();
  const active = state.kinds.length + state.services.length + [state.open, state.free, state.support, state.mobile].filter(Boolean).length;
  // Filter toggles replace the history entry: Back leaves the results rather than undoing ticks one by one.
  const apply = (next: Partial<FilterState>) => navigate({ ...state, ...next }, { replace: true });
  const countWith = (next: Partial<FilterState>) => countMatching(pool, { ...state, ...next }, isOpen);

  const option = (id: string, label: string, checked: boolean, onChange: () => void, count: number | undefined) => (
    <li key={id}>
      <input type="checkbox" id={id} checked={checked} onChange={onChange} />
      <label for={id}>
        {label} {count !== undefined && <span class="count">{t('filters.count', { count })}</span>}
      </label>
    </li>
  );
  const kindOption = (k: Kind) =>
    option(`f-kind-${k}`, t(`place:kind.${k}`), state.kinds.includes(k), () => apply({ kinds: toggle(state.kinds, k) }), countWith({ kinds: [k] }));
  const serviceOption = (s: Service, label: string) =>
    option(`f-service-${s}`, label, state.services.includes(s), () => apply({ services: toggle(state.services, s) }), countWith({ services: state.services.includes(s) ? state.services : [...state.services, s] }));

  return (
    <details class="filters" open={active > 0 ? true : undefined}>
      <summary class="filters__summary">{active ? t('filters.active', { count: active }) : t('filters.title')}</summary>
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
        {active > 0 && (
          <button type="button" class="button button--secondary" onClick={() => apply({ kinds: [], services: [], open: false, free: false, support: false, mobile: false })}>
            {t('filters.clear')}
          </button>
        )}
      </div>
    </details>
  );
}
