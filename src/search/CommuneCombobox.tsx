import { useEffect, useRef, useState } from 'preact/hooks';
import { NotOnDeviceError } from '../device-data';
import { useT } from '../i18n';
import type { CommuneMatch } from '../shared/commune-index';
import type { Commune } from '../shared/place';
import { Picto } from '../ui/Picto';
import { prepareTownSearch, suggestTowns } from './town-search';

interface Props {
  onChoose: (commune: Commune) => void;
}

type Failure = 'offline' | 'error';

/**
 * Town or postcode field, ARIA 1.2 combobox with a listbox popup: suggestions come from the
 * gazetteer, read piece by piece on a first visit (./town-search.ts) and from the device once it
 * is kept. Arrow keys move the active option (aria-activedescendant), Enter chooses (once the
 * suggestions of what was typed are there), Escape closes then clears.
 */
export function CommuneCombobox({ onChoose }: Props) {
  const t = useT('finder');
  const [query, setQuery] = useState('');
  // Suggestions belong to the query they answer: a stale list is never shown nor chosen.
  const [answer, setAnswer] = useState<{ query: string; matches: CommuneMatch[]; partial: boolean }>({ query: '', matches: [], partial: false });
  const [failed, setFailed] = useState<Failure>();
  const [attempt, setAttempt] = useState(0);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [submitted, setSubmitted] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const latest = useRef('');

  // The gazetteer's directory ahead of the first keystroke (the pieces come with the letters typed).
  useEffect(() => void prepareTownSearch().catch(() => undefined), []);

  useEffect(() => {
    latest.current = query;
    if (!query.trim()) return;
    suggestTowns(query).then(
      ({ matches, partial }) => {
        if (latest.current !== query) return;
        setAnswer({ query, matches, partial });
        setFailed(undefined);
      },
      (error: unknown) => latest.current === query && setFailed(error instanceof NotOnDeviceError ? 'offline' : 'error'),
    );
  }, [query, attempt]);

  const ready = answer.query === query;
  const matches: CommuneMatch[] = ready && query.trim() ? answer.matches : [];
  const expanded = open && matches.length > 0;
  const optionId = (i: number) => `commune-option-${i}`;

  // Enter pressed before the suggestions arrived: the first one is chosen when they do.
  useEffect(() => {
    if (submitted && ready) {
      setSubmitted(false);
      choose(matches[0]);
    }
  }, [submitted, ready]);

  const submit = () => (ready ? choose(matches[active >= 0 ? active : 0]) : setSubmitted(true));

  const choose = (match: CommuneMatch | undefined) => {
    if (!match) return;
    setOpen(false);
    setQuery(match.commune.name);
    onChoose(match.commune);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        setOpen(true);
        setActive((a) => (matches.length ? (a + 1) % matches.length : -1));
        break;
      case 'ArrowUp':
        e.preventDefault();
        setOpen(true);
        setActive((a) => (matches.length ? (a <= 0 ? matches.length - 1 : a - 1) : -1));
        break;
      case 'Enter':
        e.preventDefault();
        submit();
        break;
      case 'Escape':
        if (expanded) setOpen(false);
        else setQuery('');
        setActive(-1);
        break;
    }
  };

  let status = '';
  if (query.trim()) {
    if (failed) status = failed === 'offline' ? t('start.townsNeedNetwork') : t('common:loadError');
    else if (!ready) status = t('start.communesLoading');
    else if (open) status = matches.length ? t('start.suggestions', { count: matches.length }) : t('start.noSuggestion');
  }

  return (
    <form
      class="town"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <label for="town-input" class="town__label">
        {t('start.townLabel')}
      </label>
      <p id="town-hint" class="hint">
        {t('start.townHint')}
      </p>
      <div class="town__row">
        <div class="combobox">
          <input
            ref={inputRef}
            id="town-input"
            type="text"
            role="combobox"
            autoComplete="off"
            autoCapitalize="off"
            spellcheck={false}
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls="town-listbox"
            aria-describedby="town-hint"
            aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
            value={query}
            onInput={(e) => {
              setQuery(e.currentTarget.value);
              setOpen(true);
              setActive(-1);
              setSubmitted(false);
            }}
            onKeyDown={onKeyDown}
            onBlur={() => setOpen(false)}
          />
          <ul id="town-listbox" role="listbox" aria-label={t('start.townLabel')} class="combobox__list" hidden={!expanded}>
            {matches.map((m, i) => (
              <li
                key={m.commune.insee}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                class="combobox__option"
                // mousedown, not click: the input's blur would close the list first
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(m);
                }}
              >
                <span class="combobox__name">{m.commune.name}</span> <span class="combobox__meta">{m.postcode ?? m.commune.dep}</span>
              </li>
            ))}
          </ul>
        </div>
        <button type="submit" class="button button--secondary">
          <Picto name="search" />{t('start.townSubmit')}
        </button>
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      {ready && answer.partial && query.trim() && !failed && (
        <p class="hint" data-testid="towns-partial">
          {t('start.townsPartial')}
        </p>
      )}
      {failed && query.trim() && (
        <p class="message message--error">
          {failed === 'offline' ? t('start.townsNeedNetwork') : t('common:loadError')}{' '}
          <button type="button" class="link-button" onClick={() => setAttempt((n) => n + 1)}>
            {t('common:retry')}
          </button>
        </p>
      )}
    </form>
  );
}
