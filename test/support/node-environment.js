// jest's node environment runs each test file in its own V8 context, with its own typed-array constructors.
// Native addons (onnxruntime-node) create their output arrays in the main context, and onnxruntime-common's
// `data instanceof Float32Array` check then fails inside a test ("A float32 tensor's data must be type of
// Float32Array"). Sharing the main context's typed-array constructors makes both sides agree.
const { TestEnvironment } = require('jest-environment-node');

// Uint8Array and ArrayBuffer stay per-context (Buffer and TextEncoder behave as they always have in tests).
const SHARED = [
  'Int8Array',
  'Uint16Array',
  'Int16Array',
  'Uint32Array',
  'Int32Array',
  'Float32Array',
  'Float64Array',
  'BigInt64Array',
  'BigUint64Array',
];

class SharedTypedArraysEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of SHARED) this.global[name] = globalThis[name];
  }
}

module.exports = SharedTypedArraysEnvironment;
