// The swc settings every TypeScript compilation here uses (jest.config.js, `npm start`'s src/cli/compile.js, the
// require hook swc-register.js): legacy decorators with metadata, no define semantics for class fields, class
// names kept, CommonJS. Plain JavaScript: it is read before anything is compiled.
module.exports = {
  swcrc: false,
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
};
