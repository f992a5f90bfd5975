import { useEffect, useRef, useState } from 'preact/hooks';
import { useMode } from '../app/mode';
import { EMPTY_STATE, serializeState, type AppState } from '../app/url-state';
import { keepSettings, useNavigate } from '../app/navigation';
import { useKeptPlaces } from '../favourites/use-kept';
import { useT } from '../i18n';
import { BRING_ITEMS, NEED_RULES, NEEDS, isNeed, type BringItem, type Need } from '../needs/needs';
import { useOnline } from '../device-data/use-online';
import { findPlaces, type ListEntry } from '../place-list/find-places';
import { resolveOrigin, useSearch, type Origin } from '../search/use-search';
import { smsParts } from '../share/gsm7';
import { ShareActions } from '../share/ShareActions';
import { personalUrl } from '../share/share-url';
import type { Place } from '../shared/place';
import { REFERRAL_MAX, wasOpenedInApp } from './open';
import { buildReferralSms } from './referral-sms';
import { ReferralSheet, type SheetFormat } from './ReferralSheet';
import './referral.css';

const defaultBring = (need: Need | undefined) => new Set<BringItem>(need ? NEED_RULES[need].bring : []);

/**
 * "Fiche d'orientation" (?page=fiche&places=…&need=…): a mediator prepares what the person takes
 * away. Places and need are in the URL (they say nothing about the person); what to bring, the
 * first name and the notes live in this component's memory only — no storage, no URL — and are
 * gone when the sheet is closed, the page left or reloaded, or the kiosk reset.
 */
