// Expected outcomes of customer writes (returned, not thrown). GraphQL shapes live in customer-results.type.ts.
export class EmailAddressConflict {
  readonly code = 'EMAIL_ADDRESS_CONFLICT';
  readonly message: string;
  constructor(readonly email: string) {
    this.message = `The e-mail address ${email} is already used by another customer`;
  }
}
