import type { ComponentProps } from 'react';
import type { ThreadView } from '../../../utils/messaging';
import { DeadlineSuggestions } from '../../sidebar/DeadlineSuggestions';
import { SituationList } from '../../sidebar/SituationList';

/** Dates the thread names (features/deadline-suggestions). */
export function DeadlineSection({ view, ...actions }: { view: ThreadView } & Omit<ComponentProps<typeof DeadlineSuggestions>, 'suggestions'>) {
  return <DeadlineSuggestions suggestions={view.deadlineSuggestions} {...actions} />;
}

/** Suggested wording for the thread's situations; the LLM only where the user switched it on (features/reply-suggestions). */
export function ReplySection({ view, onAskLlm, ...actions }: { view: ThreadView } & Omit<ComponentProps<typeof SituationList>, 'situations'>) {
  return <SituationList situations={view.situations} {...actions} onAskLlm={view.llm ? onAskLlm : undefined} />;
}

/** The sections a feature can add under the matched client's facts, by name (MailPage.addSidebarSection). */
export const SECTION_VIEWS = { 'deadline-suggestions': DeadlineSection, 'reply-suggestions': ReplySection };
type SectionViews = typeof SECTION_VIEWS;

/** A section as a feature adds it: its view's name and what it needs besides the thread view. */
export type SidebarSection = {
  [Name in keyof SectionViews]: { name: Name; props: Omit<ComponentProps<SectionViews[Name]>, 'view'> };
}[keyof SectionViews];

/** Renders one section for the thread view. */
export function SectionView({ section, view }: { section: SidebarSection; view: ThreadView }) {
  const View = SECTION_VIEWS[section.name] as (props: { view: ThreadView } & SidebarSection['props']) => ReturnType<typeof DeadlineSection>;
  return <View view={view} {...section.props} />;
}
