import { Field, InputType } from 'type-graphql';
import { IsBoolean, IsEmail, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { RegisterProfileInput } from '../customers';

@InputType({ description: 'Credentials.' })
export class LoginInput {
  @Field({ description: 'Login e-mail address.' })
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  email!: string;

  @Field({ description: 'Password.' })
  @Length(1, 128)
  password!: string;
}

@InputType({ description: 'A new online-banking customer and their login.' })
export class RegisterInput {
  @Field({ description: 'Login e-mail address (also the contact address).' })
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  email!: string;

  @Field({ description: 'Password, 10–128 characters.' })
  @Length(10, 128, { message: 'password must be 10 to 128 characters long' })
  password!: string;

  @Field(() => RegisterProfileInput, {
    description: 'Customer profile (without income and credit score: those are verified by staff).',
  })
  @ValidateNested()
  profile!: RegisterProfileInput;
}

@InputType({ description: 'A refresh token to rotate.' })
export class RefreshTokenInput {
  @Field({ description: 'The refresh token from the last AuthPayload.' })
  @Length(1, 200)
  refreshToken!: string;
}

@InputType({ description: 'Which sessions to end.' })
export class LogoutInput {
  @Field(() => String, {
    nullable: true,
    description:
      "The refresh token of the session to end; without it, the session of the request's access token.",
  })
  @IsOptional()
  @Length(1, 200)
  refreshToken?: string;

  @Field({ defaultValue: false, description: 'End every session of the logged-in user.' })
  @IsBoolean()
  allDevices!: boolean;
}
