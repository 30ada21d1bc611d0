package modelfile

import (
	"fmt"
	"sync"

	"github.com/klauspost/compress/zstd"
)

// encoderOptions are fixed so that the same model data always compresses to
// the same bytes: `make model` is checked to rebuild the files bit for bit.
var encoderOptions = []zstd.EOption{
	zstd.WithEncoderLevel(zstd.SpeedBestCompression),
	zstd.WithEncoderConcurrency(1),
	zstd.WithEncoderCRC(true),
}

// Compress returns raw as one zstd frame that records its size.
func Compress(raw []byte) []byte { return encode(raw, encoderOptions, len(raw)/2) }

// lightOptions frame data that barely compresses, such as the entity
// model's quantised weights (4.7 MB, 3.9 MB at the best level): matches
// only, literals stored as they are. Decoding entropy-coded literals took
// 16 ms of every run's start-up to save 0.7 MB of binary; this frame
// decodes in 2 ms.
var lightOptions = []zstd.EOption{
	zstd.WithEncoderLevel(zstd.SpeedFastest),
	zstd.WithEncoderConcurrency(1),
	zstd.WithEncoderCRC(true),
	zstd.WithNoEntropyCompression(true),
}

// CompressLight returns raw as one zstd frame, like Compress, but built for
// decoding speed rather than size: for data that barely compresses.
// Decompress reads it.
func CompressLight(raw []byte) []byte {
	return encode(raw, lightOptions, len(raw)+len(raw)/64)
}

// encode returns raw as one zstd frame written with opts into a buffer of
// capacity size.
func encode(raw []byte, opts []zstd.EOption, size int) []byte {
	enc, err := zstd.NewWriter(nil, opts...)
	if err != nil {
		panic(err) // only for invalid options, which are fixed in this file
	}
	defer enc.Close()
	return enc.EncodeAll(raw, make([]byte, 0, size))
}

// decoder is shared: DecodeAll may be called from several goroutines, and
// the stage constructors run side by side.
var decoder = sync.OnceValues(func() (*zstd.Decoder, error) {
	return zstd.NewReader(nil, zstd.WithDecoderConcurrency(0))
})

// Decompress returns the data of a file written by Compress. name is for
// the error message.
func Decompress(name string, file []byte) ([]byte, error) {
	if len(file) == 0 {
		return nil, fmt.Errorf("%s: empty file", name)
	}
	d, err := decoder()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	raw, err := d.DecodeAll(file, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	release(file)
	return raw, nil
}
