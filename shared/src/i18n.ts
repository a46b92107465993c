/** Message languages. Chinese is the default: the users are Chinese civil servants. */
export type Lang = 'zh-CN' | 'en';

export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

/** A message in every supported language. Plain data, so findings serialise as they are. */
export interface LocalizedText {
  readonly 'zh-CN': string;
  readonly en: string;
}

export function text(zh: string, en: string): LocalizedText {
  return { 'zh-CN': zh, en };
}

/** Maps a locale such as `zh-cn`, `zh-Hans`, `en-US` to a supported language (Chinese by default). */
export function toLang(locale: string | undefined): Lang {
  if (!locale) return 'zh-CN';
  // en, en-US, en-GB, and en_US as POSIX writes it (a locale passed on from the environment).
  return /^en(?:$|[-_])/i.test(locale) ? 'en' : 'zh-CN';
}

export function localize(t: LocalizedText, lang: Lang): string {
  return t[lang];
}
