import { understandMessage } from './modules/topics/index';
let prev: any = null;
for (const raw of process.argv.slice(2)) {
  const cont = raw.startsWith('+'); const text = cont ? raw.slice(1) : raw;
  const u: any = understandMessage(text, cont ? prev : null);
  console.log(text, '→', u.intent, JSON.stringify(u.slots), JSON.stringify(u.inherited));
  prev = u;
}
