/** A short, non-identifying name for this device, shown next to edits and in session lists. */
export function describeDevice(userAgent: string = navigator.userAgent): string {
  const platform = /Android/.test(userAgent)
    ? "Android"
    : /iPhone|iPad/.test(userAgent)
      ? "iOS"
      : /Mac/.test(userAgent)
        ? "Mac"
        : /Windows/.test(userAgent)
          ? "Windows"
          : "Linux";
  const kind = /Mobi|iPhone|Android/.test(userAgent) ? "phone" : "computer";
  return `${platform} ${kind}`;
}
