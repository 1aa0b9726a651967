import { useMemo } from 'react';
import { useI18n } from './i18n';

/** `2026-11-24` as the UTC midnight of that calendar day (never shifted by the browser's zone). */
export function parseDate(date: string): Date {
  return new Date(`${date.slice(0, 10)}T00:00:00Z`);
}

export interface Formatters {
  /** `24 november 2026` */
  date(date: string): string;
  /** `24 nov.` */
  shortDate(date: string): string;
  /** `1.234,5` */
  number(value: number, fractionDigits?: number): string;
  /** `november 2026` from `2026-11` */
  month(month: string): string;
}

export function formatters(locale: string): Formatters {
  const long = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const short = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const monthYear = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const numbers = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number) => {
    let format = numbers.get(digits);
    if (!format) {
      format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, useGrouping: true });
      numbers.set(digits, format);
    }
    return format;
  };
  return {
    date: (date) => long.format(parseDate(date)),
    shortDate: (date) => short.format(parseDate(date)),
    number: (value, fractionDigits = 2) => numberFormat(fractionDigits).format(value),
    month: (month) => monthYear.format(parseDate(`${month}-01`)),
  };
}

export function useFormat(): Formatters {
  const { locale } = useI18n();
  return useMemo(() => formatters(locale), [locale]);
}

/** A decimal typed the Dutch way (`7,5`) or the English way (`7.5`); undefined when it is none. */
export function parseDecimal(text: string): number | undefined {
  const trimmed = text.trim().replace(/\s/g, '');
  if (!/^-?\d+([.,]\d+)?$/.test(trimmed)) return undefined;
  return Number(trimmed.replace(',', '.'));
}

/** Today's calendar date in the Netherlands as `YYYY-MM-DD`. */
export function todayInNetherlands(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
