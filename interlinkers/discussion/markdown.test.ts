import { describe, expect, it } from "vitest";
import { renderPost } from "./markdown.js";

const allowedTags = new Set(
  "p br em strong s a code pre blockquote ul ol li h1 h2 h3 h4 h5 h6 hr span table thead tbody tr th td".split(" "),
);
const allowedAttributes: Record<string, RegExp> = {
  href: /^(https?:\/\/|mailto:)/i,
  title: /^[^<>]*$/,
  rel: /^nofollow noopener noreferrer$/,
  class: /^(mention|language-\S+)$/,
  "data-user-id": /^[\w-]+$/,
  start: /^\d+$/,
  style: /^text-align:(left|right|center)$/,
};

/**
 * Fails unless every `<` of the HTML opens an allowed tag whose every attribute is allowed, fully quoted and with
 * an allowed value: no script, no event handler, no other scheme, nothing left over that a browser could run.
 */
function expectInert(html: string) {
  const tag = /<(\/?)([a-zA-Z][\w-]*)((?:\s+[\w-]+="[^"]*")*)\s*(\/?)>/y;
  for (let index = html.indexOf("<"); index !== -1; index = html.indexOf("<", index + 1)) {
    tag.lastIndex = index;
    const found = tag.exec(html);
    expect(found, `a "<" that opens no allowed tag at ${index} in ${html}`).not.toBeNull();
    const [, , name, attributes] = found!;
    expect(allowedTags.has(name!.toLowerCase()), `tag <${name}> in ${html}`).toBe(true);
    for (const [, attribute, value] of attributes!.matchAll(/\s+([\w-]+)="([^"]*)"/g)) {
      const rule = allowedAttributes[attribute!.toLowerCase()];
      expect(rule, `attribute ${attribute} in ${html}`).toBeDefined();
      // The browser decodes entities in attribute values before using them.
      const decoded = value!.replace(/&#x([0-9a-f]+);?/gi, (_m, hex) => String.fromCodePoint(Number.parseInt(hex, 16)));
      expect(rule!.test(decoded), `${attribute}="${value}" in ${html}`).toBe(true);
    }
    if (name!.toLowerCase() === "a" && !found![1]) {
      expect(attributes).toContain('rel="nofollow noopener noreferrer"');
      expect(attributes).not.toMatch(/target=/i);
    }
  }
}

const payloads: [string, string][] = [
  ["a script tag", "<script>alert(1)</script>"],
  ["a nested script tag", "<scr<script>ipt>alert(1)</script>"],
  ["an image with onerror", '<img src=x onerror="alert(1)">'],
  ["an svg with onload", "<svg onload=alert(1)><circle r=1></svg>"],
  ["an iframe", '<iframe src="https://evil.example"></iframe>'],
  ["a style block", "<style>body{display:none}</style>"],
  ["an HTML link to javascript:", '<a href="javascript:alert(1)">x</a>'],
  ["a javascript: link", "[click](javascript:alert(1))"],
  ["a mixed-case javascript: link", "[click](JaVaScRiPt:alert(1))"],
  ["a javascript: link after spaces", "[click](   javascript:alert(1))"],
  ["a vbscript: link", "[click](vbscript:msgbox(1))"],
  ["a data: link", "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"],
  [
    "a decimal-entity javascript: link",
    "[click](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
  ],
  ["a hex-entity javascript: link", "[click](&#x6A;avascript&colon;alert(1))"],
  ["a percent-encoded javascript: link", "[click](javascript%3Aalert(1))"],
  ["a backslash-escaped javascript: link", "[click](javascript\\:alert(1))"],
  ["an autolink to javascript:", "<javascript:alert(1)>"],
  ["a reference link to javascript:", "[click][evil]\n\n[evil]: javascript:alert(1)"],
  ["a protocol-relative link", "[click](//evil.example/x)"],
  ["a markdown image with javascript:", "![x](javascript:alert(1))"],
  ["a markdown image breaking out of src", '![x](https://example.org/x.png" onerror="alert(1))'],
  ["a title breaking out of its attribute", '[x](https://example.org "t\\" onmouseover=\\"alert(1)")'],
  ["an angle-bracket link breaking out", '[x](<https://example.org" onclick="alert(1)>)'],
  ["a link with target", '[x](https://example.org){target="_blank"}'],
  ["a right-to-left override before javascript:", "[x](\u202Ejavascript:alert(1))"],
  ["a zero-width space inside javascript:", "[x](java\u200Bscript:alert(1))"],
  ["full-width javascript:", "[x](ｊａｖａｓｃｒｉｐｔ:alert(1))"],
  ["a NUL before a script tag", "\u0000<script>alert(1)</script>"],
  ["a tab inside javascript:", "[x](java\tscript:alert(1))"],
  ["an event handler in a mention-looking name", '@"><img src=x onerror=alert(1)>'],
  ["a linkified javascript: address", "see javascript:alert(1) and www.example.org"],
  ["a fenced block with a hostile language", '```js" onclick="alert(1)\ncode\n```'],
  ["a table cell with HTML", "| a |\n|---|\n| <img src=x onerror=alert(1)> |"],
];

describe("the Markdown of posts", () => {
  it.each(payloads)("leaves nothing executable from %s", (_label, source) => {
    const { html } = renderPost(source, [{ id: "u1", name: '"><img src=x onerror=alert(1)>' }]);
    expectInert(html);
    expect(html).not.toMatch(/<(script|img|svg|iframe|style)/i);
    expect(html).not.toMatch(/href="(?!https?:\/\/|mailto:)/i);
  });

  it("has a checker that would catch executable HTML", () => {
    expect(() => expectInert('<p><img src="x" onerror="alert(1)"></p>')).toThrow();
    expect(() => expectInert('<a href="javascript:alert(1)" rel="nofollow noopener noreferrer">x</a>')).toThrow();
    expect(() => expectInert('<a href="https://example.org">x</a>')).toThrow();
    expect(() => expectInert("<p>1 < 2</p>")).toThrow();
  });

  it("keeps ordinary formatting, web and mail links, marked as user content", () => {
    const { html } = renderPost(
      "**Open** on _Saturdays_\n\n- [library](https://example.org/a?b=1) · <mailto:ana@example.org>\n\n`<b>` and https://example.org/plain",
      [],
    );
    expectInert(html);
    expect(html).toContain("<strong>Open</strong>");
    expect(html).toContain('<a href="https://example.org/a?b=1" rel="nofollow noopener noreferrer">library</a>');
    expect(html).toContain('href="mailto:ana@example.org"');
    expect(html).toContain("<code>&lt;b&gt;</code>");
    expect(html).toContain('<a href="https://example.org/plain" rel="nofollow noopener noreferrer">');
  });

  it("turns @ and a member's whole name into a mention, and nothing else", () => {
    const members = [
      { id: "ana", name: "Ana" },
      { id: "ana-liva", name: "Ana Līva" },
      { id: "bruno", name: "Bruno" },
    ];
    const { html, mentions } = renderPost(
      "Thanks @ana līva and @BRUNO! Not @Brunos, not bruno@example.org, not @Zed, not `@Ana`.",
      members,
    );
    expectInert(html);
    expect(mentions.sort()).toEqual(["ana-liva", "bruno"]);
    expect(html).toContain('<span class="mention" data-user-id="ana-liva">@Ana Līva</span>');
    expect(html).toContain('<span class="mention" data-user-id="bruno">@Bruno</span>');
    expect(html).toContain("@Brunos");
    expect(html).toContain("@Zed");
    expect(html).toContain("<code>@Ana</code>");
  });
});
