import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n';
import { loadCommunes } from '../places/store';
import type { Commune } from '../shared/place';
import { Picto } from '../ui/Picto';
import type { CommuneIndex, CommuneMatch } from './commune-index';

interface Props {
  onChoose: (commune: Commune) => void;
}

/**
 * Town or postcode field, ARIA 1.2 combobox with a listbox popup: suggestions come from the
 * shipped gazetteer, on the device. Arrow keys move the active option (aria-activedescendant),
 * Enter chooses, Escape closes then clears.
 */
export function CommuneCombobox({ onChoose }: Props) {
  const t = useT('finder');
  const [index, setIndex] = useState<CommuneIndex>();
  const [failed, setFailed] = useState(false);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);

  const startLoading = () => {
    if (index) return;
    setFailed(false);
    loadCommunes().then(setIndex, () => setFailed(true));
  };
  // Fetch the gazetteer soon after the start screen shows, so the first keystroke has it.
  useEffect(() => {
    const timer = setTimeout(startLoading, 1500);
    return () => clearTimeout(timer);
  }, []);

  const matches: CommuneMatch[] = index && query.trim() ? index.suggest(query, 8) : [];
  const expanded = open && matches.length > 0;
  const optionId = (i: number) => `commune-option-${i}`;

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
        choose(matches[active >= 0 ? active : 0]);
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
    if (failed) status = t('common:loadError');
    else if (!index) status = t('start.communesLoading');
    else if (open) status = matches.length ? t('start.suggestions', { count: matches.length }) : t('start.noSuggestion');
  }

  return (
    <form
      class="town"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        choose(matches[active >= 0 ? active : 0]);
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
            onFocus={startLoading}
            onInput={(e) => {
              setQuery(e.currentTarget.value);
              setOpen(true);
              setActive(-1);
              startLoading();
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
      {failed && query.trim() && (
        <p class="message message--error">
          {t('common:loadError')}{' '}
          <button type="button" class="link-button" onClick={startLoading}>
            {t('common:retry')}
          </button>
        </p>
      )}
    </form>
  );
}
