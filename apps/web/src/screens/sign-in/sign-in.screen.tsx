import {
  Alert, Button, Fieldset, FormFieldRadio, FormFieldSelect, Paragraph, SelectOption,
} from '@rijkshuisstijl-community/components-react';
import { useEffect, useState, type FormEvent } from 'react';
import {
  completeOidcSignIn, fetchAuthConfig, fetchDevRegions, OIDC_CALLBACK_PATH, requestDevToken, startOidcSignIn, type AuthConfig,
} from '../../api/auth-client';
import { ApiError, graphqlRequest } from '../../api/graphql-client';
import { useSession } from '../../api/session';
import { ErrorSummary, placeProblems } from '../../components/form-problems';
import { PageHeading } from '../../components/page-heading';
import { QueryStatus } from '../../components/query-status';
import { useI18n } from '../../i18n/i18n';
import { homeOf } from '../../shell/navigation';
import { useRouter } from '../../shell/router';
import { codesOf, label, ROLES, roleCode, type RoleCode } from '../../vocabulary';

const REGIONAL: readonly string[] = ['regio-ambassadeur', 'ontwikkelaar'];
const FIELDS = { role: 'veld-rol', regionId: 'veld-regio' } as const;

/** After a token from a real provider: who the API says the person is. */
async function principalFromApi(token: string) {
  const { me } = await graphqlRequest<{ me: { actorId: string; role: string; regionIds: string[]; name: string | null } }>(
    'query Me { me { actorId role regionIds name } }', undefined, token,
  );
  return { actorId: me.actorId, role: roleCode(me.role), regionIds: me.regionIds, displayName: me.name ?? me.actorId };
}

export function SignInScreen() {
  const { t, language } = useI18n();
  const { signIn, endedBecause } = useSession();
  const { location, navigate } = useRouter();
  const [config, setConfig] = useState<AuthConfig>();
  const [regions, setRegions] = useState<{ id: string; name: string }[]>([]);
  const [loadError, setLoadError] = useState<ApiError>();
  const [role, setRole] = useState<RoleCode>('regio-ambassadeur');
  const [regionId, setRegionId] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const next = location.search.get('verder');

  const finish = (principalRole: string, target = next) =>
    navigate(target && target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/aanmelden') ? target : homeOf(principalRole), { replace: true });

  useEffect(() => {
    fetchAuthConfig().then(async (loaded) => {
      setConfig(loaded);
      if (loaded.mode === 'development') {
        const list = await fetchDevRegions();
        setRegions(list);
        setRegionId((current) => current || (list[0]?.id ?? ''));
      } else if (location.path === OIDC_CALLBACK_PATH) {
        try {
          const { token, expiresAt, returnTo } = await completeOidcSignIn(loaded, window.location.search);
          const principal = await principalFromApi(token);
          signIn({ token, expiresAt, principal });
          finish(principal.role, returnTo);
        } finally {
          // Never leave the code and state in the address bar or the history; a failure stays on this page.
          if (window.location.pathname === OIDC_CALLBACK_PATH) navigate('/aanmelden', { replace: true });
        }
      }
    }).catch((failure: unknown) => setLoadError(
      failure instanceof ApiError ? failure : new ApiError([{ code: 'UNAUTHENTICATED', message: 'Aanmelden is niet gelukt. Probeer het opnieuw.' }]),
    ));
    // Once, on arrival.
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!config) return;
    setBusy(true);
    setError(undefined);
    try {
      if (config.mode === 'oidc') {
        await startOidcSignIn(config, next ?? undefined);
        return;
      }
      const signedIn = await requestDevToken(role, REGIONAL.includes(role) ? regionId : undefined);
      signIn(signedIn);
      finish(signedIn.principal.role);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const problems = placeProblems(error, FIELDS, t);
  return (
    <div className="lk-narrow">
      <PageHeading title={t('signIn.title')}>{t('signIn.title')}</PageHeading>
      {endedBecause === 'expired' && <Alert type="warning"><Paragraph>{t('signIn.expired')}</Paragraph></Alert>}
      <QueryStatus loading={!config && !loadError} error={loadError} />
      <ErrorSummary problems={problems} />
      {config?.mode === 'oidc' && (
        <form onSubmit={submit} noValidate>
          <Paragraph>{t('signIn.oidcIntro')}</Paragraph>
          <Button type="submit" appearance="primary-action-button" disabled={busy}>{t('signIn.oidcButton')}</Button>
        </form>
      )}
      {config?.mode === 'development' && (
        <form onSubmit={submit} noValidate aria-describedby="lk-dev-intro">
          <Paragraph id="lk-dev-intro">{t('signIn.devIntro')}</Paragraph>
          <Fieldset id={FIELDS.role} legend={t('signIn.role')}>
            {codesOf(ROLES).map((code) => (
              <FormFieldRadio
                key={code}
                label={label(ROLES, code, language)}
                name="rol"
                value={code}
                checked={role === code}
                onChange={() => setRole(code)}
              />
            ))}
          </Fieldset>
          {REGIONAL.includes(role) && (
            <div id={FIELDS.regionId}>
              <FormFieldSelect
                label={t('signIn.region')}
                name="regio"
                value={regionId}
                invalid={Boolean(problems.forField('regionId'))}
                errorMessage={problems.forField('regionId')}
                onChange={(event) => setRegionId(event.currentTarget.value)}
              >
                {regions.map((region) => <SelectOption key={region.id} value={region.id}>{region.name} ({region.id})</SelectOption>)}
              </FormFieldSelect>
            </div>
          )}
          <Button type="submit" appearance="primary-action-button" disabled={busy}>{t('signIn.submit')}</Button>
        </form>
      )}
    </div>
  );
}
