import { understandMessage } from './src/modules/topics';
for (const q of process.argv.slice(2)) { const u: any = understandMessage(q); console.log(q, '=>', JSON.stringify({i: u.intent, s: u.slots})); }
