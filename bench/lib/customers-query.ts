// The customers benchmark's query and data (shared by bench/customers.bench.ts and bench/profile-customers.ts).

export const CUSTOMERS_QUERY = `query ($first: Int!) { customers(first: $first) { totalCount edges { node { id name age regionName annualIncome { amount currency } creditScore login { email role lastLoginAt } } } } }`;

// Every other customer (by page order) gets a CUSTOMER login, a quarter of them never logged in; the demo
// customer login (on the first customer by number) is kept as it is.
export const ADD_LOGINS_SQL = `
  INSERT INTO app_user (email, password_hash, role, customer_id, last_login_at)
  SELECT 'bench+' || lower(c.customer_number) || '@bench.fingraph.dev', 'bench-no-password', 'CUSTOMER', c.id,
         CASE WHEN c.rn % 4 = 1 THEN NULL ELSE timestamptz '2025-12-31T00:00:00Z' - c.rn * interval '37 minutes' END
    FROM (SELECT id, customer_number, row_number() OVER (ORDER BY created_at, id) AS rn FROM customer) c
   WHERE c.rn % 2 = 1 AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.customer_id = c.id)`;
