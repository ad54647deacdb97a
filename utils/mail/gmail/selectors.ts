import { selector } from '../dom-query';

/**
 * Every selector the Gmail adapter uses, each with its fallbacks (newest layout
 * first) and how many elements each alternative finds in the whole document of
 * the saved pages under tests/fixtures/gmail. Stable attributes come first
 * (`data-message-id`, `data-legacy-thread-id`, `span[email]`, roles, `name`);
 * Gmail's obfuscated class names (`.a3s`, `.M9`, `.aoO`) only as fallbacks.
 */
type Fixture = 'thread-agreement' | 'compose-popout';

export const gmailSelectors = {
  conversationView: selector<Fixture>(
    'the conversation view: a role=main holding messages (the inbox list is another role=main, hidden while a thread is open)',
    {
      '[role="main"]': { 'thread-agreement': 2, 'compose-popout': 1 },
      'div[gh="tm"]': { 'thread-agreement': 1, 'compose-popout': 0 },
    },
  ),
  message: selector<Fixture>('one element per message of the open conversation', {
    '[data-message-id]': { 'thread-agreement': 6, 'compose-popout': 0 },
    '[data-legacy-message-id]': { 'thread-agreement': 6, 'compose-popout': 0 },
    'div.adn, div.adf': { 'thread-agreement': 6, 'compose-popout': 0 },
  }),
  messageItem: selector<Fixture>('the list item around a message, which says whether it is expanded', {
    '[role="listitem"][aria-expanded]': { 'thread-agreement': 6, 'compose-popout': 0 },
    'div.h7, div.kv': { 'thread-agreement': 6, 'compose-popout': 0 },
  }),
  subject: selector<Fixture>('the conversation subject heading', {
    'h2[data-legacy-thread-id]': { 'thread-agreement': 1, 'compose-popout': 0 },
    'h2[data-thread-perm-id]': { 'thread-agreement': 1, 'compose-popout': 0 },
    'h2.hP': { 'thread-agreement': 1, 'compose-popout': 0 },
  }),
  sender: selector<Fixture>("a message's sender, with its address in the email attribute", {
    'h3 [email]': { 'thread-agreement': 6, 'compose-popout': 0 },
    'span.gD[email]': { 'thread-agreement': 10, 'compose-popout': 0 },
  }),
  person: selector<Fixture>('any participant shown with the address in an email attribute (header, details, short line)', {
    '[email]': { 'thread-agreement': 40, 'compose-popout': 18 },
  }),
  avatar: selector<Fixture>("a message's avatar, which also carries the sender's address", {
    'img[jid]': { 'thread-agreement': 7, 'compose-popout': 0 },
    'img[data-hovercard-id]': { 'thread-agreement': 7, 'compose-popout': 0 },
  }),
  threadPermId: selector<Fixture>('the element with the thread id in decimal ("thread-f:1859…")', {
    '[data-thread-perm-id]': { 'thread-agreement': 1, 'compose-popout': 0 },
  }),
  sentAt: selector<Fixture>("a message's date, full local date and time in the title", {
    'span.g3[title]': { 'thread-agreement': 6, 'compose-popout': 0 },
    '[role="gridcell"][title][alt]': { 'thread-agreement': 6, 'compose-popout': 0 },
    'span.g3': { 'thread-agreement': 6, 'compose-popout': 0 },
  }),
  detailsPopup: selector<Fixture>('the hidden "show details" popup of a message (its names are not the header)', {
    '[role="dialog"][aria-hidden]': { 'thread-agreement': 5, 'compose-popout': 1 },
    'div.ajA': { 'thread-agreement': 4, 'compose-popout': 0 },
  }),
  titled: selector<Fixture>('anything with a title, read as a date when the date cell changed', {
    '[title]': { 'thread-agreement': 46, 'compose-popout': 52 },
  }),
  detailsRow: selector<Fixture>('rows of the hidden "show details" table: from, to, cc, date…', {
    '[role="dialog"] table tr': { 'thread-agreement': 32, 'compose-popout': 5 },
    'table.ajC tr': { 'thread-agreement': 32, 'compose-popout': 0 },
  }),
  recipientLine: selector<Fixture>('recipients on the short "to me, Maria" line (to and cc merged)', {
    'span.hb [email]': { 'thread-agreement': 9, 'compose-popout': 0 },
    'div.ajw [email]': { 'thread-agreement': 9, 'compose-popout': 0 },
  }),
  body: selector<Fixture>("a message's body (Gmail keeps an empty hidden twin next to each)", {
    'div.a3s': { 'thread-agreement': 8, 'compose-popout': 0 },
    'div.ii.gt > div': { 'thread-agreement': 8, 'compose-popout': 0 },
  }),
  snippet: selector<Fixture>("a collapsed message's snippet", {
    'div.iA.g6': { 'thread-agreement': 2, 'compose-popout': 0 },
    'div.g6': { 'thread-agreement': 2, 'compose-popout': 0 },
  }),
  foldedCount: selector<Fixture>('the number on the "N older messages" bar of a long conversation (messages not in the page)', {
    'div.adv span.G1': { 'thread-agreement': 0, 'compose-popout': 0 },
  }),
  listRow: selector<Fixture>('a row of the conversation list', {
    'tr[role="row"]': { 'thread-agreement': 8, 'compose-popout': 14 },
    'tr.zA': { 'thread-agreement': 8, 'compose-popout': 14 },
  }),
  listCount: selector<Fixture>('the message count of a conversation list row, "(6)"', {
    'span.bx0': { 'thread-agreement': 1, 'compose-popout': 2 },
  }),
  account: selector<Fixture>('the account button, "Google Account: Name (address)"', {
    'header[role="banner"] a[aria-label*="@"]': { 'thread-agreement': 1, 'compose-popout': 1 },
    '#gb a[aria-label*="@"]': { 'thread-agreement': 1, 'compose-popout': 1 },
  }),
  composeEditor: selector<Fixture>('the contenteditable body of a compose or reply box', {
    '[g_editable="true"]': { 'thread-agreement': 1, 'compose-popout': 1 },
    'div[contenteditable="true"][role="textbox"][aria-multiline="true"]': { 'thread-agreement': 1, 'compose-popout': 1 },
    'div.Am.editable[contenteditable="true"]': { 'thread-agreement': 1, 'compose-popout': 1 },
  }),
  composeRoot: selector<Fixture>('the element holding a whole compose: recipients, subject, editor, footer', {
    'div.M9': { 'thread-agreement': 1, 'compose-popout': 1 },
    'div.AD [role="dialog"]': { 'thread-agreement': 0, 'compose-popout': 1 },
  }),
  composeMarker: selector<Fixture>('fields only a compose has, to find its root by climbing from the editor', {
    'input[name="subjectbox"], input[name="composeid"]': { 'thread-agreement': 2, 'compose-popout': 2 },
    'form[enctype="multipart/form-data"]': { 'thread-agreement': 1, 'compose-popout': 1 },
  }),
  composeTo: selector<Fixture>('the To field of a compose', {
    '[name="to"]': { 'thread-agreement': 1, 'compose-popout': 1 },
    'textarea[name="to"]': { 'thread-agreement': 0, 'compose-popout': 0 },
  }),
  composeCc: selector<Fixture>('the Cc field of a compose', {
    '[name="cc"]': { 'thread-agreement': 1, 'compose-popout': 1 },
    'textarea[name="cc"]': { 'thread-agreement': 0, 'compose-popout': 0 },
  }),
  recipientFieldByOrder: selector<Fixture>('recipient fields in order (To, Cc, Bcc) when they carry no name', {
    '[role="listbox"]': { 'thread-agreement': 2, 'compose-popout': 2 },
  }),
  recipientChip: selector<Fixture>('one recipient chip in a compose field', {
    '[role="option"][data-hovercard-id]': { 'thread-agreement': 3, 'compose-popout': 3 },
    '[email]': { 'thread-agreement': 40, 'compose-popout': 18 },
    '[data-hovercard-id]': { 'thread-agreement': 50, 'compose-popout': 21 },
  }),
  composeSubject: selector<Fixture>('the subject input of a compose (hidden but filled in replies)', {
    'input[name="subjectbox"]': { 'thread-agreement': 1, 'compose-popout': 1 },
    'input[name="subject"]': { 'thread-agreement': 1, 'compose-popout': 1 },
  }),
  sendButton: selector<Fixture>('the Send button of a compose', {
    '[role="button"].aoO': { 'thread-agreement': 1, 'compose-popout': 1 },
    'td.Up [role="button"]:not([aria-haspopup="true"])': { 'thread-agreement': 1, 'compose-popout': 1 },
  }),
  pageClue: selector<Fixture>('markup only Gmail has, to tell a saved page apart from Outlook', {
    'meta[name="application-name"][content="Gmail"]': { 'thread-agreement': 1, 'compose-popout': 1 },
    '[data-message-id], [data-legacy-thread-id], [g_editable]': { 'thread-agreement': 16, 'compose-popout': 15 },
  }),
} as const;

export type GmailSelectorName = keyof typeof gmailSelectors;
