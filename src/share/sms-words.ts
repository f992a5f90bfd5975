import type { SmsWords } from './sms-text';

type T = (key: string, options?: Record<string, unknown>) => string;

/** The SMS words of the current language (`share:sms.*`). */
export const smsWords = (t: T): SmsWords => ({
  today: t('sms.today'),
  closedToday: t('sms.closedToday'),
  appointment: t('sms.appointment'),
  mobile: t('sms.mobile'),
  phone: t('sms.phone'),
  timeSeparator: t('sms.timeSeparator'),
});
