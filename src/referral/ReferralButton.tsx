import { useNavigate } from '../app/navigation';
import type { AppState } from '../app/url-state';
import { useT } from '../i18n';
import { markOpenedInApp, referralState } from './open';

/** "Préparer une fiche d'orientation" with these places (the first three), from the screen `from`. */
export function ReferralButton({ from, ids, disabled }: { from: AppState; ids: string[]; disabled?: boolean }) {
  const t = useT('referral');
  const navigate = useNavigate();
  return (
    <button
      type="button"
      class="button button--secondary"
      disabled={disabled}
      onClick={() => {
        markOpenedInApp();
        navigate(referralState(from, ids));
      }}
    >
      {t('open')}
    </button>
  );
}
