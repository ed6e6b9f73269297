import { MigrationInterface, QueryRunner } from 'typeorm';

// Customers, login principals and refresh-token families (platform foundation).
export class CustomersAndAuth1763700000000 implements MigrationInterface {
  name = 'CustomersAndAuth1763700000000';

  async up(q: QueryRunner): Promise<void> {
    // API-created customers are numbered A00000001…; imported and generated ones bring their own numbers.
    await q.query(`CREATE SEQUENCE customer_number_seq`);
    await q.query(`
      CREATE TABLE customer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_number text NOT NULL DEFAULT 'A' || lpad(nextval('customer_number_seq')::text, 8, '0'),
        name text NOT NULL,
        email text,
        birth_date date NOT NULL,
        gender text NOT NULL CHECK (gender IN ('MALE', 'FEMALE')),
        region text NOT NULL,
        household_size integer NOT NULL CHECK (household_size BETWEEN 1 AND 20),
        employment text NOT NULL,
        annual_income numeric(18, 0) NOT NULL CHECK (annual_income >= 0),
        credit_score integer NOT NULL CHECK (credit_score BETWEEN 0 AND 1000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX customer_number_uq ON customer (customer_number)`);
    await q.query(`CREATE UNIQUE INDEX customer_email_uq ON customer (lower(email)) WHERE email IS NOT NULL`);
    await q.query(`CREATE INDEX customer_name_idx ON customer (name)`);
    await q.query(`CREATE INDEX customer_created_idx ON customer (created_at, id)`);
    await q.query(`CREATE INDEX customer_region_idx ON customer (region)`);

    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('CUSTOMER', 'ANALYST', 'ADMIN')),
        customer_id uuid REFERENCES customer (id) ON DELETE CASCADE,
        disabled boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_login_at timestamptz,
        CHECK ((role = 'CUSTOMER') = (customer_id IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX app_user_email_uq ON app_user (lower(email))`);
    await q.query(
      `CREATE UNIQUE INDEX app_user_customer_uq ON app_user (customer_id) WHERE customer_id IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE refresh_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        token_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        revoked_reason text
      )`);
    await q.query(`CREATE UNIQUE INDEX refresh_token_hash_uq ON refresh_token (token_hash)`);
    await q.query(`CREATE INDEX refresh_token_family_idx ON refresh_token (family_id)`);
    await q.query(`CREATE INDEX refresh_token_user_idx ON refresh_token (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE refresh_token`);
    await q.query(`DROP TABLE app_user`);
    await q.query(`DROP TABLE customer`);
    await q.query(`DROP SEQUENCE customer_number_seq`);
  }
}
