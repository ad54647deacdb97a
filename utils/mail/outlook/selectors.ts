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

export const outlookSelectors = {
  conversation: selector<Fixture>('the open conversation in the reading pane', {
    '[data-app-section="ConversationContainer"]': { 'thread-champion': 1, 'compose-new': 0, 'live-classic': 0, 'newest-first': 1, 'reading-bottom': 1 },
    '[role="main"] [data-convid]': { 'thread-champion': 1, 'compose-new': 0, 'live-classic': 7, 'newest-first': 1, 'reading-bottom': 4 },
    '[role="main"]': { 'thread-champion': 1, 'compose-new': 1, 'live-classic': 1, 'newest-first': 1, 'reading-bottom': 1 },
  }),
  readingPane: selector<Fixture>('the reading pane, read by structure when no known container holds messages', {
    '#ReadingPaneContainerId': { 'thread-champion': 1, 'compose-new': 1, 'live-classic': 1, 'newest-first': 1, 'reading-bottom': 1 },
    '[data-app-section*="ReadingPane"]': { 'thread-champion': 0, 'compose-new': 0, 'live-classic': 0, 'newest-first': 0, 'reading-bottom': 0 },
  }),
  message: selector<Fixture>('one region per message of the conversation, expanded or collapsed', {
    'div[role="region"][aria-expanded]': { 'thread-champion': 4, 'compose-new': 0, 'live-classic': 0, 'newest-first': 4, 'reading-bottom': 3 },
    'div[role="region"]': { 'thread-champion': 4, 'compose-new': 0, 'live-classic': 0, 'newest-first': 4, 'reading-bottom': 3 },
    'div.SlLx9': { 'thread-champion': 4, 'compose-new': 0, 'live-classic': 0, 'newest-first': 4, 'reading-bottom': 3 },
  }),
  subject: selector<Fixture>('the conversation subject heading', {
    '[id^="CONV_"][id$="_SUBJECT"]': { 'thread-champion': 1, 'compose-new': 0, 'live-classic': 0, 'newest-first': 1, 'reading-bottom': 1 },
    '[role="heading"][aria-level="2"]': { 'thread-champion': 1, 'compose-new': 0, 'live-classic': 1, 'newest-first': 1, 'reading-bottom': 1 },
    'span.JdFsz': { 'thread-champion': 1, 'compose-new': 0, 'live-classic': 0, 'newest-first': 1, 'reading-bottom': 1 },
  }),
  sender: selector<Fixture>("a message's sender: hover target whose title is the address", {
    '[id$="_FROM"] [title*="@"]': { 'thread-champion': 4, 'compose-new': 0, 'live-classic': 0, 'newest-first': 4, 'reading-bottom': 3 },
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
    '[data-testid="SentReceivedSavedTime"]': { 'thread-champion': 4, 'compose-new': 0, 'live-classic': 0, 'newest-first': 4, 'reading-bottom': 3 },
    'div.AL_OM[title]': { 'thread-champion': 4, 'compose-new': 0, 'live-classic': 0, 'newest-first': 4, 'reading-bottom': 3 },
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
    '#mectrl_currentAccount_primary': { 'thread-champion': 1, 'compose-new': 1, 'live-classic': 1, 'newest-first': 1, 'reading-bottom': 1 },
  }),
  accountEmail: selector<Fixture>("the signed-in account's address", {
    '#mectrl_currentAccount_secondary': { 'thread-champion': 1, 'compose-new': 1, 'live-classic': 1, 'newest-first': 1, 'reading-bottom': 1 },
    '#mectrl_main_trigger[title*="@"]': { 'thread-champion': 1, 'compose-new': 1, 'live-classic': 1, 'newest-first': 1, 'reading-bottom': 1 },
  }),
  composeRoot: selector<Fixture>('the element holding a whole compose: toolbar, recipients, subject, editor', {
    '[id^="docking_InitVisiblePart_"]': { 'thread-champion': 1, 'compose-new': 1, 'live-classic': 0, 'newest-first': 1, 'reading-bottom': 1 },
    '[data-draft-id]': { 'thread-champion': 1, 'compose-new': 1, 'live-classic': 0, 'newest-first': 1, 'reading-bottom': 1 },
  }),
  composeMarker: selector<Fixture>('fields only a compose has, to find its root by climbing from the editor', {
    'input[id$="_SUBJECT"]': { 'thread-champion': 1, 'compose-new': 1, 'live-classic': 0, 'newest-first': 1, 'reading-bottom': 1 },
    '[role="toolbar"] button[id$="__primaryActionButton"]': {
      'thread-champion': 2,
      'compose-new': 2,
      'live-classic': 0,
      'newest-first': 1,
      'reading-bottom': 1,
    },
  }),
  composeEditor: selector<Fixture>('the contenteditable body of a compose', {
    '[id^="editorParent_"] [contenteditable="true"]': { 'thread-champion': 1, 'compose-new': 1, 'live-classic': 0, 'newest-first': 1, 'reading-bottom': 1 },
    'div[contenteditable="true"][aria-multiline="true"]': { 'thread-champion': 1, 'compose-new': 1, 'live-classic': 1, 'newest-first': 1, 'reading-bottom': 1 },
    'div[contenteditable="true"][role="textbox"][aria-label="Message body"]': {
      'thread-champion': 1,
      'compose-new': 1,
      'live-classic': 1,
      'newest-first': 1,
      'reading-bottom': 1,
    },
  }),
  composeTo: selector<Fixture>('the To field of a compose', {
    '[role="group"][id$="_TO"]': { 'thread-champion': 1, 'compose-new': 1, 'live-classic': 0, 'newest-first': 1, 'reading-bottom': 1 },
    'div.yNQyP[id$="_TO"]': { 'thread-champion': 1, 'compose-new': 1, 'live-classic': 0, 'newest-first': 1, 'reading-bottom': 1 },
  }),
  composeCc: selector<Fixture>('the Cc field of a compose', {
    '[role="group"][id$="_CC"]': { 'thread-champion': 1, 'compose-new': 1, 'live-classic': 0, 'newest-first': 1, 'reading-bottom': 1 },
    'div.yNQyP[id$="_CC"]': { 'thread-champion': 1, 'compose-new': 1, 'live-classic': 0, 'newest-first': 1, 'reading-bottom': 1 },
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
    'input[id$="_SUBJECT"]': { 'thread-champion': 1, 'compose-new': 1, 'live-classic': 0, 'newest-first': 1, 'reading-bottom': 1 },
    'input[maxlength="255"]': { 'thread-champion': 1, 'compose-new': 1, 'live-classic': 0, 'newest-first': 1, 'reading-bottom': 1 },
    'input[type="text"]': { 'thread-champion': 1, 'compose-new': 1, 'live-classic': 0, 'newest-first': 1, 'reading-bottom': 1 },
  }),
  sendButton: selector<Fixture>('the Send button of a compose', {
    '[data-testid="ComposeSendButton"] button:not([aria-haspopup])': {
      'thread-champion': 1,
      'compose-new': 1,
      'live-classic': 0,
      'newest-first': 1,
      'reading-bottom': 1,
    },
    'button[type="submit"]': { 'thread-champion': 0, 'compose-new': 0, 'live-classic': 0, 'newest-first': 0, 'reading-bottom': 0 },
    'button[name="send"], [data-icon-name="Send"]': { 'thread-champion': 0, 'compose-new': 0, 'live-classic': 0, 'newest-first': 0, 'reading-bottom': 0 },
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
