import type { APIRequestContext } from "@playwright/test";

interface Node {
  name: string;
  children: Node[];
}

/**
 * Items copied from a schema speak the reader's language: this maps the English name of each item of a process to
 * the name a reader in `language` sees, so a journey can say "Build" and find "Izveide".
 */
export async function itemNamesIn(
  request: APIRequestContext,
  processId: string,
  language: string,
): Promise<(english: string) => string> {
  const tree = async (wanted: string) =>
    (
      (await (
        await request.get(`/api/v1/processes/${processId}/tree`, { headers: { "accept-language": wanted } })
      ).json()) as { items: Node[] }
    ).items;
  const [english, translated] = await Promise.all([tree("en"), tree(language)]);
  const names = new Map<string, string>();
  const pair = (a: Node[], b: Node[]) =>
    a.forEach((node, index) => {
      const other = b[index];
      if (!other) return;
      names.set(node.name, other.name);
      pair(node.children, other.children);
    });
  pair(english, translated);
  return (name) => names.get(name) ?? name;
}
