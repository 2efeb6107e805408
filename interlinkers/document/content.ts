import { TiptapTransformer } from "@hocuspocus/transformer";
import { TableKit } from "@tiptap/extension-table";
import { StarterKit } from "@tiptap/starter-kit";
import { renderToHTMLString } from "@tiptap/static-renderer/pm/html-string";
import MarkdownIt, { type Token } from "markdown-it";
import * as Y from "yjs";

/** The Yjs field the editor's Collaboration extension binds to (its default). */
export const documentField = "default";

/** The schema both the browser editor and the server speak: the same StarterKit, and tables. */
export const documentExtensions = [StarterKit, TableKit.configure({ table: { resizable: false } })];

const transformer = TiptapTransformer.extensions(documentExtensions);

export interface PmMark {
  type: string;
  attrs?: Record<string, unknown>;
}
export interface PmNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: PmNode[];
  marks?: PmMark[];
  text?: string;
}

const markdown = new MarkdownIt("default", { html: false, linkify: false });

/**
 * Markdown to ProseMirror JSON by walking markdown-it's tokens, so no DOM is needed on the server. GFM pipe tables
 * become tables (the first row a header row, with each column's alignment); what the schema cannot hold (images)
 * keeps its words.
 */
export function markdownToDocument(source: string): PmNode {
  const tokens = markdown.parse(source, {});
  const root: PmNode = { type: "doc", content: [] };
  const stack: PmNode[] = [root];
  const top = () => stack[stack.length - 1]!;
  const push = (node: PmNode) => {
    const parent = top();
    parent.content ??= [];
    parent.content.push(node);
  };
  const open = (node: PmNode) => {
    push(node);
    stack.push(node);
  };

  for (const token of tokens) {
    switch (token.type) {
      case "heading_open":
        open({ type: "heading", attrs: { level: Number(token.tag.slice(1)) } });
        break;
      case "paragraph_open":
        open({ type: "paragraph" });
        break;
      case "bullet_list_open":
        open({ type: "bulletList" });
        break;
      case "ordered_list_open":
        open({ type: "orderedList", attrs: { start: Number(token.attrGet("start") ?? 1) } });
        break;
      case "list_item_open":
        open({ type: "listItem" });
        break;
      case "blockquote_open":
        open({ type: "blockquote" });
        break;
      case "heading_close":
      case "paragraph_close":
      case "bullet_list_close":
      case "ordered_list_close":
      case "blockquote_close":
        stack.pop();
        break;
      case "list_item_close": {
        const item = stack.pop()!;
        // A list item must start with a paragraph in StarterKit's schema.
        if (!item.content?.length || item.content[0]!.type !== "paragraph") {
          item.content = [{ type: "paragraph" }, ...(item.content ?? [])];
        }
        break;
      }
      case "fence":
      case "code_block": {
        const text = token.content.replace(/\n$/, "");
        const language = token.info.trim().split(/\s+/)[0] || null;
        push({ type: "codeBlock", attrs: { language }, ...(text ? { content: [{ type: "text", text }] } : {}) });
        break;
      }
      case "hr":
        push({ type: "horizontalRule" });
        break;
      case "table_open":
        open({ type: "table" });
        break;
      case "tr_open":
        open({ type: "tableRow" });
        break;
      case "th_open":
      case "td_open": {
        const align = /text-align:\s*(left|center|right)/.exec(String(token.attrGet("style") ?? ""))?.[1];
        open({ type: token.type === "th_open" ? "tableHeader" : "tableCell", ...(align ? { attrs: { align } } : {}) });
        // A cell holds blocks: its words go in one paragraph.
        open({ type: "paragraph" });
        break;
      }
      case "th_close":
      case "td_close":
        stack.pop();
        stack.pop();
        break;
      case "tr_close":
      case "table_close":
        stack.pop();
        break;
      case "inline": {
        const inlines = inlineNodes(token.children ?? []);
        if (inlines.length) top().content = [...(top().content ?? []), ...inlines];
        break;
      }
      default:
        break;
    }
  }
  return root;
}

