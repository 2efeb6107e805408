import MarkdownIt, { type StateInline } from "markdown-it";

/** Someone who may be mentioned: a member of the discussion's process. */
export interface Mentionable {
  id: string;
  name: string;
}

type RenderEnvironment = {
  members: Mentionable[];
  mentioned: Set<string>;
};

const allowedLink = /^(https?:\/\/|mailto:)/i;
const wordCharacter = /[\p{L}\p{N}_]/u;

/**
 * The one Markdown renderer of discussions. Raw HTML is escaped (`html: false`), links go only to web pages and
 * mail addresses, images are off (a remote image is a tracker and a `src` is one more attack surface), and every
 * link says it is user content.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });
markdown.disable("image");
// Allow-list, checked after markdown-it decoded entities and escapes: anything not plainly http(s) or mailto —
// javascript:, data:, vbscript:, relative paths, look-alike letters — is no link at all.
markdown.validateLink = (url) => allowedLink.test(url.trim());
markdown.renderer.rules.link_open = (tokens, index, options, _env, self) => {
  const token = tokens[index]!;
  token.attrs = (token.attrs ?? []).filter(([name]) => name === "href" || name === "title");
  token.attrSet("rel", "nofollow noopener noreferrer");
  return self.renderToken(tokens, index, options);
};
markdown.inline.ruler.before("emphasis", "mention", mentionRule);
markdown.renderer.rules.mention = (tokens, index, _options, env) => {
  const { userId, name } = tokens[index]!.meta as { userId: string; name: string };
  (env as RenderEnvironment).mentioned.add(userId);
  const escapeHtml = markdown.utils.escapeHtml;
  return `<span class="mention" data-user-id="${escapeHtml(userId)}">@${escapeHtml(name)}</span>`;
};

/** `@Name` where Name is a member's whole name (any case); the longest name wins, so "@Ana Līva" beats "@Ana". */
function mentionRule(state: StateInline, silent: boolean): boolean {
  const start = state.pos;
  if (state.src.charCodeAt(start) !== 0x40 /* @ */) return false;
  // An address like ana@example.org is no mention.
  if (start > 0 && wordCharacter.test(state.src[start - 1]!)) return false;
  const { members } = state.env as RenderEnvironment;
  for (const member of members) {
    const end = start + 1 + member.name.length;
    const written = state.src.slice(start + 1, end);
    if (written.toLocaleLowerCase() !== member.name.toLocaleLowerCase()) continue;
    if (end < state.posMax && wordCharacter.test(state.src[end]!)) continue;
    if (!silent) {
      const token = state.push("mention", "", 0);
      token.meta = { userId: member.id, name: member.name };
      token.content = state.src.slice(start, end);
    }
    state.pos = end;
    return true;
  }
  return false;
}

/** Sanitized HTML of a post and the ids of the members it mentions; a name no member has stays plain text. */
export function renderPost(source: string, members: Mentionable[]): { html: string; mentions: string[] } {
  const candidates = members
    .filter((member) => member.name.trim().length > 0)
    .sort((a, b) => b.name.length - a.name.length);
  const env: RenderEnvironment = { members: candidates, mentioned: new Set() };
  const html = markdown.render(source, env);
  return { html, mentions: [...env.mentioned] };
}
