// `npm run eval:intents [-- --brief]`: the shipped understanding layer on the dev split (never trained on):
// intent accuracy and slot micro-F1 per language, the confusion of the errors, every failing line, follow-ups.
import { parseArgs } from 'node:util';
import { evaluateIntents, formatIntentEvaluation, intentModel, understandMessage } from '../modules/topics';

const { values } = parseArgs({ options: { brief: { type: 'boolean' } } });
console.log(`intent model ${intentModel().version}, dev split\n`);
console.log(formatIntentEvaluation(evaluateIntents(understandMessage), !values.brief));