function inlineNodes(tokens: Token[]): PmNode[] {
  const nodes: PmNode[] = [];
  const marks: PmMark[] = [];
  const text = (value: string, extra: PmMark[] = []) => {
    if (!value) return;
    const all = [...marks, ...extra];
    nodes.push({ type: "text", text: value, ...(all.length ? { marks: all } : {}) });
  };
  const closeMark = (type: string) => {
    const position = marks.map((mark) => mark.type).lastIndexOf(type);
    if (position >= 0) marks.splice(position, 1);
  };
  for (const token of tokens) {
    switch (token.type) {
      case "text":
        text(token.content);
        break;
      case "code_inline":
        text(token.content, [{ type: "code" }]);
        break;
      case "softbreak":
        text(" ");
        break;
      case "hardbreak":
        nodes.push({ type: "hardBreak" });
        break;
      case "strong_open":
        marks.push({ type: "bold" });
        break;
      case "em_open":
        marks.push({ type: "italic" });
        break;
      case "s_open":
        marks.push({ type: "strike" });
        break;
      case "link_open": {
        const href = safeHref(String(token.attrGet("href") ?? ""));
        if (href) marks.push({ type: "link", attrs: { href } });
        else marks.push({ type: "unsafe-link" });
        break;
      }
      case "strong_close":
        closeMark("bold");
        break;
      case "em_close":
        closeMark("italic");
        break;
      case "s_close":
        closeMark("strike");
        break;
      case "link_close":
        closeMark(marks.some((mark) => mark.type === "link") ? "link" : "unsafe-link");
        break;
      case "image":
        text(token.content || String(token.attrGet("alt") ?? ""));
        break;
      default:
        break;
    }
  }
  // The placeholder for a refused link only kept the pairing of open and close tokens right.
  for (const node of nodes) {
    if (node.marks) {
      node.marks = node.marks.filter((mark) => mark.type !== "unsafe-link");
      if (!node.marks.length) delete node.marks;
    }
  }
  return nodes;
}

