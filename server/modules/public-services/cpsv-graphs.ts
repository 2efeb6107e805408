/**
 * RDF graph comparison for tests of the CPSV-AP mapping (here and over HTTP): two graphs are the same when their
 * canonical N-Quads (RDF Dataset Canonicalization, blank nodes relabelled) are equal: isomorphism, not text.
 *
 * An export made on another platform, or of an imported copy, names the service and its authority differently:
 * `renaming` maps an IRI of the first graph to the one the second uses, and applies to the IRIs under it too
 * (`…/public-services/A#channel-1` becomes `…/public-services/B#channel-1`; a platform's base renames its
 * channel-type concepts); the longest matching key wins.
 */
import jsonld from "jsonld";
import { DataFactory, type Quad, type Term } from "n3";
import { toNQuads } from "./cpsv.js";

const { namedNode, quad } = DataFactory;

export interface GraphComparison {
  /** IRI of graph `a` → IRI of graph `b` (what is under it, after a "#" or "/", follows). */
  renaming?: ReadonlyMap<string, string>;
}

function renamed<T extends Term>(term: T, renaming: ReadonlyMap<string, string>): T {
  if (term.termType !== "NamedNode") return term;
  // The longest key that is the IRI itself or a part of it ending before a "#" or "/" wins.
  let best: string | undefined;
  for (const key of renaming.keys()) {
    const matches = term.value === key || (term.value.startsWith(key) && "#/".includes(term.value[key.length]!));
    if (matches && (best === undefined || key.length > best.length)) best = key;
  }
  return (best === undefined
    ? term
    : namedNode(`${renaming.get(best)}${term.value.slice(best.length)}`)) as unknown as T;
}

/** Applies a renaming to every IRI of the quads. */
export function renameIris(quads: Quad[], renaming: ReadonlyMap<string, string>): Quad[] {
  if (renaming.size === 0) return quads;
  return quads.map((q) =>
    quad(renamed(q.subject, renaming), renamed(q.predicate, renaming), renamed(q.object, renaming), q.graph),
  );
}

/** The canonical N-Quads of a graph (sorted lines), e.g. to show a difference when a test fails. */
export async function canonicalNQuads(quads: Quad[], options: GraphComparison = {}): Promise<string> {
  const nquads = await toNQuads(renameIris(quads, options.renaming ?? new Map()));
  // jsonld's types know only JSON-LD input; its canonize takes N-Quads with `inputFormat`.
  const canonize = jsonld.canonize as unknown as (input: string, options: object) => Promise<string>;
  return canonize(nquads, {
    algorithm: "URDNA2015",
    inputFormat: "application/n-quads",
    format: "application/n-quads",
  });
}

/** Whether graph `a`, renamed, and graph `b` are isomorphic. */
export async function sameGraph(a: Quad[], b: Quad[], options: GraphComparison = {}): Promise<boolean> {
  const [left, right] = await Promise.all([canonicalNQuads(a, options), canonicalNQuads(b)]);
  return left === right;
}
