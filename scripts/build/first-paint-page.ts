import type { Plugin } from 'vite';
import { AFTER_FIRST_PAINT } from '../../components/popup/first-paint-template';

/**
 * Builds pages that must paint at once: the popup, whose classic first script
 * (entrypoints/popup-first.ts) draws the first screen. Each file such a page
 * reads before that paint delays it: measured in the built popup
 * (scripts/bench/popup.ts), an extension file read at open takes 25 to 50 ms
 * on the bench machine, and the module's own reads and calls queued before
 * the first screen's. So:
 * - the style sheets it links go into the page as <style> (extension pages'
 *   CSP limits scripts, not styles); the sheets stay in the bundle for the
 *   chunks that load them later;
 * - its module entry and preloads wait in a <template>, which the first
 *   script moves into the page once the first screen is on screen.
 */
export function firstPaintPage(pages: readonly string[]): Plugin {
  return {
    name: 'bridgekeeper:first-paint-page',
    apply: 'build',
    transformIndexHtml: {
      // After Vite has written the tags for the emitted chunks and sheets into the page.
      order: 'post',
      handler(html, { filename, bundle }) {
        if (!bundle || !pages.some((page) => filename.endsWith(page))) return html;
        const modules: string[] = [];
        const page = html
          .replace(/<link rel="stylesheet"[^>]*\bhref="\/?([^"]+)"[^>]*>/g, (link, file: string) => {
            const sheet = bundle[file];
            if (sheet?.type !== 'asset') return link;
            const css = String(sheet.source);
            return /<\/style/i.test(css) ? link : `<style>${css}</style>`;
          })
          .replace(/\s*(<script type="module"[^>]*><\/script>|<link rel="modulepreload"[^>]*>)/g, (_, tag: string) => {
            modules.push(tag);
            return '';
          });
        return modules.length ? page.replace(/<body>/, `<body>\n    <template id="${AFTER_FIRST_PAINT}">${modules.join('')}</template>`) : page;
      },
    },
  };
}