/** Links may go to the web, to mail or stay on this site; anything else (javascript:, data:) is dropped. */
export function safeHref(href: string | null | undefined): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  if (/^(https?:|mailto:)/i.test(trimmed)) return trimmed;
  if (/^[/#?]/.test(trimmed) && !trimmed.startsWith("//")) return trimmed;
  return null;
}

/** Removes link marks whose target is not safe, at every depth: a client may write any attributes into Yjs. */
function withSafeLinks(node: PmNode): PmNode {
  const marks = node.marks?.flatMap((mark) => {
    if (mark.type !== "link") return [mark];
    const href = safeHref(mark.attrs?.href as string | undefined);
    return href ? [{ type: "link", attrs: { href } }] : [];
  });
  return {
    ...node,
    ...(marks ? { marks } : {}),
    ...(node.content ? { content: node.content.map(withSafeLinks) } : {}),
  };
}

export function emptyDocument(): PmNode {
  return { type: "doc", content: [{ type: "paragraph" }] };
}

/** A Yjs state holding this ProseMirror document, as the editor would have written it. */
export function stateFromDocument(content: PmNode): Uint8Array {
  return Y.encodeStateAsUpdate(transformer.toYdoc(content, documentField));
}

export function stateFromMarkdown(source: string): Uint8Array {
  return stateFromDocument(markdownToDocument(source));
}

export function documentFromYdoc(ydoc: Y.Doc): PmNode {
  const json = transformer.fromYdoc(ydoc, documentField) as PmNode;
  return json?.content?.length ? json : emptyDocument();
}

export function documentFromState(state: Uint8Array | null | undefined): PmNode {
  const ydoc = new Y.Doc();
  if (state?.length) Y.applyUpdate(ydoc, state);
  const json = documentFromYdoc(ydoc);
  ydoc.destroy();
  return json;
}

/** HTML from the static renderer: text is escaped and only the schema's own elements come out, never a script. */
export function documentToHtml(content: PmNode): string {
  return renderToHTMLString({ extensions: documentExtensions, content: withSafeLinks(content) });
}

/** Markdown that markdown-it (and so `markdownToDocument`) reads back as the same document. */
export function documentToMarkdown(content: PmNode): string {
  const blocks = (withSafeLinks(content).content ?? []).map((node) => blockMarkdown(node, ""));
  return `${blocks.join("\n\n").trim()}\n`;
}

function blockMarkdown(node: PmNode, indent: string): string {
  const children = node.content ?? [];
  const blockList = (nodes: PmNode[], childIndent: string) =>
    nodes.map((child) => blockMarkdown(child, childIndent)).join(`\n\n${childIndent}`);
  switch (node.type) {
    case "heading":
      return `${"#".repeat(Number(node.attrs?.level ?? 1))} ${inlineMarkdown(children)}`;
    case "paragraph":
      return inlineMarkdown(children).replace(/\n/g, `\n${indent}`);
    case "blockquote":
      return blockList(children, "")
        .split("\n")
        .map((line) => (line ? `> ${line}` : ">"))
        .join(`\n${indent}`);
    case "codeBlock": {
      const text = children.map((child) => child.text ?? "").join("");
      const fence = text.includes("```") ? "~~~~" : "```";
      return [`${fence}${node.attrs?.language ?? ""}`, ...text.split("\n"), fence].join(`\n${indent}`);
    }
    case "horizontalRule":
      return "---";
    case "table":
      return tableMarkdown(node).join(`\n${indent}`);
    case "bulletList":
    case "orderedList": {
      const start = Number(node.attrs?.start ?? 1);
      return children
        .map((item, position) => {
          const marker = node.type === "bulletList" ? "- " : `${start + position}. `;
          const inner = blockList(item.content ?? [], indent + " ".repeat(marker.length));
          return `${marker}${inner}`;
        })
        .join(`\n${indent}`);
    }
    default:
      return inlineMarkdown(children);
  }
}

/**
 * A GFM pipe table: the first row is the header (GFM has no table without one), alignment from its cells; merged
 * cells are written out as empty ones, and a cell's blocks are joined on one line (pipes in text are escaped).
 */
function tableMarkdown(table: PmNode): string[] {
  const rows = (table.content ?? []).map((row) =>
    (row.content ?? []).flatMap((cell) => {
      const span = Math.max(1, Number(cell.attrs?.colspan ?? 1));
      return [cellMarkdown(cell), ...Array<string>(span - 1).fill("")];
    }),
  );
  const width = Math.max(1, ...rows.map((row) => row.length));
  const line = (cells: string[]) =>
    `| ${Array.from({ length: width }, (_, column) => cells[column] ?? "").join(" | ")} |`;
  const header = table.content?.[0]?.content ?? [];
  const alignments = Array.from({ length: width }, (_, column) => {
    const align = header[column]?.attrs?.align;
    return align === "left" ? ":--" : align === "center" ? ":-:" : align === "right" ? "--:" : "---";
  });
  const [first = [], ...rest] = rows;
  return [line(first), line(alignments), ...rest.map(line)];
}

function cellMarkdown(node: PmNode): string {
  if (node.type === "text" || node.type === "hardBreak") return "";
  const children = node.content ?? [];
  if (children.some((child) => child.type === "text" || child.type === "hardBreak")) {
    return inlineMarkdown(children.map((child) => (child.type === "hardBreak" ? { type: "text", text: " " } : child)))
      .replace(/\s*\n\s*/g, " ")
      .trim();
  }
  return children
    .map(cellMarkdown)
    .filter((text) => text !== "")
    .join(" ");
}

const markdownSpecials = /[\\`*_[\]<>#|~]/g;

function inlineMarkdown(nodes: PmNode[]): string {
  let out = "";
  for (const node of nodes) {
    if (node.type === "hardBreak") {
      out += "\\\n";
      continue;
    }
    if (node.type !== "text") continue;
    const marks = node.marks ?? [];
    const has = (type: string) => marks.some((mark) => mark.type === type);
    const raw = node.text ?? "";
    let text = has("code") ? `\`${raw.replace(/`/g, "\u02cb")}\`` : raw.replace(markdownSpecials, "\\$&");
    if (has("bold")) text = `**${text}**`;
    if (has("italic")) text = `_${text}_`;
    if (has("strike")) text = `~~${text}~~`;
    const link = marks.find((mark) => mark.type === "link");
    if (link) text = `[${text}](<${String(link.attrs?.href).replace(/[<>]/g, encodeURIComponent)}>)`;
    out += text;
  }
  return out;
}

/**
 * Replaces the content of `ydoc` with `content` as one ordinary change, so connected editors merge it like any
 * other edit (a restore is undoable history, not a reset).
 */
export function replaceContent(ydoc: Y.Doc, content: PmNode): void {
  const source = transformer.toYdoc(content, documentField);
  const fragment = ydoc.getXmlFragment(documentField);
  const copies = source
    .getXmlFragment(documentField)
    .toArray()
    .map((child) => (child as Y.XmlElement | Y.XmlText).clone());
  ydoc.transact(() => {
    fragment.delete(0, fragment.length);
    fragment.insert(0, copies);
  });
  source.destroy();
}
