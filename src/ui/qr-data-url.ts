// A QR code of a link, as a data: URL for an <img> (the CSP allows img-src data:). The encoder
// is loaded only when someone asks for a code.
export async function qrDataUrl(link: string, options: { errorCorrectionLevel: "L" | "M"; width: number }): Promise<string> {
  const { toDataURL } = await import("qrcode");
  return toDataURL(link, { ...options, margin: 2 });
}

export const inviteQrDataUrl = (link: string) => qrDataUrl(link, { errorCorrectionLevel: "M", width: 240 });

/**
 * A certificate's link carries the whole signed certificate (about 500 bytes, in base32 that the
 * encoder stores in the alphanumeric mode), so its code is dense: low error correction keeps the
 * modules large enough to scan from paper, and the image is drawn at print resolution.
 */
export const certificateQrDataUrl = (link: string) => qrDataUrl(link, { errorCorrectionLevel: "L", width: 720 });
