const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** User content (a title, a name) goes into a page or a mail as text, never as markup. */
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (character) => escapes[character]!);
