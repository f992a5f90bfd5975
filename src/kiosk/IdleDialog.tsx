import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n';

interface Props {
  /** Seconds left to answer before the reset. */
  seconds: number;
  onContinue: () => void;
  onTimeout: () => void;
}

/** "Vous êtes toujours là ?": modal, announced, with one big button to stay. */
export function IdleDialog({ seconds, onContinue, onTimeout }: Props) {
  const t = useT('kiosk');
  const ref = useRef<HTMLDialogElement>(null);
  const [left, setLeft] = useState(seconds);
  const [announce, setAnnounce] = useState('');

  useEffect(() => {
    const dialog = ref.current!;
    if (!dialog.open) dialog.showModal();
    // A live region is only read when its text changes after it is in the page.
    const announceLater = setTimeout(() => setAnnounce(t('idleAnnounce', { count: seconds })), 100);
    const deadline = Date.now() + seconds * 1000;
    const tick = setInterval(() => {
      const remaining = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      setLeft(remaining);
      if (remaining === 0) {
        clearInterval(tick);
        onTimeout();
      }
    }, 250);
    return () => {
      clearInterval(tick);
      clearTimeout(announceLater);
      if (dialog.open) dialog.close();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      class="kiosk-idle"
      role="alertdialog"
      aria-labelledby="kiosk-idle-title"
      aria-describedby="kiosk-idle-text"
      onCancel={(e) => {
        e.preventDefault(); // Escape means "I am here"
        onContinue();
      }}
    >
      <h2 id="kiosk-idle-title">{t('idleTitle')}</h2>
      <p id="kiosk-idle-text">{t('idleText')}</p>
      <p class="kiosk-idle__count" aria-hidden="true">
        {t('idleCountdown', { count: left })}
      </p>
      {/* Announced once when the dialog opens; the per-second count above stays silent. */}
      <p class="kiosk-sr-only" aria-live="assertive">
        {announce}
      </p>
      <button type="button" class="kiosk-idle__continue" onClick={onContinue} autoFocus>
        {t('continue')}
      </button>
    </dialog>
  );
}
