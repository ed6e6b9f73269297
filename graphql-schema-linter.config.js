// graphql-schema-linter (npm run lint:schema, part of npm run check) over the emitted contract, schema/schema.graphql.
// Every built-in rule is on; why each holds for us:
// - *-have-descriptions, descriptions-are-capitalized, deprecations-have-a-reason: GraphiQL's docs show these;
//   every type, field, argument, input field and enum value is described in its decorator (`description:`,
//   `valuesConfig` for enum values), and the root types in src/app/schema.ts.
// - types-are-capitalized, fields-are-camel-cased, input-object-values-are-camel-cased, enum-values-all-caps:
//   our naming conventions (docs/architecture.md).
// - relay-connection-types-spec, relay-connection-arguments-spec, relay-page-info-spec: lists are Relay connections.
// - defined-types-are-used: a type no operation can reach is dead code.
// - *-sorted-alphabetically: hold by construction (schema:emit prints the schema sorted); they catch a hand edit.
// None is off. To fix a failure: describe the element in its decorator, then `npm run schema:emit`.
module.exports = {
  schemaPaths: ['schema/schema.graphql'],
  rules: [
    'arguments-have-descriptions',
    'defined-types-are-used',
    'deprecations-have-a-reason',
    'descriptions-are-capitalized',
    'enum-values-all-caps',
    'enum-values-have-descriptions',
    'enum-values-sorted-alphabetically',
    'fields-are-camel-cased',
    'fields-have-descriptions',
    'input-object-fields-sorted-alphabetically',
    'input-object-values-are-camel-cased',
    'input-object-values-have-descriptions',
    'interface-fields-sorted-alphabetically',
    'relay-connection-arguments-spec',
    'relay-connection-types-spec',
    'relay-page-info-spec',
    'type-fields-sorted-alphabetically',
    'types-are-capitalized',
    'types-have-descriptions',
  ],
};
