export { detectDeadlines, detectDeadlinesChecked, detectInMessage } from './detect';
export { DeadlineAnchorSchema, DetectedDeadlineSchema, type DeadlineAnchor, type DetectedDeadline } from './schema';
export { resolveAnchor, type ResolvedAnchor } from './anchor';
