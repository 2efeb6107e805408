import { useTranslation } from "react-i18next";

/** What wording a gate needs: the plan's items and the rulebook page's gates both carry it. */
interface Approvers {
  approvers: readonly string[];
  sides?: readonly (readonly string[])[] | null;
}
type TFunction = ReturnType<typeof useTranslation>["t"];

/** One approver value in the reader's words (the server's sentence is English; the values are the same). */
function partyWords(value: string, t: TFunction): string {
  if (value.startsWith("teams_of_type:")) return t(`plan.gate.party.${value.slice(14)}`);
  if (value.startsWith("teams:")) return t("plan.gate.party.teams");
  return t(`plan.gate.party.${value}`);
}

/** Who signs off a gate, as a list in the reader's language ("A, B or C"; with sides, one from each). */
export function useApproverWords() {
  const { t, i18n } = useTranslation();
  return (gate: Approvers): string => {
    const or = new Intl.ListFormat(i18n.language, { type: "disjunction" });
    const and = new Intl.ListFormat(i18n.language, { type: "conjunction" });
    if (gate.sides?.length) {
      const sides = and.format(gate.sides.map((side) => or.format(side.map((value) => partyWords(value, t)))));
      return t("plan.gate.eachSide", { sides });
    }
    return or.format(gate.approvers.map((value) => partyWords(value, t)));
  };
}
