// File types that are never text a reference could be written in: media, archives, compiled code,
// fonts, office documents, columnar and array data, serialised tensors and checkpoints. A catch-all
// extractor (hub-url reads any text file) skips them by name, so a repository full of images,
// datasets and checkpoints is not opened file by file only to be listed as binary. Model headers
// (GGUF, safetensors) are read by their own extractor, not as text.
const EXTENSIONS = [
  // images
  'png', 'jpe?g', 'gif', 'bmp', 'tiff?', 'webp', 'ico', 'icns', 'heic', 'avif', 'psd', 'svg',
  // audio and video
  'mp3', 'wav', 'flac', 'ogg', 'opus', 'm4a', 'aac', 'mp4', 'm4v', 'mov', 'avi', 'mkv', 'webm',
  // archives and packages
  'zip', 'gz', 'tgz', 'bz2', 'xz', 'zst', '7z', 'rar', 'tar', 'jar', 'war', 'whl', 'egg', 'deb', 'rpm', 'dmg', 'iso',
  // compiled code and objects
  'so', 'dylib', 'dll', 'exe', 'o', 'a', 'lib', 'class', 'pyc', 'pyo', 'pyd', 'wasm', 'node',
  // fonts
  'woff2?', 'ttf', 'otf', 'eot',
  // documents
  'pdf', 'docx?', 'xlsx?', 'pptx?', 'odt', 'ods', 'odp',
  // data, tensors, checkpoints (weights by name only: their headers are read elsewhere)
  'parquet', 'arrow', 'feather', 'npy', 'npz', 'h5', 'hdf5', 'pkl', 'pickle', 'joblib', 'pt', 'pth', 'ckpt',
  'onnx', 'tflite', 'pb', 'msgpack', 'avro', 'orc', 'tfrecords?', 'db', 'sqlite3?', 'mdb', 'lmdb',
  'safetensors', 'gguf', 'ggml', 'bin',
  // generated text nobody writes a model id in by hand
  'lock', 'min\\.js', 'map',
];

const NOT_TEXT = new RegExp(`\\.(${EXTENSIONS.join('|')})$|(^|/)package-lock\\.json$`, 'i');

/** True for paths whose extension says no extractor of text can find anything in them. */
export const isNotText = (path: string): boolean => NOT_TEXT.test(path);
