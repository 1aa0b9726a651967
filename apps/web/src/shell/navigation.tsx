import type { MessageKey } from '../i18n/i18n';
import type { RoleCode } from '../vocabulary';

/** The screens and who has them in the menu (DESIGN.md 5); reading is open to every signed-in role. */
export interface Screen {
  readonly path: string;
  readonly label: MessageKey;
  readonly roles: readonly RoleCode[];
}

export const SCREENS: readonly Screen[] = [
  { path: '/mijn-week', label: 'nav.myWeek', roles: ['regio-ambassadeur'] },
  { path: '/cirkels', label: 'nav.circles', roles: ['ontwikkelaar', 'regio-ambassadeur'] },
  { path: '/lessen', label: 'nav.learnings', roles: ['regio-ambassadeur', 'ontwikkelaar', 'landelijk-ambassadeur', 'vng', 'beheerder'] },
  { path: '/overzicht', label: 'nav.overview', roles: ['regio-ambassadeur', 'ontwikkelaar', 'landelijk-ambassadeur', 'vng', 'beheerder'] },
  { path: '/rapportages', label: 'nav.reports', roles: ['vng'] },
];

export const screensFor = (role: string): Screen[] => SCREENS.filter((s) => (s.roles as readonly string[]).includes(role));

const HOMES: Readonly<Record<string, string>> = {
  'regio-ambassadeur': '/mijn-week', ontwikkelaar: '/cirkels', 'landelijk-ambassadeur': '/lessen', vng: '/rapportages', beheerder: '/overzicht',
};

/** Where a role starts after signing in: its own task first. */
export function homeOf(role: string): string {
  return HOMES[role] ?? '/lessen';
}
