// Reads a QR code the way a phone camera would: from the image's pixels, not from the DOM.
import sharp from "sharp";
import jsQR from "jsqr";

/** The text in the QR code of a `data:image/png;base64,…` URL, or null when none can be read. */
export async function readQrDataUrl(dataUrl: string): Promise<string | null> {
  const png = Buffer.from(dataUrl.slice(dataUrl.indexOf(",") + 1), "base64");
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height)?.data ?? null;
}