export function ReferralPage({ state }: { state: AppState }) {
  const t = useT(['referral', 'needs', 'lists', 'share', 'common']);
  const navigate = useNavigate();
  const personal = useMode() !== 'kiosk';
  const online = useOnline();
  const ids = state.places.slice(0, REFERRAL_MAX);
  const [loaded, setLoaded] = useState<{ key: string; entries: ListEntry[]; origin?: Origin }>();
  const [bring, setBring] = useState(() => defaultBring(state.need));
  const [firstName, setFirstName] = useState('');
  const [notes, setNotes] = useState('');
  const [notesInSms, setNotesInSms] = useState(false);
  const [format, setFormat] = useState<SheetFormat>('a4');
  const kept = useKeptPlaces();
  const nearby = useSearch({ ...EMPTY_STATE, near: state.near, commune: state.commune }, undefined, 20);
  const key = ids.join(',');

  useEffect(() => {
    let live = true;
    (async () => {
      const origin = await resolveOrigin(state).catch(() => undefined);
      const entries = await findPlaces(ids, origin, personal);
      if (live) setLoaded({ key, entries, origin });
    })();
    return () => {
      live = false;
    };
  }, [key, state.near?.lat, state.near?.lon, state.commune, online]);

  const placesHeading = useRef<HTMLHeadingElement>(null);
  const setPlaces = (next: string[]) => {
    navigate({ ...state, places: next }, { replace: true });
    // The button pressed goes away with the change: keyboard focus lands on the section, not the page top.
    placesHeading.current?.focus();
  };
  const chooseNeed = (value: string) => {
    const need = isNeed(value) ? value : undefined;
    setBring(defaultBring(need));
    navigate({ ...state, need }, { replace: true });
  };
  const close = () => {
    if (wasOpenedInApp()) history.back();
    else if (ids.length === 1) navigate({ ...keepSettings(state), place: ids[0], near: state.near, commune: state.commune });
    else navigate({ ...keepSettings(state), near: state.near, commune: state.commune });
  };

  const entries = loaded?.key === key ? loaded.entries : undefined;
  const chosen = (entries ?? []).flatMap((e) => (e.state === 'found' ? [e.place] : []));
  const candidates = (list: Place[]) => list.filter((p) => !ids.includes(p.id));
  const fromKept = candidates((kept ?? []).map((k) => k.place));
  const fromNear = nearby.status === 'done' ? candidates(nearby.hits.map((h) => h.place)) : [];
  const origin = loaded?.origin;

  const needBring = state.need ? NEED_RULES[state.need].bring : [];
  const others = BRING_ITEMS.filter((item) => !needBring.includes(item));
  const ticked = [...needBring, ...others].filter((item) => bring.has(item));
  const toggle = (item: BringItem) =>
    setBring((set) => {
      const next = new Set(set);
      if (!next.delete(item)) next.add(item);
      return next;
    });

  // What leaves the screen: the list link (places and need) in the QR code and the SMS; never the first name.
  const link = personalUrl(`${location.origin}${location.pathname}${serializeState({ ...keepSettings(state), places: ids, need: state.need, near: state.near, commune: state.commune })}`);
  const sms = buildReferralSms({
    places: chosen,
    bring: ticked.map((item) => t(`sms.items.${item}`)),
    notes: notesInSms ? notes : undefined,
    link,
    words: {
      heading: state.need ? t('sms.heading', { need: t(`needs:need.${state.need}.label`) }) : t('sms.headingNoNeed'),
      bring: (items) => t('sms.bring', { items }),
      notes: (text) => t('sms.notes', { notes: text }),
      link: t('sms.link'),
      phone: t('share:sms.phone'),
    },
  });

  const check = (item: BringItem) => (
    <li key={item}>
      <input id={`bring-${item}`} type="checkbox" checked={bring.has(item)} onChange={() => toggle(item)} />
      <label for={`bring-${item}`}>{t(`needs:bring.${item}`)}</label>
    </li>
  );
  const addList = (title: string, list: Place[]) =>
    list.length > 0 && (
      <div class="referral__candidates">
        <h3>{title}</h3>
        <ul class="referral__add">
          {list.map((p) => (
            <li key={p.id}>
              <button type="button" class="button button--secondary" onClick={() => setPlaces([...ids, p.id])}>
                {t('places.addWhich', { name: p.name })}
              </button>
              {p.address.commune && <span class="hint"> {p.address.commune}</span>}
            </li>
          ))}
        </ul>
      </div>
    );

  return (
    <div class="referral">
      <h1 tabIndex={-1} data-focus-heading>
        {t('title')}
      </h1>
      <p class="lead">{t('intro')}</p>
      <p class="message">{t('privacy')}</p>

      <section aria-labelledby="referral-places">
        <h2 id="referral-places" ref={placesHeading} tabIndex={-1}>
          {t('places.title')}
        </h2>
        {state.places.length > REFERRAL_MAX && <p class="message">{t('places.tooMany')}</p>}
        {!entries ? (
          <p role="status">{t('loading')}</p>
        ) : ids.length === 0 ? (
          <p>{t('places.none')}</p>
        ) : (
          <ol class="referral__chosen">
            {entries.map((entry) => (
              <li key={entry.id} data-place-id={entry.id}>
                {entry.state === 'found' ? (
                  <span>
                    <strong>{entry.place.name}</strong>
                    {entry.place.address.commune && <span class="hint"> {entry.place.address.commune}</span>}
                  </span>
                ) : (
                  <span>{entry.state === 'missing' && online ? t('places.gone') : t('places.unavailable')}</span>
                )}{' '}
                <button type="button" class="button button--secondary" onClick={() => setPlaces(ids.filter((id) => id !== entry.id))}>
                  {t('places.remove')}
                  <span class="visually-hidden">{t('places.removeWhich', { name: entry.state === 'found' ? entry.place.name : entry.id })}</span>
                </button>
              </li>
            ))}
          </ol>
        )}
        {ids.length >= REFERRAL_MAX ? (
          <p class="hint">{t('places.full')}</p>
        ) : (
          <details class="referral__more" open={ids.length === 0}>
            <summary>{t('places.add')}</summary>
            {addList(t('places.fromKept'), fromKept)}
            {addList(origin?.name ? t('places.fromNear', { name: origin.name }) : t('places.fromNearPosition'), fromNear)}
            {fromKept.length === 0 && fromNear.length === 0 && <p class="hint">{t('places.noCandidates')}</p>}
          </details>
        )}
      </section>

      <section aria-labelledby="referral-need">
        <h2 id="referral-need">{t('need.title')}</h2>
        <label for="referral-need-select" class="referral__label">
          {t('need.label')}
        </label>
        <select id="referral-need-select" value={state.need ?? ''} onChange={(e) => chooseNeed((e.currentTarget as HTMLSelectElement).value)}>
          <option value="">{t('need.none')}</option>
          {NEEDS.map((need) => (
            <option key={need} value={need}>
              {t(`needs:need.${need}.label`)}
            </option>
          ))}
        </select>
        <p class="hint">{t('need.changeHint')}</p>
      </section>

      <section aria-labelledby="referral-bring">
        <h2 id="referral-bring">{t('bring.title')}</h2>
        <fieldset class="referral__fieldset">
          <legend>{t('bring.hint')}</legend>
          {needBring.length > 0 && <ul class="checks">{needBring.map(check)}</ul>}
          <details open={needBring.length === 0 || others.some((item) => bring.has(item))}>
            <summary>{t('bring.others')}</summary>
            <ul class="checks">{others.map(check)}</ul>
          </details>
        </fieldset>
      </section>

      <section aria-labelledby="referral-person">
        <h2 id="referral-person">{t('person.title')}</h2>
        <p class="referral__field">
          <label for="referral-first-name" class="referral__label">
            {t('person.firstName')}
          </label>
          <span id="referral-first-name-hint" class="hint">
            {t('person.firstNameHint')}
          </span>
          <input
            id="referral-first-name"
            type="text"
            autocomplete="off"
            autocapitalize="words"
            spellcheck={false}
            maxLength={40}
            aria-describedby="referral-first-name-hint"
            value={firstName}
            onInput={(e) => setFirstName((e.currentTarget as HTMLInputElement).value)}
          />
        </p>
        <p class="referral__field">
          <label for="referral-notes" class="referral__label">
            {t('person.notes')}
          </label>
          <span id="referral-notes-hint" class="hint">
            {t('person.notesHint')}
          </span>
          <textarea
            id="referral-notes"
            rows={4}
            autocomplete="off"
            maxLength={600}
            aria-describedby="referral-notes-hint"
            value={notes}
            onInput={(e) => setNotes((e.currentTarget as HTMLTextAreaElement).value)}
          />
        </p>
        {personal && (
          <p class="checks referral__notes-sms">
            <input id="referral-notes-sms" type="checkbox" checked={notesInSms} onChange={() => setNotesInSms((v) => !v)} />
            <label for="referral-notes-sms">{t('person.notesInSms')}</label>
          </p>
        )}
      </section>

      <section aria-labelledby="referral-output">
        <h2 id="referral-output">{t('output.title')}</h2>
        {chosen.length === 0 ? (
          <p class="message">{t('output.noPlace')}</p>
        ) : (
          <>
            <fieldset class="referral__fieldset">
              <legend>{t('output.format')}</legend>
              <ul class="checks">
                {(['a4', 'a6'] as const).map((f) => (
                  <li key={f}>
                    <input id={`referral-format-${f}`} type="radio" name="referral-format" checked={format === f} onChange={() => setFormat(f)} />
                    <label for={`referral-format-${f}`}>{t(`output.${f}`)}</label>
                  </li>
                ))}
              </ul>
            </fieldset>
            <ShareActions
              places={chosen}
              url={link}
              title={t('title')}
              sms={{ text: sms, count: t('sms.count', { count: sms.length, parts: smsParts(sms) }) }}
              sheet={<ReferralSheet format={format} places={chosen} need={state.need} bring={ticked} firstName={firstName} notes={notes} url={link} now={new Date()} />}
            />
          </>
        )}
      </section>

      <p>
        <button type="button" class="button button--primary" onClick={close}>
          {t('close')}
        </button>
      </p>
    </div>
  );
}
