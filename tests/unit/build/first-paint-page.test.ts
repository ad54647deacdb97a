import type { IndexHtmlTransformContext, IndexHtmlTransformHook } from 'vite';
import { describe, expect, it } from 'vitest';
import { AFTER_FIRST_PAINT } from '../../../components/popup/first-paint-template';
import { firstPaintPage } from '../../../scripts/build/first-paint-page';

/**
 * The popup's built page reads no file but its first script before its first
 * paint: its style sheets are in the page, its module waits in a template.
 */

const BUILT = `<!DOCTYPE html>
<html lang="en">
  <head>
    <title>Bridgekeeper</title>
    <script type="module" crossorigin src="/chunks/popup-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/chunks/words-def.js">
    <link rel="stylesheet" crossorigin href="/assets/words-123.css">
    <link rel="stylesheet" crossorigin href="/assets/popup-456.css">
  </head>
  <body>
    <div id="root"></div>
    <script src="/popup-first.js"></script>
  </body>
</html>`;

const sheet = (source: string) => ({ type: 'asset', source });
const BUNDLE = { 'assets/words-123.css': sheet('.muted{color:#5f6b7a}'), 'assets/popup-456.css': sheet('.triage-row{height:56px}') };

function transform(html: string, filename: string, bundle: Record<string, unknown> = BUNDLE): string {
  const hook = firstPaintPage(['popup/index.html']).transformIndexHtml as { handler: IndexHtmlTransformHook };
  const context = { filename, path: '/', bundle } as unknown as IndexHtmlTransformContext;
  return hook.handler.call({} as never, html, context) as string;
}

describe('a first-paint page, built', () => {
  it('holds its style sheets and no link to them', () => {
    const page = transform(BUILT, '/project/entrypoints/popup/index.html');
    expect(page).toContain('<style>.muted{color:#5f6b7a}</style>');
    expect(page).toContain('<style>.triage-row{height:56px}</style>');
    expect(page).not.toContain('rel="stylesheet"');
  });

  it('keeps its module tags in a template, for the first script to load after the first paint', () => {
    const page = transform(BUILT, '/project/entrypoints/popup/index.html');
    const template = new RegExp(`<template id="${AFTER_FIRST_PAINT}">(.*?)</template>`).exec(page)?.[1];
    expect(template).toBe(
      '<script type="module" crossorigin src="/chunks/popup-abc.js"></script><link rel="modulepreload" crossorigin href="/chunks/words-def.js">',
    );
    expect(page.replace(/<template[\s\S]*?<\/template>/, '')).not.toMatch(/type="module"|modulepreload/);
    expect(page).toContain('<script src="/popup-first.js"></script>');
  });

  it('leaves other pages as Vite wrote them', () => {
    expect(transform(BUILT, '/project/entrypoints/options/index.html')).toBe(BUILT);
  });

  it('keeps the link to a sheet it cannot put in the page', () => {
    const closing = { ...BUNDLE, 'assets/popup-456.css': sheet('.x::after{content:"</style>"}') };
    const page = transform(BUILT, '/project/entrypoints/popup/index.html', closing);
    expect(page).toContain('<link rel="stylesheet" crossorigin href="/assets/popup-456.css">');
    expect(page).toContain('<style>.muted{color:#5f6b7a}</style>');
  });
});
