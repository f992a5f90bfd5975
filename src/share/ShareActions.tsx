import type { Place } from '../shared/place';

export interface ShareActionsProps {
  /** One place (place page) or a result list. */
  places: Place[];
  /** The app URL that reopens the same view on another phone. */
  url: string;
  title: string;
}

/** Hand-off (QR, SMS, copy, share sheet, print): filled in by src/share/. */
export function ShareActions(_props: ShareActionsProps) {
  return null;
}
