import type { PrivacyDataKind } from './privacy-guard';

/**
 * Dutch youth-care texts with what the privacy guard must find in each: the kind and the exact
 * stretch of text, in the order of the text. Harmless texts say why they pass. Reusable by any
 * test that needs realistic identifying or harmless free text.
 */
export interface PrivacyCorpusText {
  readonly text: string;
  readonly findings: readonly (readonly [PrivacyDataKind, string])[];
  /** For a harmless text: the rule that lets it pass. */
  readonly passes?: string;
}

export const IDENTIFYING_TEXTS: readonly PrivacyCorpusText[] = [
  {
    text: 'Jan de Vries, geboren 12-03-2011, woont sinds de zomer in een gezinshuis in de regio.',
    findings: [['birth-date', '12-03-2011']],
  },
  {
    text: 'Sanne (03-05-2012) heeft drie maanden op de wachtlijst gestaan voordat de ambulante hulp begon.',
    findings: [['birth-date', '03-05-2012']],
  },
  {
    text: 'geb. 4 mei 2010 Mohammed, aangemeld via het wijkteam na zorgen van school.',
    findings: [['birth-date', '4 mei 2010']],
  },
  {
    text: 'Kevin is op 7 juli 2008 geboren en woont nu zelfstandig met ambulante begeleiding.',
    findings: [['birth-date', '7 juli 2008']],
  },
  {
    text: 'Aanmelding van Emma (geb. 2011-06-14) via de huisarts, met een verwijzing naar de jeugd-ggz.',
    findings: [['birth-date', '2011-06-14']],
  },
  {
    text: 'Geboortedatum: 22/11/2009. De jongere wacht op een plek in de 24-uurszorg.',
    findings: [['birth-date', '22/11/2009']],
  },
  {
    text: 'Haar zoon Daan is geboren op 12-03-2011 en gaat sinds kort naar het speciaal onderwijs.',
    findings: [['birth-date', '12-03-2011']],
  },
  {
    text: 'Noah (geboren 3 mei 2015) woont tijdelijk bij zijn opa en oma.',
    findings: [['birth-date', '3 mei 2015']],
  },
  {
    text: 'Voor de casusbespreking is het dossier met BSN 123456782 gebruikt; dat doen we voortaan niet meer.',
    findings: [['bsn', '123456782']],
  },
  {
    text: 'BSN-nummer van de jongere: 1234.56.782 (staat ook in het verwijsbericht).',
    findings: [['bsn', '1234.56.782']],
  },
  {
    text: 'De huisarts verwees met burgerservicenummer 111 222 333 naar de jeugd-ggz.',
    findings: [['bsn', '111 222 333']],
  },
  {
    text: 'In het verwijsbericht stond 201345006 als nummer van het kind; de school had het doorgestuurd.',
    findings: [['bsn', '201345006']],
  },
  {
    text: 'Sofinummer 12345672 stond nog in een oud dossier van de moeder.',
    findings: [['bsn', '12345672']],
  },
  {
    text: 'Moeder is bereikbaar op 06-12345678 als het wijkteam vragen heeft over de overdracht.',
    findings: [['phone', '06-12345678']],
  },
  {
    text: 'Bel de pleegouders op 06 1234 5678 om de terugkomdag af te stemmen.',
    findings: [['phone', '06 1234 5678']],
  },
  {
    text: 'Contact via +31 6 12345678 (vader, alleen na 17:00).',
    findings: [['phone', '+31 6 12345678']],
  },
  {
    text: 'Het gezin belde tijdens de vakantie met 0031 6 12345678 naar de crisisdienst.',
    findings: [['phone', '0031 6 12345678']],
  },
  {
    text: 'De school (020-1234567) meldde dat hij al weken niet in de klas was geweest.',
    findings: [['phone', '020-1234567']],
  },
  {
    text: 'Zijn voogd is te bereiken op 010 123 4567, ook in het weekend.',
    findings: [['phone', '010 123 4567']],
  },
  {
    text: 'Aanmelding via de oma, telefoon (070) 123 45 67, omdat de ouders niet bereikbaar waren.',
    findings: [['phone', '(070) 123 45 67']],
  },
  {
    text: 'Tante belde met +31 (0)20 123 4567 over de logeerweekenden.',
    findings: [['phone', '+31 (0)20 123 4567']],
  },
  {
    text: 'Het mentorschap loopt via de tante, tel. 06.12.34.56.78.',
    findings: [['phone', '06.12.34.56.78']],
  },
  {
    text: 'Stuur het verslag naar s.jansen@gmail.com zodat de moeder het kan nalezen.',
    findings: [['email', 's.jansen@gmail.com']],
  },
  {
    text: 'De jongere mailde zelf vanaf daan2009(at)hotmail.com naar de coördinator van de actiegroep.',
    findings: [['email', 'daan2009(at)hotmail.com']],
  },
  {
    text: 'Lisa de Boer, geboren op 22-11-2009, BSN 201345018, tel. 06-87654321, mail lisa.deboer@outlook.com.',
    findings: [
      ['birth-date', '22-11-2009'], ['bsn', '201345018'], ['phone', '06-87654321'], ['email', 'lisa.deboer@outlook.com'],
    ],
  },
  {
    // Pasted from a word processor: an en dash and a no-break space.
    text: 'Vader vroeg om terugbellen op 06\u201312345678 of 010\u00a01234567.',
    findings: [['phone', '06\u201312345678'], ['phone', '010\u00a01234567']],
  },
];

