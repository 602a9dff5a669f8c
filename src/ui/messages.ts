import type { Locale } from '../domain/locale.ts';
import { formatMessage, type MessageValues } from '../domain/message-format.ts';
import { en } from './i18n/en.ts';
import { zh, type MessageKey } from './i18n/zh.ts';

export type { MessageKey } from './i18n/zh.ts';

/** Every interface string, one catalogue per language (src/ui/i18n/). */
export const MESSAGES: Record<Locale, Record<MessageKey, string>> = { zh, en };

/** Looks up a message and fills its placeholders and plural forms. */
export function translate(locale: Locale, key: MessageKey, values: MessageValues = {}): string {
  return formatMessage(MESSAGES[locale][key], values, locale);
}
