import type { Finding } from '../../utils/tone';

/** The draft with one finding's sentence replaced by its rewrite, as Apply does it in the compose box. */
export function applyRewrite(text: string, finding: Finding): string {
  if (!finding.rewrite) return text;
  return text.slice(0, finding.rewrite.start) + finding.rewrite.text + text.slice(finding.rewrite.end);
}
