import type { SessionFormat } from '@leerkring/domain';

/**
 * The free texts of the demo's weeklogs, sessions and diffusion, in Dutch and anonymous: they name
 * regions, circles and themes, never a person, address, e-mail, phone number or citizen number.
 * Placeholders: `{cirkel}` a circle title, `{thema}` a theme or topic, `{regio}` a region name.
 */

export const ACTIVITIES: readonly { readonly kind: string; readonly text: string }[] = [
  { kind: 'bijeenkomst', text: 'Bijeenkomst van {cirkel} mee voorbereid en begeleid' },
  { kind: 'bijeenkomst', text: 'Deelgenomen aan de actiegroep van {cirkel}' },
  { kind: 'gesprek', text: 'Gesprek met beleidsadviseurs jeugd over {thema}' },
  { kind: 'gesprek', text: 'Verkennend gesprek met een aanbieder over deelname aan {cirkel}' },
  { kind: 'gesprek', text: 'Gesprek met ervaringsdeskundigen over hun rol in {cirkel}' },
  { kind: 'voorbereiding', text: 'Casus geanonimiseerd en voorbereid voor de casusbespreking' },
  { kind: 'voorbereiding', text: 'Programma en werkvormen voor de volgende bijeenkomst uitgewerkt' },
  { kind: 'netwerk', text: 'Regionaal netwerkoverleg jeugd: {cirkel} toegelicht' },
  { kind: 'netwerk', text: 'Intervisie met regio-ambassadeurs uit andere regio\'s' },
  { kind: 'netwerk', text: 'Landelijke ambassadeursdag: lessen over {thema} uitgewisseld' },
  { kind: 'verslaglegging', text: 'Geleerde les uit {cirkel} uitgeschreven' },
  { kind: 'verslaglegging', text: 'Verslag van de bijeenkomst gedeeld met de deelnemers' },
  { kind: 'overig', text: 'Nieuwsbrief voor partners in de regio geschreven' },
  { kind: 'overig', text: 'Lessen uit andere regio\'s over {thema} doorgenomen' },
];

export const REFLECTIONS: readonly string[] = [
  'De energie in de groep is hoog, maar het is lastig om onderwijs structureel aan tafel te krijgen.',
  'Veel herkenning tussen gemeenten; de volgende stap is samen kiezen wat we als eerste oppakken.',
  'De casusbespreking liet zien hoe vaak we op elkaar wachten. Dat inzicht neem ik mee naar de stuurgroep.',
  'Deze week vooral tijd gestoken in draagvlak bij bestuurders. Minder zichtbaar, wel nodig.',
  'Mooi om te zien dat een les uit een andere regio hier direct werd opgepakt.',
  'Ervaringsdeskundigen gaven een heel andere kijk op de toegang dan de professionals verwachtten.',
  'De agenda loopt vol met overleggen; ik wil meer tijd in de uitvoering doorbrengen.',
  'Lastige week: twee partners haakten af door drukte. Volgende maand opnieuw uitnodigen.',
  'De actiegroep werkt zelfstandig verder, mijn rol verschuift naar verbinden met andere regio\'s.',
  'Goede vragen gekregen over de privacy bij casusbesprekingen; afspraken over anonimiseren herhaald.',
];

export const WHAT_CHANGED: readonly string[] = [
  'Uren aangepast: de bijeenkomst liep uit en de voorbereiding was niet meegeteld.',
  'Cirkel toegevoegd die ik bij het vastleggen vergeten was.',
  'Aantal bereikte partners gecorrigeerd na controle van de presentielijst.',
  'Sectoren aangevuld: ook onderwijs en welzijn waren aanwezig.',
];

