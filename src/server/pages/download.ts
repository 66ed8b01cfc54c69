// Content-Disposition for downloads: an ASCII fallback name plus the UTF-8 name (RFC 6266 / RFC 5987),
// so a Japanese workload name survives and no header injection is possible.
export function attachment(filename: string): string {
  const ascii = filename.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^_+|_+$/g, '') || 'download';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
