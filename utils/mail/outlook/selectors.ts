import { selector } from '../dom-query';

/**
 * Every selector the Outlook on the web adapter uses, each with its fallbacks
 * (newest layout first) and how many elements each alternative finds in the
 * whole document of the saved pages under tests/fixtures/outlook. Stable hooks
 * first: `data-app-section`, `data-convid`, `id^=UniqueMessageBody`,
 * `data-testid`, roles and ids with fixed suffixes (`MSG_…_FROM`); Fluent's
 * hashed class names only as fallbacks. Nothing depends on UI-language text alone.
 */
type Fixture = 'compose-new' | 'live-classic' | 'newest-first' | 'reading-bottom' | 'thread-champion';

/** Counts that recur on the saved pages: one for each message or each compose box, or one on every page. */
const ONE_PER_MESSAGE = { 'thread-champion': 4, 'compose-new': 0, 'live-classic': 0, 'newest-first': 4, 'reading-bottom': 3 } as const satisfies Record<
  Fixture,
  number
>;
const ONE_PER_COMPOSE = { 'thread-champion': 1, 'compose-new': 1, 'live-classic': 0, 'newest-first': 1, 'reading-bottom': 1 } as const satisfies Record<
  Fixture,
  number
>;
const ONE_PER_PAGE = { 'thread-champion': 1, 'compose-new': 1, 'live-classic': 1, 'newest-first': 1, 'reading-bottom': 1 } as const satisfies Record<
  Fixture,
  number
>;
const NONE = { 'thread-champion': 0, 'compose-new': 0, 'live-classic': 0, 'newest-first': 0, 'reading-bottom': 0 } as const satisfies Record<Fixture, number>;

