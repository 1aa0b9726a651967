import fc from 'fast-check';
import { DomainError } from './domain-error';
import { passesElfproef } from './privacy-numbers';
import { HARMLESS_TEXTS, IDENTIFYING_TEXTS } from './privacy-guard.corpus';
import { assertNoIdentifyingData, privacyRefusal, scanForIdentifyingData } from './privacy-guard';
import { optionalPersonText, optionalText, requirePersonText, requireText } from './validation';

const found = (text: string) => scanForIdentifyingData(text).map((f) => [f.kind, text.slice(f.start, f.end)]);

function refusalOf(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('the privacy guard on free text', () => {
  describe('the corpus', () => {
    it('holds at least 40 realistic texts, identifying and harmless', () => {
      expect(IDENTIFYING_TEXTS.length + HARMLESS_TEXTS.length).toBeGreaterThanOrEqual(40);
      expect(new Set(IDENTIFYING_TEXTS.flatMap((t) => t.findings.map(([kind]) => kind))))
        .toEqual(new Set(['bsn', 'email', 'phone', 'birth-date']));
    });

    const identifying = IDENTIFYING_TEXTS.map((t) => [t.text, t.findings] as const);
    it.each(identifying)('finds exactly what identifies: %s', (text, findings) => {
      expect(found(text)).toEqual(findings);
    });

    it.each(HARMLESS_TEXTS.map((t) => [t.text, t.passes] as const))('lets harmless text pass: %s (%s)', (text) => {
      expect(found(text)).toEqual([]);
    });
  });

  describe('the 11-proef', () => {
    it('accepts numbers whose weighted sum is a multiple of 11', () => {
      expect(['123456782', '111222333', '201345006', '012345672'].filter(passesElfproef)).toHaveLength(4);
    });

    it('refuses other sums, other lengths and all zeros', () => {
      const others = ['123456789', '987654321', '12345678', '1234567820', '000000000', '12345678a'];
      expect(others.filter(passesElfproef)).toEqual([]);
    });
  });

  describe('for any number', () => {
    const nineDigits = fc.integer({ min: 100_000_000, max: 999_999_999 }).map(String);
    const layouts = [
      (d: string) => d,
      (d: string) => `${d.slice(0, 4)}.${d.slice(4, 6)}.${d.slice(6)}`,
      (d: string) => `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`,
    ];

    it('finds a BSN in every layout exactly when it passes the 11-proef', () => {
      fc.assert(fc.property(nineDigits, fc.constantFrom(...layouts), (digits, layout) => {
        const written = layout(digits);
        const text = `In het dossier stond ${written} bij de aanmelding.`;
        expect(found(text)).toEqual(passesElfproef(digits) ? [['bsn', written]] : []);
      }));
    });

    it('never takes an amount for a BSN', () => {
      fc.assert(fc.property(nineDigits, (digits) => {
        const thousands = digits.replace(/\B(?=(\d{3})+$)/g, '.');
        expect(found(`De regio begroot € ${thousands} voor 2025 en ${thousands} euro voor 2026.`)).toEqual([]);
      }));
    });

    it('never takes a meeting date or an hour for a birth date or a phone number', () => {
      const date = fc.date({ min: new Date('2015-01-01'), max: new Date('2030-12-31'), noInvalidDate: true });
      fc.assert(fc.property(date, fc.integer({ min: 0, max: 23 }), (day, hour) => {
        const [y, m, d] = day.toISOString().slice(0, 10).split('-');
        const hh = String(hour).padStart(2, '0');
        expect(found(`Bijeenkomst op ${d}-${m}-${y} ${hh}:00 uur in Almere, daarna ${d}/${m}/${y} ${hh} deelnemers.`))
          .toEqual([]);
      }));
    });
  });

  describe('the refusal', () => {
    it('is kind privacy, names the field and the kind of data, and never the data', () => {
      const error = refusalOf(() => assertNoIdentifyingData('insight', 'Zie dossier met BSN 1234.56.782.'));
      expect(error).toMatchObject({ kind: 'privacy', rule: 'privacy-bsn', field: 'insight', dataKind: 'bsn' });
      expect(error.message).toBe(
        'Het veld insight bevat iets dat op een BSN lijkt; beschrijf de casus zonder gegevens die een cliënt herkenbaar maken.',
      );
      expect(error.message).not.toMatch(/\d/);
    });

    it.each([
      ['e-mail', 'mail s.jansen@gmail.com', 'privacy-email', 'email'],
      ['phone', 'bel 06-12345678', 'privacy-phone', 'phone'],
      ['birth date', 'Sanne (03-05-2012) wacht', 'privacy-birth-date', 'birth-date'],
    ])('names a%s by its rule', (_what, text, rule, dataKind) => {
      expect(privacyRefusal('summary', text)).toMatchObject({ kind: 'privacy', rule, field: 'summary', dataKind });
    });

    it('takes the rule from the first finding and lists every kind found', () => {
      const error = privacyRefusal('reflection', 'Moeder (06-12345678) mailde vanaf moeder@example.nl over BSN 123456782.');
      expect(error).toMatchObject({ rule: 'privacy-phone', dataKind: 'phone' });
      expect(error?.message).toContain('een telefoonnummer, een e-mailadres en een BSN');
      expect(error?.message).not.toContain('example');
    });

    it('finds nothing to refuse in harmless text', () => {
      expect(privacyRefusal('summary', 'Casus besproken met omdenkers op 12-03-2024.')).toBeUndefined();
    });
  });

  describe('in the shared field checks', () => {
    it('guards every free text, after its length', () => {
      expect(refusalOf(() => requireText('summary', ' Bel 06 1234 5678 ', { max: 100 })))
        .toMatchObject({ kind: 'privacy', field: 'summary', rule: 'privacy-phone' });
      expect(refusalOf(() => requireText('summary', 'BSN 123456782', { max: 5 }))).toMatchObject({ rule: 'text-too-long' });
      expect(refusalOf(() => optionalText('comment', 'via jan@example.nl', 200))).toMatchObject({ rule: 'privacy-email' });
      expect(requireText('summary', ' Bijeenkomst op 12-03-2024 ', { max: 100 })).toBe('Bijeenkomst op 12-03-2024');
    });

    it("leaves a person's own name and e-mail address to the person record (encrypted, erasable)", () => {
      expect(requirePersonText('person.name', ' Anna de Vries ', { max: 120 })).toBe('Anna de Vries');
      expect(optionalPersonText('person.email', 'anna@example.nl', 254)).toBe('anna@example.nl');
      expect(optionalPersonText('person.email', '  ', 254)).toBeUndefined();
      expect(refusalOf(() => requirePersonText('person.name', '', { max: 120 }))).toMatchObject({ rule: 'text-required' });
    });
  });
});
