import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../../common/context';
import { connectionTypes } from '../../common/graphql/types';
import { AuditKind } from './audit.model';

registerEnumType(AuditKind, {
  name: 'AuditKind',
  description: 'What kind of action an audit entry records.',
  valuesConfig: {
    ADVICE: { description: 'A piece of counselling advice sent to a customer (with the text as sent).' },
    REFINANCE_TRANSITION: { description: 'A refinance application changed status.' },
    ROLE_CHANGE: { description: "A login's role or active flag changed." },
    OIDC_LOGIN: {
      description: 'A login through an OpenID Connect provider (and the account it created, if any).',
    },
    OIDC_LINK: { description: 'A user linked an OpenID Connect account.' },
    OIDC_UNLINK: { description: 'A user unlinked an OpenID Connect account.' },
    FRAUD_CASE: {
      description:
        'A fraud case was opened, reported by the customer ("not me") or resolved (with the reason).',
    },
    PRODUCT_CHANGE: {
      description: 'A refinance product was created, updated or retired, or its rate bands changed (ADMIN).',
    },
    FAQ_CHANGE: { description: 'An FAQ entry was created, updated or retired (ADMIN).' },
    INTENT_PHRASE_CHANGE: { description: 'An intent example phrase was added or retired (ADMIN).' },
  },
});

@ObjectType('AuditEntry', {
  description: 'One row of the compliance trail; each row is hash-chained to the previous one of its table.',
})
export class AuditEntryType {
  @Field(() => ID, { description: 'Opaque id of the entry (its table and row).' })
  id!: string;

  @Field(() => AuditKind, { description: 'What was done.' })
  kind!: AuditKind;

  @Field({ description: 'When it was done.' })
  at!: Date;

  @Field(() => ID, { nullable: true, description: 'Global id of the User who acted (null for the system).' })
  actorId!: string | null;

  @Field(() => Role, { nullable: true, description: "The actor's role at the time." })
  actorRole!: Role | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the Customer concerned, if any.' })
  customerId!: string | null;

  @Field({ description: 'What the action was done to, e.g. ChatMessage, RefinanceApplication, User.' })
  subjectType!: string;

  @Field({ description: 'Local id of that subject.' })
  subjectId!: string;

  @Field({
    description: 'The recorded details as a JSON object (ids, codes, figures; customer text as sent).',
  })
  detailsJson!: string;

  @Field(() => String, { nullable: true, description: 'For advice: the text exactly as it was sent.' })
  sentText!: string | null;

  @Field({ description: 'Position of the row in its hash chain.' })
  chainSeq!: string;

  @Field({ description: "SHA-256 of the previous row's hash and this row's content (hex)." })
  rowHash!: string;
}

export const { ConnectionType: AuditEntryConnection } = connectionTypes('AuditEntry', AuditEntryType);
