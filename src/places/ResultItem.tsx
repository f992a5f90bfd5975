import type { AppState } from '../app/url-state';
import type { Hit } from '../search/nearest';
import { AppLink } from '../ui/AppLink';
import type { OpeningHoursCtor } from './hours';
import { ResultCard } from './ResultCard';
import { KeepButton } from '../favourites/KeepButton';
import { PickBox, type Picker } from '../place-list/Picker';

/** `level` 3 when the list sits under its own heading (results of an orientation with a fallback list). */
export function ResultItem({ hit, state, OH, picker, level = 2 }: { hit: Hit; state: AppState; OH: OpeningHoursCtor | undefined; picker?: Picker; level?: 2 | 3 }) {
  const { place } = hit;
  return (
    <ResultCard hit={hit} OH={OH} level={level} link={(name) => <AppLink to={{ ...state, place: place.id }}>{name}</AppLink>}>
      {picker?.active ? <PickBox place={place} picker={picker} /> : <KeepButton place={place} />}
    </ResultCard>
  );
}
