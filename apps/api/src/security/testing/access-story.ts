import { randomUUID } from 'node:crypto';
import type { Principal, Role } from '../../command-side/command-context';
import { beheerder, landelijkAmbassadeur, ontwikkelaar, regioAmbassadeur, vng } from '../../command-side/testing/principals';
import { accepted, type GraphqlTestApp } from '../../graphql/testing/graphql-test-app';

type Input = Record<string, unknown>;

/**
 * Two regions with their people, for the authorization matrix: West-Brabant West (JZ36) where the
 * matrix acts, Flevoland (JZ08) whose people try to act in JZ36. Every mutation has an input
 * maker that sets up a fresh target as the rightful people would (a circle to close, a learning to
 * promote), so an allowed role is accepted and nothing depends on the order of the rows.
 */
export class AccessStory {
  readonly ids = { ambassador: '', flevolandAmbassador: '', national: '', developer: '', flevolandDeveloper: '', circle: '', flevolandCircle: '' };
  private counter = 0;

  constructor(private readonly t: GraphqlTestApp) {}

  /** The matrix's person of each role: all of them of JZ36, or national. */
  principalOf(role: Role): Principal {
    switch (role) {
      case 'regio-ambassadeur': return regioAmbassadeur(this.ids.ambassador, 'JZ36');
      case 'ontwikkelaar': return ontwikkelaar(this.ids.developer, 'JZ36');
      case 'landelijk-ambassadeur': return landelijkAmbassadeur(this.ids.national);
      case 'vng': return vng;
      case 'beheerder': return beheerder;
    }
  }

  /** Flevoland's people, who may change nothing of West-Brabant West. */
  get outsiders(): Principal[] {
    return [regioAmbassadeur(this.ids.flevolandAmbassador, 'JZ08'), ontwikkelaar(this.ids.flevolandDeveloper, 'JZ08')];
  }

  private next(): number {
    return ++this.counter;
  }

  private async send(mutation: string, input: Input, as: Principal): Promise<string> {
    const answer = accepted(await this.t.mutate(mutation, { idempotencyKey: randomUUID(), ...input }, as));
    return answer.createdId ?? answer.aggregateId;
  }

  async setUp(): Promise<void> {
    for (const [regionId, slug, name, province] of [
      ['JZ36', 'west-brabant-west', 'West-Brabant West', 'Noord-Brabant'], ['JZ08', 'flevoland', 'Flevoland', 'Flevoland'],
    ] as const) {
      await this.send('registerRegion', { regionId, slug, name, province }, beheerder);
    }
    const appoint = (name: string, scope: string, regionId?: string) => this.send('appointAmbassador', {
      person: { name }, scope, ...(regionId ? { regionId } : {}), background: 'GEMEENTE', appointedOn: '2024-01-08',
      ...(scope === 'NATIONAL' ? { hoursPerWeek: 16 } : {}),
    }, beheerder);
    this.ids.ambassador = await appoint('Anouk de Vries', 'REGIONAL', 'JZ36');
    this.ids.flevolandAmbassador = await appoint('Bram Jansen', 'REGIONAL', 'JZ08');
    this.ids.national = await appoint('Karin Smit', 'NATIONAL');
    for (const [key, regionId, name] of [['developer', 'JZ36', 'Sem Bakker'], ['flevolandDeveloper', 'JZ08', 'Lotte Visser']] as const) {
      this.ids[key] = await this.send('appointDeveloper', { person: { name }, appointedOn: '2024-01-08' }, beheerder);
      await this.send('assignDeveloperToRegion', { developerId: this.ids[key], regionId }, beheerder);
    }
    this.ids.circle = await this.circleIn('JZ36');
    this.ids.flevolandCircle = await this.circleIn('JZ08');
  }

