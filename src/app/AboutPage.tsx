import { useEffect, useState } from 'preact/hooks';
import { i18next, useT } from '../i18n';
import { formatDataDate } from '../offline/format';
import { safeWebUrl } from '../places/links';
import { dataSource } from '../device-data';
import type { Manifest, SourceInfo } from '../shared/place';
import { tileSource } from '../map/tile-sources';
import { AppLink } from '../ui/AppLink';
import { ExternalLink } from '../ui/ExternalLink';
import { EMPTY_STATE } from './url-state';

/** The tile source's credit is written for Leaflet as HTML; here it is shown as text plus its link. */
const TILE_CREDIT = tileSource.attribution.replace(/<[^>]*>/g, '').trim();
const TILE_LINK = safeWebUrl(/href="([^"]+)"/.exec(tileSource.attribution)?.[1]);

/** A place source counts the places citing it; a commune source, the communes it positions. */
function sourceCount(t: ReturnType<typeof useT>, s: SourceInfo, lang: string): string {
  const count = s.places ?? s.rowsKept;
  const format = (k: number) => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'fr-FR').format(k);
  // A stops file (buses' stops) is not a place source; the France Services list is both.
  const stops = s.stops ? t('stops', { count: s.stops, n: format(s.stops) }) : '';
  if (s.places === undefined && s.stops !== undefined) return stops;
  const main = t(s.places === undefined ? 'communes' : 'places', { count, n: format(count) });
  return stops ? `${main} · ${stops}` : main;
}

/** ?page=about — every source with its publisher, licence and date (Licence Ouverte asks for source and date). */
export function AboutPage() {
  const t = useT(['about', 'common', 'embed']);
  const [manifest, setManifest] = useState<Manifest | null>();
  useEffect(() => {
    dataSource.manifest().then(setManifest, () => setManifest(null));
  }, []);
  const lang = i18next.language;
  return (
    <article class="about">
      <h1 tabIndex={-1} data-focus-heading>
        {t('title')}
      </h1>
      <p>{t('intro')}</p>
      <h2>{t('sources')}</h2>
      {manifest === undefined && <p role="status">{t('common:loading')}</p>}
      {manifest === null && <p class="message message--error">{t('common:loadError')}</p>}
      {manifest && (
        <>
          {manifest.dateRange && <p>{t('range', { from: manifest.dateRange.from.slice(0, 4), to: manifest.dateRange.to.slice(0, 4) })}</p>}
          <ul class="sources">
            {manifest.sources.map((s) => {
              const url = safeWebUrl(s.url);
              const correction = safeWebUrl(s.correctionUrl);
              return (
                <li key={s.id} class="source">
                  <h3>{t('source', { publisher: s.publisher, title: s.title })}</h3>
                  <p>
                    {t('date', { date: formatDataDate(s.date, lang) })} · {sourceCount(t, s, lang)} · {t('licence', { licence: s.licence })}
                  </p>
                  <ul class="inline-links">
                    {url && (
                      <li>
                        <ExternalLink kind="web" href={url}>
                          {t('link')}
                        </ExternalLink>
                      </li>
                    )}
                    {correction && (
                      <li>
                        <ExternalLink kind="web" href={correction}>
                          {t('correction')}
                        </ExternalLink>
                      </li>
                    )}
                  </ul>
                </li>
              );
            })}
          </ul>
          <p>{t('generated', { date: formatDataDate(manifest.generatedAt, lang), count: manifest.counts.total })}</p>
        </>
      )}
      <h2>{t('map')}</h2>
      <p>
        {t('mapAttribution', { attribution: TILE_CREDIT })}
        {TILE_LINK && (
          <>
            {' · '}
            <ExternalLink kind="web" href={TILE_LINK}>
              {t('link')}
            </ExternalLink>
          </>
        )}
      </p>
      <h2>{t('privacy')}</h2>
      <p>{t('privacyText')}</p>
      <h2>{t('embed:builder.aboutTitle')}</h2>
      <p>
        {t('embed:builder.aboutText')} <AppLink to={{ ...EMPTY_STATE, page: 'integrer' }}>{t('embed:builder.link')}</AppLink>
      </p>
    </article>
  );
}
