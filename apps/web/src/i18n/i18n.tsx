import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en } from './messages-en';
import { nl, type Messages } from './messages-nl';

export type Language = 'nl' | 'en';

const DICTIONARIES: Readonly<Record<Language, Messages>> = { nl, en };
const STORAGE_KEY = 'leerkring.taal';

/** `a.b.c` paths to every text of the dictionary. */
type Paths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
export type MessageKey = Paths<Messages>;
export type Translate = (key: MessageKey, values?: Readonly<Record<string, string | number>>) => string;

function lookup(dictionary: Messages, key: string): string {
  const found = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], dictionary);
  return typeof found === 'string' ? found : key;
}

/** Fills `{name}` placeholders. */
export function interpolate(text: string, values?: Readonly<Record<string, string | number>>): string {
  if (!values) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

interface I18n {
  readonly language: Language;
  readonly locale: string;
  readonly t: Translate;
  setLanguage(language: Language): void;
}

const I18nContext = createContext<I18n | undefined>(undefined);

function initialLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

/** Dutch first; English on request, remembered in this browser. */
export function I18nProvider({ children }: { readonly children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode without storage: the choice lasts for this page only.
    }
  }, []);
  const t = useCallback<Translate>((key, values) => interpolate(lookup(DICTIONARIES[language], key), values), [language]);
  const value = useMemo<I18n>(
    () => ({ language, locale: language === 'nl' ? 'nl-NL' : 'en-GB', t, setLanguage }),
    [language, t, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}
