/** The key bindings, as shown in the help view and the one-line key help. */
export const KEY_HELP: ReadonlyArray<readonly [keys: string, action: string]> = [
  ['Up/Down, k/j', 'move the selection'],
  ['PgUp/PgDn', 'move one page'],
  ['g/G, Home/End', 'jump to the first / last item'],
  ['Tab, Shift+Tab', 'next / previous filter'],
  ['1-5', 'filter: All, Divergent, Corroborating, Only A, Only B'],
  ['/', 'search sentence text (Enter confirms, Esc cancels)'],
  ['n/N', 'next / previous match'],
  ['Enter', 'toggle the full-text view in context'],
  ['m', 'write the Markdown report'],
  ['?', 'show / hide this help'],
  ['Esc', 'close help, context or search; quit from the list'],
  ['q', 'quit'],
];

export const KEY_LINE =
  'j/k move  PgUp/PgDn g/G jump  Tab/1-5 filter  / search  n/N match  Enter context  m markdown  ? help  q quit';
