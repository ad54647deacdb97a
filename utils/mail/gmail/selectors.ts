import { selector } from '../dom-query';

/**
 * Every selector the Gmail adapter uses, each with its fallbacks (newest layout
 * first) and how many elements each alternative finds in the whole document of
 * the saved pages under tests/fixtures/gmail. Stable attributes come first
 * (`data-message-id`, `data-legacy-thread-id`, `span[email]`, roles, `name`);
 * Gmail's obfuscated class names (`.a3s`, `.M9`, `.aoO`) only as fallbacks.
 */
type Fixture = 'compose-popout' | 'thread-agreement' | 'thread-forward-invite' | 'thread-french' | 'thread-japanese' | 'two-compose';

/** Counts that recur on the saved pages: one for each message, each compose box or the open conversation, or one on every page. */
const ONE_PER_MESSAGE = {
  'thread-agreement': 6,
  'compose-popout': 0,
  'thread-forward-invite': 3,
  'thread-french': 4,
  'thread-japanese': 3,
  'two-compose': 2,
} as const satisfies Record<Fixture, number>;
const ONE_PER_COMPOSE = {
  'thread-agreement': 1,
  'compose-popout': 1,
  'thread-forward-invite': 0,
  'thread-french': 1,
  'thread-japanese': 1,
  'two-compose': 2,
} as const satisfies Record<Fixture, number>;
const ONE_PER_CONVERSATION = {
  'thread-agreement': 1,
  'compose-popout': 0,
  'thread-forward-invite': 1,
  'thread-french': 1,
  'thread-japanese': 1,
  'two-compose': 1,
} as const satisfies Record<Fixture, number>;
const ONE_PER_PAGE = {
  'thread-agreement': 1,
  'compose-popout': 1,
  'thread-forward-invite': 1,
  'thread-french': 1,
  'thread-japanese': 1,
  'two-compose': 1,
} as const satisfies Record<Fixture, number>;
const NONE = {
  'thread-agreement': 0,
  'compose-popout': 0,
  'thread-forward-invite': 0,
  'thread-french': 0,
  'thread-japanese': 0,
  'two-compose': 0,
} as const satisfies Record<Fixture, number>;

