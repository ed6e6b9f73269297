import fs from 'node:fs';
import path from 'node:path';
import { renderReadmeTabs } from '../app/graphiql/readme-examples';

// `npm run examples:emit`: rewrites GraphiQL's README tabs (src/app/graphiql/readme-tabs.generated.ts) from README.md.
const root = path.resolve(__dirname, '../..');
const target = path.join(root, 'src/app/graphiql/readme-tabs.generated.ts');
fs.writeFileSync(target, renderReadmeTabs(fs.readFileSync(path.join(root, 'README.md'), 'utf8')));
process.stdout.write(`Wrote ${path.relative(root, target)}\n`);
