import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Money, Node } from '../../common/graphql/types';
import { Role } from '../../common/context';
import { Employment, Gender, Region } from './customer.enums';

registerEnumType(Gender, { name: 'Gender', description: 'Gender as registered with the bank.' });
registerEnumType(Region, {
  name: 'Region',
  description: 'First-level administrative division (시·도) of Korea.',
});
registerEnumType(Employment, { name: 'Employment', description: 'Employment status.' });

@ObjectType('Customer', { implements: Node, description: 'A retail-banking customer.' })
export class CustomerType implements Node {
  @Field(() => ID, { description: 'Opaque global id.' })
  id!: string;

  /** Local UUID for field resolvers and loaders; not exposed. */
  localId!: string;

  @Field({ description: 'Bank customer number, e.g. C00000042.' })
  customerNumber!: string;

  @Field({ description: 'Full name (Korean or Latin script).' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Contact e-mail address.' })
  email!: string | null;

  @Field(() => LocalDateResolver, { description: 'Date of birth (YYYY-MM-DD).' })
  birthDate!: string;

  @Field(() => Int, { description: 'Age in whole years on the server date.' })
  age!: number;

  @Field(() => Gender, { description: 'Gender.' })
  gender!: Gender;

  @Field(() => Region, { description: 'Region of residence.' })
  region!: Region;

  @Field({ description: 'Region name in Korean, e.g. 서울특별시.' })
  regionName!: string;

  @Field(() => Int, { description: 'Number of people in the household.' })
  householdSize!: number;

  @Field(() => Employment, { description: 'Employment status.' })
  employment!: Employment;

  @Field(() => Money, { description: 'Annual income before tax.' })
  annualIncome!: Money;

  @Field(() => Int, { description: 'Credit score on the 1–1000 scale (NICE/KCB).' })
  creditScore!: number;

  @Field({ description: 'When the record was created.' })
  createdAt!: Date;

  @Field({ description: 'When the record was last changed.' })
  updatedAt!: Date;
}

@ObjectType('CustomerLogin', { description: "The customer's online-banking login, if they have one." })
export class CustomerLoginType {
  @Field({ description: 'Login e-mail address.' })
  email!: string;

  @Field(() => Role, { description: 'Role of the login.' })
  role!: Role;

  @Field(() => Date, { nullable: true, description: 'Last successful login.' })
  lastLoginAt!: Date | null;
}