  private circleIn(regionId: 'JZ36' | 'JZ08'): Promise<string> {
    const developerId = regionId === 'JZ36' ? this.ids.developer : this.ids.flevolandDeveloper;
    return this.send('startCircle', {
      regionId, developerId, title: `Cirkel ${this.next()}`, themes: ['WACHTTIJDEN'], startedOn: '2024-03-01',
    }, ontwikkelaar(developerId, regionId));
  }

  private async participantIn(circleId: string): Promise<string> {
    return this.send('addParticipant', {
      circleId, person: { name: `Deelnemer ${this.next()}` }, sector: 'JEUGDHULP', organisation: 'Zorgaanbieder', role: 'lid',
    }, ontwikkelaar(this.ids.developer, 'JZ36'));
  }

  private learningInput(circleId: string): Input {
    return {
      circleId, title: `Les ${this.next()}`, insight: 'Samen één wachtlijst bijhouden maakt zichtbaar wie te lang wacht.',
      themes: ['WACHTTIJDEN'], evidenceLevel: 'GOED_BESCHREVEN', knowledgeSources: ['PRAKTIJK'], origin: 'SESSIE',
    };
  }

  private learningIn(regionId: 'JZ36' | 'JZ08'): Promise<string> {
    const [circleId, as] = regionId === 'JZ36'
      ? [this.ids.circle, regioAmbassadeur(this.ids.ambassador, 'JZ36')]
      : [this.ids.flevolandCircle, regioAmbassadeur(this.ids.flevolandAmbassador, 'JZ08')];
    return this.send('captureLearning', this.learningInput(circleId), as);
  }

  private async supportPeriodOpen(): Promise<boolean> {
    const last = (await this.t.stream('region-JZ36')).filter((e) => e.type.startsWith('SupportPeriod')).at(-1);
    return last?.type === 'SupportPeriodStarted';
  }

  /** Weeks after the appointment (2024-W02) and before the test's today, each used once. */
  private weeksUsed = 2;

  private week(): string {
    this.weeksUsed += 1;
    if (this.weeksUsed > 26) throw new Error('the access story ran out of weeks before the test clock');
    return `2024-W${String(this.weeksUsed).padStart(2, '0')}`;
  }

  private weekOfWork(week: string): Input {
    return {
      ambassadorId: this.ids.ambassador, week, hours: 4, circleIds: [this.ids.circle],
      activities: [{ kind: 'BIJEENKOMST', text: 'Cirkel voorbereid' }], partnersReached: 2, sectorsReached: ['JEUGDHULP'],
    };
  }

