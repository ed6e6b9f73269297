import { fromGlobalId, localIdOf, toGlobalId } from './global-id';

describe('global ids', () => {
  const uuid = '0f8fad5b-d9cb-469f-a165-70867728950e';

  it('round-trips and stays opaque', () => {
    const id = toGlobalId('Customer', uuid);
    expect(id).not.toContain('Customer');
    expect(fromGlobalId(id)).toEqual({ type: 'Customer', id: uuid });
    expect(localIdOf('Customer', id)).toBe(uuid);
  });

  it('rejects malformed ids, other types and non-UUIDs', () => {
    expect(() => fromGlobalId('!!!')).toThrow(/not a valid id/);
    expect(() => localIdOf('Customer', toGlobalId('User', uuid))).toThrow(/not a Customer id/);
    expect(() => localIdOf('Customer', toGlobalId('Customer', "1' OR 1=1"))).toThrow(/not a Customer id/);
  });
});
