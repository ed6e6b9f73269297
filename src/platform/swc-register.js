// A minimal require hook that compiles TypeScript with swc (the same settings as jest.config.js), for Node
// processes and worker threads that run the sources without ts-node: the benchmarks' measured children
// (bench/lib/swc-register.js) and the import staging workers when the app itself runs from TypeScript (jest,
// ts-node). ts-node's in-process TypeScript compiler would add ~150 MB to each. Compiled builds (dist/) never load it.
const fs = require('node:fs');
const { transformSync } = require('@swc/core');
const SWC_OPTIONS = require('./swc-options.js');

require.extensions['.ts'] = function compile(module, filename) {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    ...SWC_OPTIONS,
    filename,
    sourceMaps: 'inline',
  });
  module._compile(code, filename);
};
