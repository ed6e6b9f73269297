import { StatementNames } from './auto-prepare';

describe('StatementNames (automatic prepared statements)', () => {
  const SQL = 'SELECT id FROM loan WHERE customer_id = $1';

  it('names a text on its minUses-th execution, with a stable name from the text', () => {
    const names = new StatementNames({ minUses: 3, maxStatements: 10 });
    expect(names.nameFor(SQL)).toBeUndefined();
    expect(names.nameFor(SQL)).toBeUndefined();
    const name = names.nameFor(SQL);
    expect(name).toMatch(/^fg_[0-9a-f]{20}$/);
    expect(names.nameFor(SQL)).toBe(name);
    // Another process (or after a restart) gives the same text the same name.
    const other = new StatementNames({ minUses: 1, maxStatements: 10 });
    expect(other.nameFor(SQL)).toBe(name);
    expect(other.nameFor(`${SQL} `)).not.toBe(name);
  });

  it('names at most maxStatements texts; the rest run unnamed, the named keep their names', () => {
    const names = new StatementNames({ minUses: 1, maxStatements: 2 });
    const a = names.nameFor('SELECT $1::int');
    const b = names.nameFor('SELECT $1::text');
    expect(a).toBeDefined();
    expect(b).toBeDefined();
    expect(names.nameFor('SELECT $1::uuid')).toBeUndefined();
    expect(names.nameFor('SELECT $1::uuid')).toBeUndefined();
    expect(names.nameFor('SELECT $1::int')).toBe(a);
    expect(names.size).toBe(2);
  });

  it('an unnamed text runs unnamed for good and keeps its slot (its statement still exists where it ran)', () => {
    const names = new StatementNames({ minUses: 1, maxStatements: 2 });
    const star = names.nameFor('SELECT * FROM t WHERE id = $1');
    expect(star).toBeDefined();
    names.unname('SELECT * FROM t WHERE id = $1');
    expect(names.nameFor('SELECT * FROM t WHERE id = $1')).toBeUndefined();
    expect(names.nameFor('SELECT $1::int')).toBeDefined();
    expect(names.nameFor('SELECT $1::text')).toBeUndefined();
    expect(names.size).toBe(2);
  });
});
