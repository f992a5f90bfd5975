import type { AppState } from '../app/url-state';
import { i18next, useT } from '../i18n';
import { NEED_RULES } from '../needs/needs';
import { formatDistance } from '../places/format';
import { ResultItem } from '../places/ResultItem';
import { useSearchWithHours } from '../search/use-search';
import { AppLink } from '../ui/AppLink';
import type { Gap } from './gaps';
import { changeAnswers } from './steps';
import './need-results.css';

/** Fallback places shown under the honest note; the link opens the full list. */
const FALLBACK_COUNT = 5;

/** Results with need=: what the person came for, what to bring, and what the data cannot say. */
export function NeedSummary({ state, gaps, radiusKm }: { state: AppState; gaps: Gap[]; radiusKm: number }) {
  const t = useT(['orientation', 'needs', 'place', 'finder']);
  const need = state.need!;
  const rule = NEED_RULES[need];
  const distance = formatDistance(t, i18next.language, radiusKm);
  const what = (gap: Gap) => {
    switch (gap.kind) {
      case 'need':
        return t(`gap.need.${gap.need}`);
      case 'walkin':
        return t('gap.walkin');
      case 'access':
        return t('gap.access', { support: t(`place:support.${gap.support}`) });
      case 'hours':
        return t('gap.hours');
    }
  };
  return (
    <div class="need">
      <p class="need-banner" data-testid="need-banner">
        <span class="need-banner__picto" aria-hidden="true">
          {rule.icon}
        </span>
        <span>{t('results.need', { need: t(`needs:need.${need}.label`) })}</span>
      </p>
      <ul class="need-links">
        <li>
          <AppLink to={changeAnswers(state)}>{t('results.change')}</AppLink>
        </li>
      </ul>
      <details class="need-bring">
        <summary>{t('needs:bringTitle')}</summary>
        <ul>
          {rule.bring.map((item) => (
            <li key={item}>{t(`needs:bring.${item}`)}</li>
          ))}
        </ul>
      </details>
      {gaps.length > 0 && (
        <div class="message need-gaps" data-testid="need-gaps">
          {gaps.map((gap) => (
            <p key={gap.kind === 'access' ? gap.support : gap.kind}>
              {/* A new line in easy-read French (pre-line), a space elsewhere. */}
              {what(gap)}
              {'\n'}
              {gap.count ? t('gap.count', { count: gap.count, distance }) : t('gap.none', { distance })}
            </p>
          ))}
        </div>
      )}
    </div>
  );
}

interface FallbackProps {
  /** The results' own state: a place opened from here comes back to them. */
  state: AppState;
  /** The search without the thin filters (gaps.ts, fallbackSearch). */
  search: AppState;
  gaps: Gap[];
  /** Places already in the main list. */
  exclude: string[];
  /** "Near here": the radius of the nearest places, the one the counts are over. */
  radiusKm: number;
}

/** "Près d'ici, ces lieux peuvent aussi vous aider": the nearest places of the fallback search. */
export function NeedFallback({ state, search, gaps, exclude, radiusKm }: FallbackProps) {
  const t = useT(['orientation', 'needs']);
  const { result, OH } = useSearchWithHours(search, FALLBACK_COUNT, exclude);
  // Only places near here: a far one is no better than the main list, which goes on further.
  const hits = result.status === 'done' ? result.hits.filter((h) => h.km <= radiusKm) : [];
  if (hits.length === 0) return null;
  const fallback = search.need && gaps.some((g) => g.kind === 'need') ? NEED_RULES[search.need].fallback : undefined;
  return (
    <section class="need-fallback" aria-labelledby="need-fallback-title" data-testid="need-fallback">
      <h2 id="need-fallback-title">{t('fallback.title')}</h2>
      <p>{fallback ? t(`needs:fallback.${fallback.reason}`) : t('fallback.general')}</p>
      <ol class="result-list result-list--fallback">
        {hits.map((hit) => (
          <ResultItem key={hit.place.id} hit={hit} state={state} OH={OH} level={3} />
        ))}
      </ol>
      <p class="need-links">
        <AppLink to={search}>{t('fallback.more')}</AppLink>
      </p>
    </section>
  );
}
