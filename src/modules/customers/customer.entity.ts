import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Employment, Gender, Region } from './customer.enums';

// Storage only: the API shape is CustomerType (customer.type.ts), mapped in customer.mapper.ts.
@Entity('customer')
export class CustomerEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'customer_number', type: 'text', insert: false, update: false })
  customerNumber!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  /** ISO date (YYYY-MM-DD); pg returns `date` columns as strings so no timezone shifts a birthday. */
  @Column({ name: 'birth_date', type: 'date' })
  birthDate!: string;

  @Column({ type: 'text' })
  gender!: Gender;

  @Column({ type: 'text' })
  region!: Region;

  @Column({ name: 'household_size', type: 'integer' })
  householdSize!: number;

  @Column({ type: 'text' })
  employment!: Employment;

  /** Whole KRW as a decimal string. */
  @Column({ name: 'annual_income', type: 'numeric', precision: 18, scale: 0 })
  annualIncome!: string;

  @Column({ name: 'credit_score', type: 'integer' })
  creditScore!: number;

  @Column({ name: 'created_at', type: 'timestamptz', update: false })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
