/** The eight bytes every PNG file starts with. */
export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian); throws unless the bytes start like a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const head = [...png.subarray(0, 8)];
  if (head.some((b, i) => b !== PNG_SIGNATURE[i]))
    throw new Error(`not a PNG: starts with ${head.join(',')}`);
  const chunk = new TextDecoder('latin1').decode(png.subarray(12, 16));
  if (chunk !== 'IHDR')
    throw new Error(`not a PNG: first chunk is ${JSON.stringify(chunk)}, not IHDR`);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
