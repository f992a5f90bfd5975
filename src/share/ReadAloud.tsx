import { useEffect, useState } from 'preact/hooks';
import { htmlLang, i18next, useT } from '../i18n';
import type { Place } from '../shared/place';
import { hereTexts } from '../stops/stop-texts';
import { sentence } from '../stops/schedule-text';
import { formatPhone } from '../places/phone';
import { Picto } from '../ui/Picto';
import { usePlaceTexts } from './use-place-texts';
import './share.css';

interface Props {
  place: Place;
}

/**
 * Speech needs a BCP 47 tag with a voice: Kreyòl voices are rare, French ones are understood.
 * Easy-read French (falc) is French: its own words, a French voice.
 */
function pickVoice(code: string): { voice?: SpeechSynthesisVoice; lang: string; fallback: boolean } {
  const lang = htmlLang(code);
  const voices = speechSynthesis.getVoices();
  const find = (prefix: string) => voices.find((v) => v.lang.toLowerCase().startsWith(prefix));
  const own = find(lang);
  if (own) return { voice: own, lang: own.lang, fallback: false };
  if (lang === 'gcf') return { voice: find('fr'), lang: 'fr-FR', fallback: true };
  return { lang, fallback: false };
}

/** Voices load asynchronously (Chrome fills getVoices() after 'voiceschanged'). */
function useHasVoices(): boolean {
  const supported = typeof speechSynthesis !== 'undefined';
  const [has, setHas] = useState(() => supported && speechSynthesis.getVoices().length > 0);
  useEffect(() => {
    if (!supported) return;
    const update = () => setHas(speechSynthesis.getVoices().length > 0);
    speechSynthesis.addEventListener('voiceschanged', update);
    return () => {
      speechSynthesis.removeEventListener('voiceschanged', update);
      speechSynthesis.cancel();
    };
  }, []);
  return has;
}

/** "Lire à voix haute": the place's key facts, spoken in the page language; hidden where the device has no voice. */
export function ReadAloud({ place }: Props) {
  const t = useT(['share', 'stops', 'place']);
  const texts = usePlaceTexts([place]);
  const hasVoices = useHasVoices();
  const [speaking, setSpeaking] = useState(false);
  const [note, setNote] = useState('');
  if (!hasVoices) return null;

  const text = () => {
    const r = (key: string, o?: Record<string, unknown>) => t(`readText.${key}`, o);
    const address = [place.address.street, place.address.postcode, place.address.commune].filter(Boolean).join(', ');
    const intervals = texts?.todayIntervals(place, new Date());
    const parts = [place.name + '.', r('address', { address })];
    const here = place.stop && hereTexts(t, i18next.language, place, new Date());
    if (here) parts.push(`${sentence(here.at)}.`, ...(here.next ? [`${here.next}.`] : []));
    else if (place.mobile) parts.push(r('mobile'));
    if (intervals?.length === 0) parts.push(r('closedToday'));
    else if (intervals) {
      const hours = texts!.formatIntervals(intervals, t('sms.timeSeparator')).replace(/-/g, ` ${r('to')} `);
      parts.push(r('today', { hours }));
    }
    if (place.phone) parts.push(r('phone', { phone: formatPhone(place.phone) }));
    return parts.join(' ');
  };

  const start = () => {
    speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text());
    const { voice, lang, fallback } = pickVoice(i18next.language);
    utterance.lang = lang;
    if (voice) utterance.voice = voice;
    utterance.rate = 0.9; // a little slower: many listeners are seniors
    utterance.onend = utterance.onerror = () => setSpeaking(false);
    setNote(fallback ? t('readAloudNoVoice') : '');
    setSpeaking(true);
    speechSynthesis.speak(utterance);
  };

  const stop = () => {
    speechSynthesis.cancel();
    setSpeaking(false);
  };

  return (
    <div class="read-aloud">
      {speaking ? (
        <button type="button" class="share__button" onClick={stop}>
          <Picto name="listen" />{t('stopReading')}
        </button>
      ) : (
        <button type="button" class="share__button" onClick={start}>
          <Picto name="listen" />{t('readAloud')}
        </button>
      )}
      <p role="status" class="read-aloud__note">
        {note}
      </p>
    </div>
  );
}
