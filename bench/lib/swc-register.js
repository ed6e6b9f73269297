// The benchmarks' measured children compile TypeScript with swc instead of ts-node, whose in-process TypeScript
// compiler would add ~150 MB to the RSS being measured: the hook is the application's own (src/platform).
require('../../src/platform/swc-register.js');
