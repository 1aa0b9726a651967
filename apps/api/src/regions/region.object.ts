import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { Theme } from '@leerkring/domain';
import type {
  MunicipalityEntity, RegionEntity, SupportPeriodEntity, TransformationPlanEntity,
} from '@leerkring/read-models';
import { DATE, REGION_ID } from '../graphql/field-descriptions';
import { ThemeEnum } from '../graphql/vocabulary.enums';

/**
 * A jeugdregio as the API shows it. Relations (municipalities, plans, periods, people, circles,
 * activity) are resolved per field through the request's loaders (regions.queries.resolver.ts).
 */
@ObjectType('Region', { description: 'Een jeugdregio: samenwerkende gemeenten die de jeugdhulp samen organiseren.' })
export class RegionObject {
  @Field(() => ID, { description: REGION_ID })
  id!: string;

  @Field(() => String, { description: 'Leesbare naam voor adressen, zoals west-brabant-west.' })
  slug!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  province!: string;

  @Field(() => GraphQLISODateTime)
  registeredAt!: Date;

  @Field(() => [String], { description: 'Eerdere namen, oudste eerst.' })
  previousNames!: string[];

  static from(region: RegionEntity): RegionObject {
    return {
      id: region.id, slug: region.slug, name: region.name, province: region.province,
      registeredAt: region.registeredAt, previousNames: [...region.previousNames],
    };
  }
}

@ObjectType('Municipality', { description: 'Een gemeente die nu lid is van de regio.' })
export class MunicipalityObject {
  @Field(() => String)
  name!: string;

  @Field(() => GraphQLISODateTime)
  addedAt!: Date;

  static from(municipality: MunicipalityEntity): MunicipalityObject {
    return { name: municipality.name, addedAt: municipality.addedAt };
  }
}

@ObjectType('TransformationPlan', { description: 'Een transformatieplan van de regio; cirkels leren ervan.' })
export class TransformationPlanObject {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: REGION_ID })
  regionId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => [ThemeEnum.enumRef])
  themes!: Theme[];

  @Field(() => String, { description: DATE })
  periodFrom!: string;

  @Field(() => String, { description: DATE })
  periodTo!: string;

  static from(plan: TransformationPlanEntity): TransformationPlanObject {
    return {
      id: plan.id, regionId: plan.regionId, title: plan.title, themes: [...plan.themes] as Theme[],
      periodFrom: plan.periodFrom, periodTo: plan.periodTo,
    };
  }
}

@ObjectType('SupportPeriod', { description: 'Een ondersteuningsperiode van het OZJ in de regio.' })
export class SupportPeriodObject {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: DATE })
  startsOn!: string;

  @Field(() => String, { nullable: true, description: `${DATE} Leeg zolang de periode loopt.` })
  endsOn!: string | null;

  static from(period: SupportPeriodEntity): SupportPeriodObject {
    return { id: period.id, startsOn: period.startsOn, endsOn: period.endsOn };
  }
}
