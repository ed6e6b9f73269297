import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Money, Node } from '../../common/graphql/types';
import { Role } from '../../common/context';
import { Employment, Gender, Region } from './customer.enums';

registerEnumType(Gender, {
  name: 'Gender',
  valuesConfig: { FEMALE: { description: 'Female.' }, MALE: { description: 'Male.' } },
  description: 'Gender as registered with the bank.',
});
registerEnumType(Region, {
  name: 'Region',
  valuesConfig: {
    BUSAN: { description: '부산광역시 (Busan).' },
    CHUNGBUK: { description: '충청북도 (North Chungcheong).' },
    CHUNGNAM: { description: '충청남도 (South Chungcheong).' },
    DAEGU: { description: '대구광역시 (Daegu).' },
    DAEJEON: { description: '대전광역시 (Daejeon).' },
    GANGWON: { description: '강원특별자치도 (Gangwon).' },
    GWANGJU: { description: '광주광역시 (Gwangju).' },
    GYEONGBUK: { description: '경상북도 (North Gyeongsang).' },
    GYEONGGI: { description: '경기도 (Gyeonggi).' },
    GYEONGNAM: { description: '경상남도 (South Gyeongsang).' },
    INCHEON: { description: '인천광역시 (Incheon).' },
    JEJU: { description: '제주특별자치도 (Jeju).' },
    JEONBUK: { description: '전북특별자치도 (North Jeolla).' },
    JEONNAM: { description: '전라남도 (South Jeolla).' },
    SEJONG: { description: '세종특별자치시 (Sejong).' },
    SEOUL: { description: '서울특별시 (Seoul).' },
    ULSAN: { description: '울산광역시 (Ulsan).' },
  },
  description: 'First-level administrative division (시·도) of Korea.',
});
registerEnumType(Employment, {
  name: 'Employment',
  valuesConfig: {
    FREELANCER: { description: 'Freelancer or contract worker (프리랜서).' },
    HOMEMAKER: { description: 'Homemaker (주부).' },
    PUBLIC_SECTOR: { description: 'Public servant or public-institution employee (공무원).' },
    RETIRED: { description: 'Retired (은퇴).' },
    SALARIED: { description: 'Salaried employee (직장인).' },
    SELF_EMPLOYED: { description: 'Self-employed or business owner (자영업).' },
    STUDENT: { description: 'Student (학생).' },
    UNEMPLOYED: { description: 'Not employed (무직).' },
  },
  description: 'Employment status.',
});

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