export const ADAPTATIONS: readonly string[] = [
  '{regio} begint kleiner: eerst twee gemeenten en drie aanbieders, na een half jaar de rest van de regio.',
  '{regio} neemt de aanpak over, maar laat het lokale team de regie houden in plaats van een aanbieder.',
  'In {regio} koppelen we dit aan de bestaande overleggen, zodat er geen nieuw overleg bijkomt.',
  '{regio} voegt ervaringsdeskundigen toe vanaf de eerste bijeenkomst.',
  'Overgenomen in {regio} met een kortere doorlooptijd en een evaluatie na drie maanden.',
  '{regio} gebruikt de werkwijze eerst bij één thema en breidt daarna uit.',
  'In {regio} is het onderwijs trekker in plaats van de gemeente.',
  '{regio} zet dit in binnen de bestaande regionale inkoopafspraken.',
  'Overgenomen zoals beschreven; in {regio} volgt de kenniswerkplaats de resultaten.',
  '{regio} past de aanpak aan voor een landelijk gebied met kleine kernen.',
];

export const ENDORSEMENT_COMMENTS: readonly string[] = [
  'Herkenbaar: bij ons speelt precies hetzelfde.',
  'Sterk voorbeeld, we gaan verkennen of dit bij ons past.',
  'Dit bevestigt wat wij in onze eigen cirkel zagen.',
  'Goed onderbouwd en praktisch toepasbaar.',
  'Waardevol voor de gesprekken met onze bestuurders.',
];

export const PROMOTION_REASONS: readonly string[] = [
  'Deze les is in veel regio\'s overgenomen en werkt in stedelijke en landelijke gebieden. Heel Nederland moet haar kennen.',
  'Een succesfactor die de kern raakt van een lerend jeugdstelsel: samen leren over organisatiegrenzen heen.',
  'Onderbouwd met praktijk- en ervaringskennis en door regio\'s met verschillende schaal toegepast.',
  'Past bij de actielijnen van Zorg voor de Jeugd en is eenvoudig over te nemen.',
  'De resultaten in de regio\'s die haar overnamen zijn overtuigend; landelijk uitlichten verdient de moeite.',
  'Een les die laat zien hoe de uitvoering zelf de transformatie draagt.',
];

export const RETRACTION_REASON =
  'Bij nader inzien gebaseerd op te weinig casussen om als les te delen; ingetrokken tot er meer onderbouwing is.';

export const REMOVAL_REASONS: readonly string[] = [
  'Andere functie aanvaard buiten de jeugdhulp.',
  'Organisatie heeft een collega als vervanger aangewezen.',
  'Tijdelijk gestopt vanwege drukte in het eigen team.',
];

/** The first, plenary session of a generic circle. */
export const OPENING_SUMMARY =
  'Startbijeenkomst over {thema}: de deelnemers brachten knelpunten en kansen in kaart en kozen waar de cirkel aan werkt.';

/** Summaries of a generic circle's later sessions, per format. */
export const SESSION_SUMMARIES: Readonly<Record<SessionFormat, readonly string[]>> = {
  plenair: [
    'Plenaire bijeenkomst: de actiegroepen deelden hun voortgang over {thema} en vroegen de anderen om feedback.',
    'Plenaire terugblik: wat hebben we geleerd over {thema}, en wat nemen we mee naar onze eigen organisaties.',
  ],
  actiegroep: [
    'De actiegroep werkte verder aan {thema} en maakte afspraken over wie wat voorbereidt.',
    'Actiegroep: eerste resultaten over {thema} besproken en de volgende stap gekozen.',
  ],
  casusbespreking: [
    'Casusbespreking over {thema}: een geanonimiseerde casus gevolgd door alle betrokken organisaties.',
    'Een vastgelopen casus rond {thema} besproken: waar ontstond de vertraging, en wie had eerder kunnen handelen.',
  ],
  fasterclass: [
    'Fasterclass van een middag: in korte rondes de contouren van een aanpak voor {thema} bepaald.',
  ],
  omdenksessie: [
    'Omdenksessie over {thema}: wat als de gewone oplossing niet bestond? Nieuwe ideeën verzameld.',
    'Omdenken met ervaringsdeskundigen: het probleem rond {thema} vanuit het gezin bekeken.',
  ],
};

export const fill = (template: string, values: Readonly<Record<string, string>>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