  /**
   * A fresh input for the mutation, aimed at West-Brabant West (or, for endorse and adopt, at a
   * Flevoland learning: a region records what it does with another region's lesson).
   */
  async inputFor(mutation: string, role: Role): Promise<Input> {
    const n = this.next();
    const ids = this.ids;
    switch (mutation) {
      case 'registerRegion': return { regionId: `JZ${String(10 + (n % 20)).padStart(2, '0')}`, slug: `regio-${n}`, name: `Regio ${n}`, province: 'Utrecht' };
      case 'renameRegion': return { regionId: 'JZ36', name: `West-Brabant West ${n}` };
      case 'addMunicipality': return { regionId: 'JZ36', municipality: `Gemeente ${n}` };
      case 'removeMunicipality': {
        await this.send('addMunicipality', { regionId: 'JZ36', municipality: `Weg ${n}` }, beheerder);
        return { regionId: 'JZ36', municipality: `Weg ${n}` };
      }
      case 'addTransformationPlan': return { regionId: 'JZ36', title: `Plan ${n}`, themes: ['WACHTTIJDEN'], period: { from: '2024-01-01', to: '2025-12-31' } };
      case 'startSupportPeriod': {
        if (await this.supportPeriodOpen()) await this.send('endSupportPeriod', { regionId: 'JZ36', endsOn: '2021-12-31' }, beheerder);
        return { regionId: 'JZ36', startsOn: '2022-01-01' };
      }
      case 'endSupportPeriod': {
        if (!(await this.supportPeriodOpen())) await this.send('startSupportPeriod', { regionId: 'JZ36', startsOn: '2019-01-01' }, beheerder);
        return { regionId: 'JZ36', endsOn: '2021-12-31' };
      }
      case 'appointAmbassador': return { person: { name: `Ambassadeur ${n}` }, scope: 'REGIONAL', regionId: 'JZ36', background: 'CLIENT', appointedOn: '2024-02-01' };
      case 'departAmbassador': {
        const ambassadorId = await this.send('appointAmbassador', (await this.inputFor('appointAmbassador', 'beheerder')), beheerder);
        return { ambassadorId, departedOn: '2024-05-01' };
      }
      case 'appointDeveloper': return { person: { name: `Ontwikkelaar ${n}` }, appointedOn: '2024-02-01' };
      case 'assignDeveloperToRegion': {
        const developerId = await this.send('appointDeveloper', await this.inputFor('appointDeveloper', 'beheerder'), beheerder);
        return { developerId, regionId: 'JZ36' };
      }
      case 'releaseDeveloperFromRegion': {
        const { developerId } = await this.inputFor('assignDeveloperToRegion', 'beheerder');
        await this.send('assignDeveloperToRegion', { developerId, regionId: 'JZ36' }, beheerder);
        return { developerId, regionId: 'JZ36' };
      }
      case 'logWeeklyWork': return this.weekOfWork(this.week());
      case 'correctWeeklyWork': {
        const week = this.weekOfWork(this.week());
        await this.send('logWeeklyWork', week, regioAmbassadeur(ids.ambassador, 'JZ36'));
        return { ...week, hours: 3, whatChanged: 'Een uur minder' };
      }
      case 'startCircle': return { regionId: 'JZ36', developerId: ids.developer, title: `Cirkel ${n}`, themes: ['CRISIS'], startedOn: '2024-03-01' };
      case 'addParticipant': return { circleId: ids.circle, person: { name: `Deelnemer ${n}` }, sector: 'ONDERWIJS', organisation: 'School', role: 'lid' };
      case 'removeParticipant': return { circleId: ids.circle, participantId: await this.participantIn(ids.circle), reason: 'Andere functie' };
      case 'recordSession': return { circleId: ids.circle, date: '2024-04-15', format: 'PLENAIR', attendeeCount: 12, sectorsPresent: ['JEUGDHULP'], summary: 'Plan besproken.' };
      case 'formActionGroup': return { circleId: ids.circle, name: `Actiegroep ${n}`, theme: 'WACHTTIJDEN', memberIds: [await this.participantIn(ids.circle)] };
      case 'closeCircle': return { circleId: await this.circleIn('JZ36'), closedOn: '2024-07-02', outcome: 'Afgerond' };
      case 'captureLearning': return this.learningInput(ids.circle);
      case 'reviseLearning': return { learningId: await this.learningIn('JZ36'), evidenceLevel: 'GOED_ONDERBOUWD' };
      case 'retractLearning': return { learningId: await this.learningIn('JZ36'), reason: 'Dubbel' };
      case 'endorseLearning': return { learningId: await this.learningIn('JZ08'), comment: 'Herkenbaar', ...(role === 'landelijk-ambassadeur' ? { byRegionId: 'JZ36' } : {}) };
      case 'adoptLearning': return { learningId: await this.learningIn('JZ08'), adaptation: 'Overgenomen', adoptedOn: '2024-06-20' };
      case 'promoteLearning': return { learningId: await this.learningIn('JZ36'), reason: 'Landelijk waardevol' };
      case 'forgetPerson': return { personId: await this.participantIn(ids.circle) };
      case 'closeReportingPeriod': return { reportingPeriodId: `${2000 + (n % 20)}-Q${(n % 4) + 1}` };
      default: throw new Error(`no input maker for ${mutation}: add it to the access story`);
    }
  }
}