export const outlookSelectors = {
  conversation: selector<Fixture>('the open conversation in the reading pane', {
    '[data-app-section="ConversationContainer"]': { 'thread-champion': 1, 'compose-new': 0, 'live-classic': 0, 'newest-first': 1, 'reading-bottom': 1 },
    '[role="main"] [data-convid]': { 'thread-champion': 1, 'compose-new': 0, 'live-classic': 7, 'newest-first': 1, 'reading-bottom': 4 },
    '[role="main"]': ONE_PER_PAGE,
  }),
  readingPane: selector<Fixture>('the reading pane, read by structure when no known container holds messages', {
    '#ReadingPaneContainerId': ONE_PER_PAGE,
    '[data-app-section*="ReadingPane"]': NONE,
  }),
  message: selector<Fixture>('one region per message of the conversation, expanded or collapsed', {
    'div[role="region"][aria-expanded]': ONE_PER_MESSAGE,
    'div[role="region"]': ONE_PER_MESSAGE,
    'div.SlLx9': ONE_PER_MESSAGE,
  }),
  subject: selector<Fixture>('the conversation subject heading', {
    '[id^="CONV_"][id$="_SUBJECT"]': { 'thread-champion': 1, 'compose-new': 0, 'live-classic': 0, 'newest-first': 1, 'reading-bottom': 1 },
    '[role="heading"][aria-level="2"]': { 'thread-champion': 1, 'compose-new': 0, 'live-classic': 1, 'newest-first': 1, 'reading-bottom': 1 },
    'span.JdFsz': { 'thread-champion': 1, 'compose-new': 0, 'live-classic': 0, 'newest-first': 1, 'reading-bottom': 1 },
  }),
  sender: selector<Fixture>("a message's sender: hover target whose title is the address", {
    '[id$="_FROM"] [title*="@"]': ONE_PER_MESSAGE,
    '[data-lpc-hover-target-id][title*="@"]': { 'thread-champion': 8, 'compose-new': 0, 'live-classic': 0, 'newest-first': 8, 'reading-bottom': 7 },
  }),
  toLine: selector<Fixture>("a message's To line", {
    '[id$="_TO"][aria-readonly]': { 'thread-champion': 2, 'compose-new': 0, 'live-classic': 0, 'newest-first': 2, 'reading-bottom': 2 },
    'div.lgDxA[id$="_TO"]': { 'thread-champion': 2, 'compose-new': 0, 'live-classic': 0, 'newest-first': 2, 'reading-bottom': 2 },
  }),
  ccLine: selector<Fixture>("a message's Cc line", {
    '[id$="_CC"][aria-readonly]': { 'thread-champion': 2, 'compose-new': 0, 'live-classic': 0, 'newest-first': 1, 'reading-bottom': 2 },
    'div.lgDxA[id$="_CC"]': { 'thread-champion': 2, 'compose-new': 0, 'live-classic': 0, 'newest-first': 1, 'reading-bottom': 2 },
  }),
  headerLine: selector<Fixture>('recipient lines in order (To, Cc) when their ids are gone', {
    '[aria-readonly="true"]': { 'thread-champion': 4, 'compose-new': 0, 'live-classic': 0, 'newest-first': 3, 'reading-bottom': 4 },
  }),
  person: selector<Fixture>('a person on a header line, address in the title', {
    '[title*="@"]': { 'thread-champion': 18, 'compose-new': 11, 'live-classic': 14, 'newest-first': 11, 'reading-bottom': 11 },
  }),
  messagePart: selector<Fixture>("parts of a message with ids like MSG_<id>_FROM, which carry the message's id", {
    '[id^="MSG_"]': { 'thread-champion': 11, 'compose-new': 3, 'live-classic': 0, 'newest-first': 10, 'reading-bottom': 10 },
  }),
  messageHolder: selector<Fixture>('the element around a body or date that says whether its message is expanded', {
    '[aria-expanded]': { 'thread-champion': 16, 'compose-new': 7, 'live-classic': 0, 'newest-first': 11, 'reading-bottom': 9 },
  }),
  titled: selector<Fixture>('anything with a title, read as a date when the date element changed', {
    '[title]': { 'thread-champion': 101, 'compose-new': 78, 'live-classic': 50, 'newest-first': 40, 'reading-bottom': 42 },
  }),
  conversationId: selector<Fixture>('an element carrying a conversation id', {
    '[data-convid]': { 'thread-champion': 10, 'compose-new': 10, 'live-classic': 7, 'newest-first': 3, 'reading-bottom': 4 },
  }),
  sentAt: selector<Fixture>("a message's date, full local date and time in the title", {
    '[data-testid="SentReceivedSavedTime"]': ONE_PER_MESSAGE,
    'div.AL_OM[title]': ONE_PER_MESSAGE,
  }),
  body: selector<Fixture>("an expanded message's body", {
    '[id^="UniqueMessageBody"]': { 'thread-champion': 2, 'compose-new': 0, 'live-classic': 0, 'newest-first': 2, 'reading-bottom': 2 },
    'div[role="document"]': { 'thread-champion': 2, 'compose-new': 0, 'live-classic': 0, 'newest-first': 2, 'reading-bottom': 2 },
    'div.allowTextSelection': { 'thread-champion': 2, 'compose-new': 0, 'live-classic': 2, 'newest-first': 2, 'reading-bottom': 2 },
  }),
  snippet: selector<Fixture>("a collapsed message's snippet", {
    '[role="button"][aria-expanded="false"] [aria-hidden="false"]': {
      'thread-champion': 2,
      'compose-new': 0,
      'live-classic': 0,
      'newest-first': 2,
      'reading-bottom': 1,
    },
    'div.XG5Jd.TszOG[aria-hidden]': { 'thread-champion': 2, 'compose-new': 0, 'live-classic': 0, 'newest-first': 2, 'reading-bottom': 1 },
  }),
  selectedConversation: selector<Fixture>('the selected row of the message list, which carries the conversation id', {
    '[role="option"][aria-selected="true"][data-convid]': { 'thread-champion': 1, 'compose-new': 0, 'live-classic': 1, 'newest-first': 1, 'reading-bottom': 1 },
  }),
  accountName: selector<Fixture>("the signed-in account's name", {
    '#mectrl_currentAccount_primary': ONE_PER_PAGE,
  }),
  accountEmail: selector<Fixture>("the signed-in account's address", {
    '#mectrl_currentAccount_secondary': ONE_PER_PAGE,
    '#mectrl_main_trigger[title*="@"]': ONE_PER_PAGE,
  }),
  composeRoot: selector<Fixture>('the element holding a whole compose: toolbar, recipients, subject, editor', {
    '[id^="docking_InitVisiblePart_"]': ONE_PER_COMPOSE,
    '[data-draft-id]': ONE_PER_COMPOSE,
  }),
  composeMarker: selector<Fixture>('fields only a compose has, to find its root by climbing from the editor', {
    'input[id$="_SUBJECT"]': ONE_PER_COMPOSE,
    '[role="toolbar"] button[id$="__primaryActionButton"]': {
      'thread-champion': 2,
      'compose-new': 2,
      'live-classic': 0,
      'newest-first': 1,
      'reading-bottom': 1,
    },
  }),
  composeEditor: selector<Fixture>('the contenteditable body of a compose', {
    '[id^="editorParent_"] [contenteditable="true"]': ONE_PER_COMPOSE,
    'div[contenteditable="true"][aria-multiline="true"]': ONE_PER_PAGE,
    'div[contenteditable="true"][role="textbox"][aria-label="Message body"]': ONE_PER_PAGE,
  }),
  composeTo: selector<Fixture>('the To field of a compose', {
    '[role="group"][id$="_TO"]': ONE_PER_COMPOSE,
    'div.yNQyP[id$="_TO"]': ONE_PER_COMPOSE,
  }),
  composeCc: selector<Fixture>('the Cc field of a compose', {
    '[role="group"][id$="_CC"]': ONE_PER_COMPOSE,
    'div.yNQyP[id$="_CC"]': ONE_PER_COMPOSE,
  }),
  recipientWell: selector<Fixture>('recipient wells in order (To, Cc, Bcc) when the fields carry no id', {
    '[contenteditable="true"][role="textbox"]:not([aria-multiline="true"])': {
      'thread-champion': 2,
      'compose-new': 2,
      'live-classic': 2,
      'newest-first': 2,
      'reading-bottom': 2,
    },
  }),
  recipient: selector<Fixture>('one resolved recipient in a compose field', {
    '[class*="_EType_RECIPIENT_ENTITY"]': { 'thread-champion': 2, 'compose-new': 1, 'live-classic': 0, 'newest-first': 2, 'reading-bottom': 2 },
    'span[contenteditable="false"][aria-label*="@"]': { 'thread-champion': 2, 'compose-new': 1, 'live-classic': 2, 'newest-first': 2, 'reading-bottom': 2 },
    '[data-lpc-hover-target-id][aria-label*="@"]': { 'thread-champion': 2, 'compose-new': 1, 'live-classic': 0, 'newest-first': 2, 'reading-bottom': 2 },
  }),
  composeSubject: selector<Fixture>('the subject input of a compose', {
    'input[id$="_SUBJECT"]': ONE_PER_COMPOSE,
    'input[maxlength="255"]': ONE_PER_COMPOSE,
    'input[type="text"]': ONE_PER_COMPOSE,
  }),
  sendButton: selector<Fixture>('the Send button of a compose', {
    '[data-testid="ComposeSendButton"] button:not([aria-haspopup])': ONE_PER_COMPOSE,
    'button[type="submit"]': NONE,
    'button[name="send"], [data-icon-name="Send"]': NONE,
    '[role="toolbar"] button[id$="__primaryActionButton"]': {
      'thread-champion': 2,
      'compose-new': 2,
      'live-classic': 0,
      'newest-first': 1,
      'reading-bottom': 1,
    },
  }),
  pageClue: selector<Fixture>('markup only Outlook on the web has, to tell a saved page apart from Gmail', {
    '[data-app-section], [id^="UniqueMessageBody"], [id^="docking_InitVisiblePart_"], #o365header': {
      'thread-champion': 8,
      'compose-new': 5,
      'live-classic': 0,
      'newest-first': 7,
      'reading-bottom': 7,
    },
  }),
} as const;
