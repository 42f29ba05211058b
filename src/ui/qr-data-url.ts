// A QR code of a link, as a data: URL for an <img> (the CSP allows img-src data:). The encoder
// is loaded only when someone asks for a code.
export async function inviteQrDataUrl(link: string): Promise<string> {
  const { toDataURL } = await import("qrcode");
  return toDataURL(link, { errorCorrectionLevel: "M", margin: 2, width: 240 });
}
