import { Router } from 'express';

// Placeholder until the GraphiQL page lands: serves nothing.
export function graphiqlRouter(_opts: { endpoint: string }): Router {
  return Router();
}
