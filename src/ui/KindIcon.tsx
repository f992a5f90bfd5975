import type { Kind } from '../shared/place';

/** Small pictograms next to the kind's name (never alone): decorative for screen readers. */
const PATHS: Record<Kind, string> = {
  // Marianne-like building with columns
  'france-services': 'M12 2 2 7v2h20V7L12 2zM4 11v7h3v-7H4zm6.5 0v7h3v-7h-3zM17 11v7h3v-7h-3zM2 20v2h20v-2H2z',
  // Screen and keyboard
  mediation: 'M3 4h18v11H3V4zm2 2v7h14V6H5zM1 17h22v2H1v-2z',
  // Three people around a table
  'tiers-lieu': 'M6 5a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5zm12 0a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5zM12 3a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5zM2 13h20v2h-2v6h-2v-6H6v6H4v-6H2v-2z',
  // Open book
  mediatheque: 'M2 4h7a3 3 0 0 1 3 3v13a2 2 0 0 0-2-2H2V4zm20 0h-7a3 3 0 0 0-3 3v13a2 2 0 0 1 2-2h8V4z',
};

export function KindIcon({ kind }: { kind: Kind }) {
  return (
    <svg class="kind-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <path d={PATHS[kind]} fill="currentColor" />
    </svg>
  );
}
