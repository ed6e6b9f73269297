import { citesImport, parseTemplate, templateProblems } from './faq-template';

describe('FAQ answer templates', () => {
  it('splits literals and placeholder names', () => {
    expect(
      parseTemplate('가져온 행은 {{ import.rowsImported }}행, 고객 {{import.distinctCustomers}}명'),
    ).toEqual({
      parts: ['가져온 행은 ', '행, 고객 ', '명'],
      names: ['import.rowsImported', 'import.distinctCustomers'],
    });
    expect(citesImport('평일 9시부터 18시까지')).toBe(false);
    expect(citesImport('{{import.totalAmount}}')).toBe(true);
  });

  it('names unknown placeholders and stray braces', () => {
    expect(templateProblems('Rows: {{import.rowsImported}}.')).toEqual([]);
    expect(templateProblems('Rows: {{import.rowCount}}, {{customer.name}}')).toEqual([
      'unknown placeholder {{import.rowCount}}',
      'unknown placeholder {{customer.name}}',
    ]);
    expect(templateProblems('Rows: {{import.rowsImported}')).toEqual(['unbalanced {{ or }}']);
  });
});
