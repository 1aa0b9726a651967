import { Alert, Paragraph } from '@rijkshuisstijl-community/components-react';
import { lazy, Suspense, useEffect, type ComponentType, type LazyExoticComponent } from 'react';
import { SessionProvider, useSession } from './api/session';
import { PageHeading } from './components/page-heading';
import { I18nProvider, useI18n } from './i18n/i18n';
import { AppShell } from './shell/app-shell';
import { homeOf, SCREENS } from './shell/navigation';
import { matchPath, RouterProvider, useRouter } from './shell/router';
import { SignInScreen } from './screens/sign-in/sign-in.screen';

// Each screen is its own chunk: the first load carries the shell and the sign-in page only.
const MyWeekScreen = lazy(() => import('./screens/my-week/my-week.screen'));
const CirclesScreen = lazy(() => import('./screens/circles/circles.screen'));
const CircleScreen = lazy(() => import('./screens/circles/circle.screen'));
const LearningsScreen = lazy(() => import('./screens/learnings/learnings.screen'));
const LearningScreen = lazy(() => import('./screens/learnings/learning.screen'));
const OverviewScreen = lazy(() => import('./screens/overview/overview.screen'));
const ReportsScreen = lazy(() => import('./screens/reports/reports.screen'));

type Routed = LazyExoticComponent<ComponentType<{ params: Record<string, string> }>>;

/** Patterns, the screen and the menu entry whose roles it follows. */
const ROUTES: readonly { pattern: string; screen: Routed; section: string }[] = [
  { pattern: '/mijn-week', screen: MyWeekScreen, section: '/mijn-week' },
  { pattern: '/cirkels', screen: CirclesScreen, section: '/cirkels' },
  { pattern: '/cirkels/:id', screen: CircleScreen, section: '/cirkels' },
  { pattern: '/lessen', screen: LearningsScreen, section: '/lessen' },
  { pattern: '/lessen/:id', screen: LearningScreen, section: '/lessen' },
  { pattern: '/overzicht', screen: OverviewScreen, section: '/overzicht' },
  { pattern: '/rapportages', screen: ReportsScreen, section: '/rapportages' },
];

function Message({ title, text }: { readonly title: string; readonly text: string }) {
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <Alert type="warning"><Paragraph>{text}</Paragraph></Alert>
    </>
  );
}

function Routes() {
  const { t } = useI18n();
  const { principal } = useSession();
  const { location, navigate } = useRouter();
  const signInPage = location.path === '/aanmelden' || location.path.startsWith('/aanmelden/');

  useEffect(() => {
    if (!principal && !signInPage) {
      navigate(`/aanmelden?verder=${encodeURIComponent(`${location.path}${location.search.size ? `?${location.search}` : ''}`)}`, { replace: true });
    } else if (principal && location.path === '/') {
      navigate(homeOf(principal.role), { replace: true });
    }
  }, [principal, signInPage, location, navigate]);

  if (signInPage || !principal) return <SignInScreen />;
  for (const route of ROUTES) {
    const params = matchPath(route.pattern, location.path);
    if (!params) continue;
    const section = SCREENS.find((s) => s.path === route.section);
    // Reading screens are open to all; the screens of one task (Mijn week, Rapportages) to their roles.
    const restricted = route.section === '/mijn-week' || route.section === '/rapportages';
    if (restricted && section && !(section.roles as readonly string[]).includes(principal.role)) {
      return <Message title={t(section.label)} text={t('app.notForRole')} />;
    }
    const Screen = route.screen;
    return (
      <Suspense fallback={<Paragraph role="status">{t('common.loading')}</Paragraph>}>
        <Screen params={params} />
      </Suspense>
    );
  }
  if (location.path === '/') return null;
  return <Message title={t('app.notFoundTitle')} text={t('app.notFound')} />;
}

export function App() {
  return (
    <I18nProvider>
      <RouterProvider>
        <SessionProvider>
          <AppShell>
            <Routes />
          </AppShell>
        </SessionProvider>
      </RouterProvider>
    </I18nProvider>
  );
}
