/** Lower-case host of a URL, or '' when it does not parse (or is not a string at all). */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}
