import { registerDecorator, ValidationOptions } from 'class-validator';
import { isDateInRange, MAX_DATE, MIN_DATE } from './dates';

// Reusable class-validator rules for inputs. Messages name the property so the API error names the field.

const WHOLE_WON = /^\d{1,15}$/;

function wholeWon(name: string, message: string, accept: (value: string) => boolean) {
  return (options?: ValidationOptions): PropertyDecorator =>
    (target, propertyName) =>
      registerDecorator({
        name,
        target: target.constructor,
        propertyName: propertyName as string,
        options: { message, ...options },
        validator: {
          validate: (value: unknown) => typeof value === 'string' && WHOLE_WON.test(value) && accept(value),
        },
      });
}

/** A non-negative amount of whole won, as a decimal string ("0" … "999999999999999"). */
export const IsWholeWon = wholeWon(
  'isWholeWon',
  '$property must be a whole number of won from 0 to 999999999999999 (at most 15 digits, no sign or decimals), e.g. "42000000"',
  () => true,
);

/** A positive amount of whole won ("1" … "999999999999999"). */
export const IsPositiveWholeWon = wholeWon(
  'isPositiveWholeWon',
  '$property must be a whole number of won from 1 to 999999999999999 (at most 15 digits, no sign or decimals), e.g. "42000000"',
  (value) => /[1-9]/.test(value),
);

const ANNUAL_RATE = /^0(\.\d{1,6})?$/;

/** An annual interest rate as a decimal fraction below 1 with up to 6 places ("0.0450" = 4.5 %). */
export function IsAnnualRate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isAnnualRate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message:
          '$property must be an annual rate as a decimal from 0 up to (not including) 1 with at most 6 places, e.g. "0.0450"',
        ...options,
      },
      validator: { validate: (value: unknown) => typeof value === 'string' && ANNUAL_RATE.test(value) },
    });
}

/** A real calendar date (YYYY-MM-DD) between 1900-01-01 and 2100-12-31. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `$property must be a real date between ${MIN_DATE} and ${MAX_DATE}`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isDateInRange(value) },
    });
}

/**
 * A text that says something: not only spaces (a lender or product name of "   " passed `@Length(1, …)` and was
 * stored blank — or trimmed to "" — before). Put beside the length rule.
 */
export function IsNotBlank(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isNotBlank',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '$property must not be blank', ...options },
      validator: { validate: (value: unknown) => typeof value !== 'string' || value.trim() !== '' },
    });
}
