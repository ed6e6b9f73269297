import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  ParseOptions,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { Config } from './config';

// The same document limits for HTTP (Apollo validationRules/parseOptions) and graphql-ws (onSubscribe).
export function documentLimits(config: Config): {
  parseOptions: ParseOptions;
  validationRules: ValidationRule[];
} {
  const g = config.graphql;
  // Report as ordinary validation errors (the armor's default is to throw, which reads as a server fault).
  const common = {
    exposeLimits: true,
    propagateOnRejection: false,
    // The armor words its rejections as "Syntax Error: …" although the document parsed: the limit is said as what it is,
    // and the cost limit says what to lower (a page is at most 100 items; `first`/`last` multiply the cost).
    onReject: [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(limitError(error))],
  };
  const validationRules: ValidationRule[] = [
    // Introspection counts too (GraphiQL's own query is 13 deep): a recursive __type query is no exception.
    // Introspection counts too (GraphiQL's own query is ~13 deep): a deep recursive __type query is no exception.
    maxDepthRule({ ...common, n: g.maxDepth, ignoreIntrospection: false, flattenFragments: true }),
    maxAliasesRule({ ...common, n: g.maxAliases }),
    costLimitRule({ ...common, maxCost: g.maxCost, ignoreIntrospection: true, flattenFragments: true }),
    maxDirectivesRule({ ...common, n: g.maxDirectives }),
  ];
  if (!g.introspection) validationRules.push(NoSchemaIntrospectionCustomRule);
  return { parseOptions: { maxTokens: g.maxTokens }, validationRules };
}

/** A document-limit rejection without the armor's misleading "Syntax Error: " prefix. */
export function limitError(error: GraphQLError): GraphQLError {
  const said = error.message.replace(/^Syntax Error: /, '');
  const message = /^Query Cost limit/.test(said)
    ? `${said} Ask for fewer items (a smaller \`first\`/\`last\`; a page holds at most 100) or fewer nested lists.`
    : said;
  return new GraphQLError(message, { nodes: error.nodes, extensions: error.extensions });
}
