import {
  Button, Footer, LanguageNavigation, NavBar, PageContent, PageHeader, Paragraph, SkipLink, VisuallyHidden,
} from '@rijkshuisstijl-community/components-react';
import type { ReactNode } from 'react';
import { useSession } from '../api/session';
import { useI18n, type Language } from '../i18n/i18n';
import { label, ROLES } from '../vocabulary';
import { screensFor } from './navigation';
import { useRouter } from './router';

const LANGUAGES: readonly { lang: Language; name: string; local: Record<Language, string> }[] = [
  { lang: 'nl', name: 'Nederlands', local: { nl: 'Nederlands', en: 'Dutch' } },
  { lang: 'en', name: 'English', local: { nl: 'Engels', en: 'English' } },
];

function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  const selected = LANGUAGES.find((l) => l.lang === language)?.name ?? 'Nederlands';
  return (
    <LanguageNavigation.Root selectedLanguage={selected} className="lk-language">
      <LanguageNavigation.Trigger>
        <VisuallyHidden>{t('app.language')}: </VisuallyHidden>{selected}
      </LanguageNavigation.Trigger>
      <LanguageNavigation.Content aria-label={t('app.language')}>
        {LANGUAGES.map((l) => (
          <LanguageNavigation.Item key={l.lang} lang={l.lang} languageName={l.name} localLanguageName={l.local[language]} onClick={() => setLanguage(l.lang)} />
        ))}
      </LanguageNavigation.Content>
    </LanguageNavigation.Root>
  );
}

/** Skip link, header with the person and the language, the menu of their role, the main landmark, the footer. */
export function AppShell({ children }: { readonly children: ReactNode }) {
  const { t, language } = useI18n();
  const { principal, signOut } = useSession();
  const { location, navigate } = useRouter();
  const items = principal
    ? screensFor(principal.role).map((screen) => {
      const current = location.path === screen.path || location.path.startsWith(`${screen.path}/`);
      return {
        id: screen.path,
        href: screen.path,
        bold: current,
        label: <>{t(screen.label)}{current && <VisuallyHidden> ({t('app.currentPage')})</VisuallyHidden>}</>,
      };
    })
    : [];
  return (
    <div className="lk-app">
      <SkipLink href="#inhoud">{t('app.skipLink')}</SkipLink>
      <PageHeader className="lk-header">
        <div className="lk-header__inner">
          <a href="/" className="lk-brand">
            <span className="lk-brand__name">Leerkring</span>
            <span className="lk-brand__tagline">{t('app.tagline')}</span>
          </a>
          <div className="lk-header__end">
            {principal && (
              <Paragraph className="lk-who">
                <span className="lk-who__name">{principal.displayName}</span>{' '}
                <span className="lk-who__role">
                  {label(ROLES, principal.role, language)}{principal.regionIds.length > 0 && ` · ${principal.regionIds.join(', ')}`}
                </span>
              </Paragraph>
            )}
            <LanguageSwitch />
            {principal && (
              <Button appearance="secondary-action-button" onClick={() => { signOut(); navigate('/aanmelden'); }}>
                {t('app.signOut')}
              </Button>
            )}
          </div>
        </div>
      </PageHeader>
      {items.length > 0 && <NavBar aria-label={t('app.mainMenu')} items={items} />}
      <PageContent className="lk-content">
        <main id="inhoud" tabIndex={-1} className="lk-main">{children}</main>
      </PageContent>
      <Footer heading="Leerkring" appearanceLevel={4} background="primary-filled">
        <Paragraph className="lk-footer-text">{t('app.footer')}</Paragraph>
      </Footer>
    </div>
  );
}
