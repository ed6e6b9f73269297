import { registerDecorator, ValidationOptions } from 'class-validator';
import { isValidIsoDate } from './dates';

// Reusable class-validator rules for inputs. Messages name the property so the API error names the field.

const WHOLE_WON = /^\d{1,15}$/;

/** A non-negative amount of whole won, as a decimal string ("0" … "999999999999999"). */
export function IsWholeWon(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isWholeWon',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: '$property must be a non-negative whole number of won, e.g. "42000000"',
        ...options,
      },
      validator: { validate: (value: unknown) => typeof value === 'string' && WHOLE_WON.test(value) },
    });
}

/** A real calendar date (YYYY-MM-DD) between 1900-01-01 and 2100-12-31. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '$property must be a real date between 1900-01-01 and 2100-12-31', ...options },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' &&
          isValidIsoDate(value) &&
          value >= '1900-01-01' &&
          value <= '2100-12-31',
      },
    });
}