export const HARMLESS_TEXTS: readonly PrivacyCorpusText[] = [
  {
    text: 'De bijeenkomst op 12-03-2024 in Almere ging over wachttijden in de 24-uurszorg.',
    findings: [], passes: 'a date without a birth word or a name next to it',
  },
  {
    text: 'Op 4 mei hebben we met de negen gemeenten de gedeelde wachtlijst doorgenomen.',
    findings: [], passes: 'a day and month without a year is no date of birth',
  },
  {
    text: 'Overleg op dinsdag 4 juni 2024 van 13.00-15.30 uur bij de GGD.',
    findings: [], passes: 'a meeting date and hours',
  },
  {
    text: 'Ik heb deze week 32 uur besteed aan de cirkel, van 09:00 tot 12:30 met de actiegroep.',
    findings: [], passes: 'hours and times',
  },
  {
    text: 'De regio trekt € 123.456.789 uit voor de transformatie; daarvan gaat 123.456 euro naar de kenniswerkplaats.',
    findings: [], passes: 'amounts',
  },
  {
    text: 'Het tekort over 2023 bedroeg 123.456.782 euro, ondanks de nieuwe inkoopafspraken.',
    findings: [], passes: 'an amount in thousands that happens to pass the 11-proef',
  },
  {
    text: 'Het budget is 1.234.567 euro, ofwel € 1,2 miljoen per jaar voor de hele jeugdregio.',
    findings: [], passes: 'amounts',
  },
  {
    text: 'Postadres van het regionaal expertteam: Postbus 123, 1012 AB Amsterdam.',
    findings: [], passes: 'the postcode of an office',
  },
  {
    text: 'Sinds 2019 werken we met één wachtlijst; in 2023 daalde de gemiddelde wachttijd met 32%.',
    findings: [], passes: 'years and percentages',
  },
  {
    text: 'In week 14 en week 15 liep de casusbespreking uit; in 2024-W16 hebben we dat opgelost.',
    findings: [], passes: 'week numbers',
  },
  {
    text: 'Cijfers voor JZ36 en gemeentecode GM0363 laten zien dat het jeugdhulpgebruik stijgt.',
    findings: [], passes: 'CBS codes',
  },
  {
    text: 'De zorgaanbieder staat in het handelsregister onder KvK-nummer 12345678.',
    findings: [], passes: 'a KvK number has 8 digits and no BSN word before it',
  },
  {
    text: 'Het projectnummer 123456789 van de subsidie staat op elke factuur.',
    findings: [], passes: 'nine digits that fail the 11-proef',
  },
  {
    text: 'Zaaknummer 987 654 321 en 1234.56.789 komen uit het jaarverslag van de rechtbank.',
    findings: [], passes: 'grouped nine-digit numbers that fail the 11-proef',
  },
  {
    text: 'Alle kinderen geboren na 1 januari 2010 vallen onder de nieuwe afspraken over 18+.',
    findings: [], passes: 'geboren na: a cohort, not a person',
  },
  {
    text: 'Het idee voor de actiegroep is op 12-03-2019 geboren in Utrecht, tijdens een landelijke dag.',
    findings: [], passes: 'geboren next to a date, but no name: Utrecht is a place after "in"',
  },
  {
    text: 'Startbijeenkomst (12-03-2024): kennismaking, verwachtingen en het plan van aanpak.',
    findings: [], passes: 'a heading with a meeting date in brackets: a noun, not a name',
  },
  {
    text: 'Het verslag van de bijeenkomst in Almere (12-03-2024) is gedeeld met alle deelnemers.',
    findings: [], passes: 'a place after "in" with a date in brackets',
  },
  {
    text: 'Tijdens de Jeugdzorgdag (12-03-2024) presenteerde Fatima de resultaten van de actiegroep.',
    findings: [], passes: 'an event name before the bracketed date; a name alone is no date of birth',
  },
  {
    text: 'Sanne (12 jaar) en haar broertje wachten al een half jaar op een plek.',
    findings: [], passes: 'an age is no date of birth',
  },
  {
    text: 'Jongeren van 16 tot 23 jaar; de groepen 0-4 jaar en 4-12 jaar volgen later.',
    findings: [], passes: 'age ranges',
  },
  {
    text: 'Bij 3 van de 12 gezinnen duurde de overdracht langer dan 6 weken (50%).',
    findings: [], passes: 'counts and percentages',
  },
  {
    text: 'De Kindertelefoon (0800-0432) is genoemd als laagdrempelige plek voor jongeren.',
    findings: [], passes: 'a short service number is not a 10-digit phone number',
  },
  {
    text: 'Op 03-05-2024 10 jongeren gesproken over hun ervaringen met de toegang.',
    findings: [], passes: 'a date followed by a count is not a phone number',
  },
  {
    text: 'De evaluatie staat gepland op 2024-09-30; het doel is 6 weken wachttijd vóór 01-01-2025.',
    findings: [], passes: 'ISO and Dutch dates of planning',
  },
  {
    text: 'Van 2022 tot 2024 namen 112 professionals deel, uit 9 gemeenten en 14 aanbieders.',
    findings: [], passes: 'years and counts',
  },
  {
    text: 'Meer informatie op www.jeugdregio-flevoland.nl of via het secretariaat van de regio.',
    findings: [], passes: 'a web address is no e-mail address',
  },
  {
    text: 'Via @jeugdzorgNL op sociale media kwamen veel reacties op de campagne.',
    findings: [], passes: 'a social-media handle is no e-mail address',
  },
  {
    text: 'Peildatum (01-01-2024): gemiddeld 12 weken wachttijd over de periode 01-01-2024 - 31-03-2024.',
    findings: [], passes: 'a heading noun before a bracketed date, and a range of dates is no phone number',
  },
  {
    text: 'Almere, 12 maart 2024. Verslag van de regiotafel over de toegang.',
    findings: [], passes: 'the place and date above a letter',
  },
  {
    text: 'Zij is geboren op 12-03-2011 en woont met haar moeder in Almere.',
    findings: [], passes: 'geboren with a date but no name-like word: "Zij" opens the sentence, Almere follows "in"',
  },
  {
    text: 'Zie de les 1228adf4-4d01-50ad-ab12-0597956447cb in Leerkring; de 06-nummers van ouders delen we niet.',
    findings: [], passes: 'digits inside an id, and "06-nummers" without a number',
  },
  {
    text: 'Mohammed en Sanne uit de actiegroep hebben de werkwijze aan het regionaal overleg gepresenteerd.',
    findings: [], passes: 'first names alone are no identifying data the guard refuses',
  },
];
