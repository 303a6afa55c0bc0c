// The interface language: Spanish or English, remembered in localStorage. The data stays as written;
// only the app's own words are translated. Features add their words with extend().
import { en } from './en';
import { es } from './es';

export type Lang = 'es' | 'en';
export const LANGS: readonly Lang[] = ['es', 'en'];
export type Messages = Record<string, string>;
const STORAGE_KEY = 'enlace.lang';

export interface I18n {
  /** The message for `key` with `{name}` placeholders filled; the key itself when unknown. */
  t: (key: string, vars?: Record<string, string | number>) => string;
  lang: () => Lang;
  setLang: (lang: Lang) => void;
  /** Adds (or overrides) messages, per language. */
  extend: (messages: Partial<Record<Lang, Messages>>) => void;
  onChange: (listener: (lang: Lang) => void) => void;
  /** Numbers and dates in the interface's locale. */
  number: (n: number) => string;
}

function initialLang(storage: Storage | null): Lang {
  const stored = storage?.getItem(STORAGE_KEY);
  if (stored === 'es' || stored === 'en') return stored;
  return navigator.language?.toLowerCase().startsWith('en') ? 'en' : 'es';
}

export function createI18n(storage: Storage | null = safeLocalStorage()): I18n {
  const dictionaries: Record<Lang, Messages> = { es: { ...es }, en: { ...en } };
  let current = initialLang(storage);
  const listeners: ((lang: Lang) => void)[] = [];
  document.documentElement.lang = current;
  return {
    t: (key, vars) => {
      const template = dictionaries[current][key] ?? dictionaries.en[key] ?? key;
      if (!vars) return template;
      return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
        const value = vars[name];
        if (value === undefined) return whole;
        return typeof value === 'number' ? value.toLocaleString(current) : value;
      });
    },
    lang: () => current,
    setLang: (lang) => {
      if (lang === current) return;
      current = lang;
      storage?.setItem(STORAGE_KEY, lang);
      document.documentElement.lang = lang;
      listeners.forEach((listener) => listener(lang));
    },
    extend: (messages) => {
      for (const lang of LANGS) Object.assign(dictionaries[lang], messages[lang] ?? {});
    },
    onChange: (listener) => void listeners.push(listener),
    number: (n) => n.toLocaleString(current),
  };
}

function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled: the language is not remembered
  }
}
