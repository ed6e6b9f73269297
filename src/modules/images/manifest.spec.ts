import { checkAgainstSession, ManifestError, parseManifest, type ImageModelManifest } from './manifest';

const valid = {
  name: 'document-quality',
  version: '1.0.0',
  file: 'model.onnx',
  input: {
    name: 'image',
    shape: [1, 1, 128, 128],
    layout: 'NCHW',
    dtype: 'float32',
    colour: 'grayscale',
    resize: 'fill',
    normalisation: { scale: 1 / 255, mean: [0.5], std: [0.5] },
  },
  output: { name: 'logits', activation: 'softmax' },
  labels: ['OK', 'BLURRED'],
};

const session = {
  inputs: [{ name: 'image', type: 'float32', shape: ['batch', 1, 128, 128] }],
  outputs: [{ name: 'logits', type: 'float32', shape: ['batch', 2] }],
};

describe('image model manifest', () => {
  it('accepts a complete manifest and defaults the usable labels to OK', () => {
    expect(parseManifest(valid, 'm').usableLabels).toEqual(['OK']);
    expect(checkAgainstSession(parseManifest(valid, 'm'), session)).toEqual([]);
  });

  it('lists every problem of a bad manifest in one error', () => {
    const bad = {
      ...valid,
      file: '../escape.onnx',
      input: { ...valid.input, colour: 'rgb', normalisation: { scale: 1, mean: [0], std: [0] } },
      labels: ['OK', 'OK'],
      usableLabels: ['GOOD'],
    };
    let error: unknown;
    try {
      parseManifest(bad, '"x/1"');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ManifestError);
    expect((error as ManifestError).problems).toEqual([
      'file must be a plain file name ending in .onnx, beside the manifest',
      'input.colour rgb needs 3 channel(s), shape has 1',
      'input.normalisation mean and std must be numbers (std not 0)',
      'labels must be distinct',
      'usableLabels names "GOOD", which is not a label',
    ]);
  });

  it('says how the manifest and the model disagree', () => {
    const m = parseManifest(
      {
        ...valid,
        input: { ...valid.input, name: 'pixels', shape: [1, 1, 64, 64] },
        labels: ['A', 'B', 'C'],
        usableLabels: ['A'],
      },
      'm',
    ) as ImageModelManifest;
    expect(checkAgainstSession(m, session)).toEqual([
      'the model has no input "pixels" (it has image)',
      'output "logits" has 2 classes, the manifest lists 3 labels',
    ]);
    const m2 = parseManifest({ ...valid, input: { ...valid.input, shape: [1, 1, 64, 64] } }, 'm');
    expect(checkAgainstSession(m2, session)).toEqual([
      'input "image" is [batch, 1, 128, 128], the manifest says [1, 1, 64, 64]',
    ]);
  });
});
