import type { ComponentProps, ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { PreSendPanel } from '../../guard/PreSendPanel';
import { Palette } from '../../palette/Palette';
import { DraftToneBadge } from './draft-tone';
import { SidebarRoot } from './sidebar';

/**
 * Every React view the mail page shows, by name. They and React itself are a
 * bundle of their own (entrypoints/mail-views), loaded the first time a
 * feature shows one: a mail tab where Bridgekeeper only reads the thread,
 * judges drafts and shows its folded tab never loads them.
 */
export const MAIL_VIEWS = {
  sidebar: SidebarRoot,
  'draft-tone': DraftToneBadge,
  'pre-send': PreSendPanel,
  palette: Palette,
};
export type ViewName = keyof typeof MAIL_VIEWS;
export type ViewProps<Name extends ViewName> = ComponentProps<(typeof MAIL_VIEWS)[Name]>;

/** A React root in one of the page's shadow roots, showing one view at a time. */
export interface ViewRoot {
  show<Name extends ViewName>(name: Name, props: ViewProps<Name>): void;
  clear(): void;
  unmount(): void;
}

export interface MailViews {
  createRoot(container: Element): ViewRoot;
}

export const mailViews: MailViews = {
  createRoot(container) {
    const root = createRoot(container);
    return {
      show(name, props) {
        const View = MAIL_VIEWS[name] as ComponentType<object>;
        root.render(<View {...props} />);
      },
      clear: () => root.render(null),
      unmount: () => root.unmount(),
    };
  },
};
