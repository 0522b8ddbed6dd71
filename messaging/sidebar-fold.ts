/**
 * Folding the sidebar to its small tab. Whether it is folded is one stored key for every site and
 * tab (`SIDEBAR_FOLDED` in `messaging/stored-keys.ts`): the sidebar frame folds it, the content
 * scripts follow its change event.
 */

/** Alt+Shift+M folds and unfolds the sidebar: on the page (content script) and inside the sidebar alike. */
export function isFoldShortcut(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyM';
}