export const gmailSelectors = {
  conversationView: selector<Fixture>(
    'the conversation view: a role=main holding messages (the inbox list is another role=main, hidden while a thread is open)',
    {
      '[role="main"]': { 'thread-agreement': 2, 'compose-popout': 1, 'thread-forward-invite': 2, 'thread-french': 2, 'thread-japanese': 2, 'two-compose': 2 },
      'div[gh="tm"]': ONE_PER_CONVERSATION,
    },
  ),
  message: selector<Fixture>('one element per message of the open conversation', {
    '[data-message-id]': ONE_PER_MESSAGE,
    '[data-legacy-message-id]': ONE_PER_MESSAGE,
    'div.adn, div.adf': ONE_PER_MESSAGE,
  }),
  messageItem: selector<Fixture>('the list item around a message, which says whether it is expanded', {
    '[role="listitem"][aria-expanded]': ONE_PER_MESSAGE,
    'div.h7, div.kv': ONE_PER_MESSAGE,
  }),
  subject: selector<Fixture>('the conversation subject heading', {
    'h2[data-legacy-thread-id]': ONE_PER_CONVERSATION,
    'h2[data-thread-perm-id]': ONE_PER_CONVERSATION,
    'h2.hP': ONE_PER_CONVERSATION,
  }),
  sender: selector<Fixture>("a message's sender, with its address in the email attribute", {
    'h3 [email]': ONE_PER_MESSAGE,
    'span.gD[email]': { 'thread-agreement': 10, 'compose-popout': 0, 'thread-forward-invite': 5, 'thread-french': 6, 'thread-japanese': 5, 'two-compose': 3 },
  }),
  person: selector<Fixture>('any participant shown with the address in an email attribute (header, details, short line)', {
    '[email]': { 'thread-agreement': 40, 'compose-popout': 18, 'thread-forward-invite': 21, 'thread-french': 19, 'thread-japanese': 16, 'two-compose': 10 },
  }),
  avatar: selector<Fixture>("a message's avatar, which also carries the sender's address", {
    'img[jid]': { 'thread-agreement': 7, 'compose-popout': 0, 'thread-forward-invite': 3, 'thread-french': 5, 'thread-japanese': 4, 'two-compose': 3 },
    'img[data-hovercard-id]': {
      'thread-agreement': 7,
      'compose-popout': 0,
      'thread-forward-invite': 3,
      'thread-french': 5,
      'thread-japanese': 4,
      'two-compose': 3,
    },
  }),
  threadPermId: selector<Fixture>('the element with the thread id in decimal ("thread-f:1859…")', {
    '[data-thread-perm-id]': ONE_PER_CONVERSATION,
  }),
  sentAt: selector<Fixture>("a message's date, full local date and time in the title", {
    'span.g3[title]': ONE_PER_MESSAGE,
    '[role="gridcell"][title][alt]': ONE_PER_MESSAGE,
    'span.g3': ONE_PER_MESSAGE,
  }),
  detailsPopup: selector<Fixture>('the hidden "show details" popup of a message (its names are not the header)', {
    '[role="dialog"][aria-hidden]': {
      'thread-agreement': 5,
      'compose-popout': 1,
      'thread-forward-invite': 2,
      'thread-french': 2,
      'thread-japanese': 2,
      'two-compose': 1,
    },
    'div.ajA': { 'thread-agreement': 4, 'compose-popout': 0, 'thread-forward-invite': 2, 'thread-french': 2, 'thread-japanese': 2, 'two-compose': 1 },
  }),
  titled: selector<Fixture>('anything with a title, read as a date when the date cell changed', {
    '[title]': { 'thread-agreement': 46, 'compose-popout': 52, 'thread-forward-invite': 13, 'thread-french': 16, 'thread-japanese': 13, 'two-compose': 12 },
  }),
  detailsRow: selector<Fixture>('rows of the hidden "show details" table: from, to, cc, date…', {
    '[role="dialog"] table tr': {
      'thread-agreement': 32,
      'compose-popout': 5,
      'thread-forward-invite': 15,
      'thread-french': 16,
      'thread-japanese': 16,
      'two-compose': 12,
    },
    'table.ajC tr': { 'thread-agreement': 32, 'compose-popout': 0, 'thread-forward-invite': 15, 'thread-french': 16, 'thread-japanese': 16, 'two-compose': 8 },
  }),
  recipientLine: selector<Fixture>('recipients on the short "to me, Maria" line (to and cc merged)', {
    'span.hb [email]': { 'thread-agreement': 9, 'compose-popout': 0, 'thread-forward-invite': 4, 'thread-french': 4, 'thread-japanese': 4, 'two-compose': 2 },
    'div.ajw [email]': { 'thread-agreement': 9, 'compose-popout': 0, 'thread-forward-invite': 4, 'thread-french': 4, 'thread-japanese': 4, 'two-compose': 2 },
  }),
  body: selector<Fixture>("a message's body (Gmail keeps an empty hidden twin next to each)", {
    'div.a3s': { 'thread-agreement': 8, 'compose-popout': 0, 'thread-forward-invite': 4, 'thread-french': 4, 'thread-japanese': 4, 'two-compose': 2 },
    'div.ii.gt > div': { 'thread-agreement': 8, 'compose-popout': 0, 'thread-forward-invite': 4, 'thread-french': 4, 'thread-japanese': 4, 'two-compose': 2 },
  }),
  snippet: selector<Fixture>("a collapsed message's snippet", {
    'div.iA.g6': { 'thread-agreement': 2, 'compose-popout': 0, 'thread-forward-invite': 1, 'thread-french': 2, 'thread-japanese': 1, 'two-compose': 1 },
    'div.g6': { 'thread-agreement': 2, 'compose-popout': 0, 'thread-forward-invite': 1, 'thread-french': 2, 'thread-japanese': 1, 'two-compose': 1 },
  }),
  foldedCount: selector<Fixture>('the number on the "N older messages" bar of a long conversation (messages not in the page)', {
    'div.adv span.G1': NONE,
  }),
  listRow: selector<Fixture>('a row of the conversation list', {
    'tr[role="row"]': { 'thread-agreement': 8, 'compose-popout': 14, 'thread-forward-invite': 2, 'thread-french': 3, 'thread-japanese': 2, 'two-compose': 2 },
    'tr.zA': { 'thread-agreement': 8, 'compose-popout': 14, 'thread-forward-invite': 2, 'thread-french': 3, 'thread-japanese': 2, 'two-compose': 2 },
  }),
  listCount: selector<Fixture>('the message count of a conversation list row, "(6)"', {
    'span.bx0': { 'thread-agreement': 1, 'compose-popout': 2, 'thread-forward-invite': 1, 'thread-french': 1, 'thread-japanese': 1, 'two-compose': 1 },
  }),
  account: selector<Fixture>('the account button, "Google Account: Name (address)"', {
    'header[role="banner"] a[aria-label*="@"]': ONE_PER_PAGE,
    '#gb a[aria-label*="@"]': ONE_PER_PAGE,
  }),
  composeEditor: selector<Fixture>('the contenteditable body of a compose or reply box', {
    '[g_editable="true"]': ONE_PER_COMPOSE,
    'div[contenteditable="true"][role="textbox"][aria-multiline="true"]': ONE_PER_COMPOSE,
    'div.Am.editable[contenteditable="true"]': ONE_PER_COMPOSE,
  }),
  composeRoot: selector<Fixture>('the element holding a whole compose: recipients, subject, editor, footer', {
    'div.M9': ONE_PER_COMPOSE,
    'div.AD [role="dialog"]': {
      'thread-agreement': 0,
      'compose-popout': 1,
      'thread-forward-invite': 0,
      'thread-french': 0,
      'thread-japanese': 0,
      'two-compose': 1,
    },
  }),
  composeMarker: selector<Fixture>('fields only a compose has, to find its root by climbing from the editor', {
    'input[name="subjectbox"], input[name="composeid"]': {
      'thread-agreement': 2,
      'compose-popout': 2,
      'thread-forward-invite': 0,
      'thread-french': 2,
      'thread-japanese': 2,
      'two-compose': 4,
    },
    'form[enctype="multipart/form-data"]': ONE_PER_COMPOSE,
  }),
  composeTo: selector<Fixture>('the To field of a compose', {
    '[name="to"]': ONE_PER_COMPOSE,
    'textarea[name="to"]': NONE,
  }),
  composeCc: selector<Fixture>('the Cc field of a compose', {
    '[name="cc"]': { 'thread-agreement': 1, 'compose-popout': 1, 'thread-forward-invite': 0, 'thread-french': 1, 'thread-japanese': 1, 'two-compose': 1 },
    'textarea[name="cc"]': NONE,
  }),
  recipientFieldByOrder: selector<Fixture>('recipient fields in order (To, Cc, Bcc) when they carry no name', {
    '[role="listbox"]': { 'thread-agreement': 2, 'compose-popout': 2, 'thread-forward-invite': 0, 'thread-french': 2, 'thread-japanese': 2, 'two-compose': 3 },
  }),
  recipientChip: selector<Fixture>('one recipient chip in a compose field', {
    '[role="option"][data-hovercard-id]': {
      'thread-agreement': 3,
      'compose-popout': 3,
      'thread-forward-invite': 0,
      'thread-french': 2,
      'thread-japanese': 2,
      'two-compose': 3,
    },
    '[email]': { 'thread-agreement': 40, 'compose-popout': 18, 'thread-forward-invite': 21, 'thread-french': 19, 'thread-japanese': 16, 'two-compose': 10 },
    '[data-hovercard-id]': {
      'thread-agreement': 50,
      'compose-popout': 21,
      'thread-forward-invite': 24,
      'thread-french': 26,
      'thread-japanese': 22,
      'two-compose': 16,
    },
  }),
  composeSubject: selector<Fixture>('the subject input of a compose (hidden but filled in replies)', {
    'input[name="subjectbox"]': ONE_PER_COMPOSE,
    'input[name="subject"]': ONE_PER_COMPOSE,
  }),
  sendButton: selector<Fixture>('the Send button of a compose', {
    '[role="button"].aoO': ONE_PER_COMPOSE,
    'td.Up [role="button"]:not([aria-haspopup="true"])': ONE_PER_COMPOSE,
  }),
  pageClue: selector<Fixture>('markup only Gmail has, to tell a saved page apart from Outlook', {
    'meta[name="application-name"][content="Gmail"]': ONE_PER_PAGE,
    '[data-message-id], [data-legacy-thread-id], [g_editable]': {
      'thread-agreement': 16,
      'compose-popout': 15,
      'thread-forward-invite': 6,
      'thread-french': 9,
      'thread-japanese': 7,
      'two-compose': 7,
    },
  }),
} as const;
