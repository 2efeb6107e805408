import type { Gate, GateState, GateVerdict } from "../../../common/governance.js";

/** A live verdict on a gate, as loaded with the tree; `name` is the account's, for readers who may see people. */
export interface GateApproval {
  userId: string;
  name: string | null;
  verdict: GateVerdict;
  comment: string;
  at: string;
  /** The gate's sides the person stood for when they gave it. */
  sides: number[];
}

/** A gate as the tree carries it: its definition, its live verdicts and where it stands. */
export interface LoadedGate extends Gate {
  itemId: string;
  preset: boolean;
  approvals: GateApproval[];
  state: GateState;
}

/**
 * Whether each side can be given a different approver: one person never stands for two sides. Sides are few
 * (2 to 4), approvers a handful, so a plain search is enough.
 */
function everySideCovered(sides: number, approvals: readonly GateApproval[]): boolean {
  const used = new Set<number>();
  const cover = (side: number): boolean => {
    if (side === sides) return true;
    for (const [index, approval] of approvals.entries()) {
      if (used.has(index) || !approval.sides.includes(side)) continue;
      used.add(index);
      if (cover(side + 1)) return true;
      used.delete(index);
    }
    return false;
  };
  return cover(0);
}

/**
 * A live rejection holds the gate until its author withdraws it or approves; otherwise it is approved once enough
 * of the right people approved (with sides, one from each side, and `required` in all).
 */
export function gateState(gate: Gate, approvals: readonly GateApproval[]): GateState {
  if (approvals.some((approval) => approval.verdict === "reject")) return "rejected";
  const approving = approvals.filter((approval) => approval.verdict === "approve");
  if (approving.length < gate.required) return "pending";
  if (gate.sides && !everySideCovered(gate.sides.length, approving)) return "pending";
  return "approved";
}

/** What a gate still misses, for the refusal's sentence: approvals in all, and the sides nobody approved for. */
export function missingApprovals(gate: LoadedGate): { approvals: number; sides: number[] } {
  const approving = gate.approvals.filter((approval) => approval.verdict === "approve");
  const sides = (gate.sides ?? []).flatMap((_, index) =>
    approving.some((approval) => approval.sides.includes(index)) ? [] : [index],
  );
  return { approvals: Math.max(0, gate.required - approving.length), sides };
}
