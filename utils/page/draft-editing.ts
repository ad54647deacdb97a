/**
 * Edits a contenteditable compose body the way typing would, through the
 * browser's editing commands, so Ctrl+Z undoes it and the app's own editor
 * sees ordinary input events.
 */

/** Selects the `occurrence`-th appearance of `phrase` in the editor's text. */
export function selectPhrase(editor: HTMLElement, phrase: string, occurrence = 0): Range | null {
  const doc = editor.ownerDocument;
  const walker = doc.createTreeWalker(editor, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  let text = '';
  const starts: number[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node as Text);
    starts.push(text.length);
    text += (node as Text).data.replace(/\u00a0/g, ' ');
  }
  let index = -1;
  for (let seen = 0; seen <= occurrence; seen += 1) {
    index = text.indexOf(phrase, index + 1);
    if (index < 0) return null;
  }
  const locate = (offset: number, preferEnd: boolean): [Text, number] | null => {
    for (let i = nodes.length - 1; i >= 0; i -= 1) {
      const start = starts[i]!;
      const node = nodes[i]!;
      if (offset > start || (offset === start && !preferEnd)) return [node, offset - start];
    }
    return nodes[0] ? [nodes[0], 0] : null;
  };
  const from = locate(index, false);
  const to = locate(index + phrase.length, true);
  if (!from || !to) return null;
  const range = doc.createRange();
  range.setStart(from[0], from[1]);
  range.setEnd(to[0], to[1]);
  return range;
}

function applyRange(editor: HTMLElement, range: Range, text: string): boolean {
  const doc = editor.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return false;
  editor.focus();
  selection.removeAllRanges();
  selection.addRange(range);
  // execCommand is the one API that edits with native undo in contenteditable.
  if (doc.execCommand('insertText', false, text)) return true;
  range.deleteContents();
  range.insertNode(doc.createTextNode(text));
  return true;
}

/** Replaces one phrase of the draft; false when it is no longer there. */
export function replacePhrase(editor: HTMLElement, phrase: string, replacement: string, occurrence = 0): boolean {
  const range = selectPhrase(editor, phrase, occurrence);
  return range ? applyRange(editor, range, replacement) : false;
}

/** How many times `phrase` appears in `text` before `start`: picks the same occurrence in the editor. */
export function occurrenceBefore(text: string, phrase: string, start: number): number {
  let count = 0;
  for (let i = text.indexOf(phrase); i >= 0 && i < start; i = text.indexOf(phrase, i + 1)) count += 1;
  return count;
}

/** Inserts text at the caret if it is in the editor, else at the start of the draft. */
export function insertIntoEditor(editor: HTMLElement, text: string): boolean {
  const doc = editor.ownerDocument;
  const selection = doc.getSelection();
  let range: Range;
  if (selection && selection.rangeCount && editor.contains(selection.getRangeAt(0).startContainer)) {
    range = selection.getRangeAt(0);
  } else {
    range = doc.createRange();
    range.setStart(editor, 0);
    range.collapse(true);
  }
  return applyRange(editor, range, text);
}
