import type { ComponentType } from "react";
import type { Language } from "../../common/languages";
import type { components } from "../../web/src/api/schema";

/**
 * The web half of the interlinker SDK: everything an interlinker's `web/` folder imports from outside its own folder
 * (besides React, Mantine, i18next and npm packages) comes from here, so the web app can change behind it.
 *
 * The contract: a built-in interlinker's `web/index.tsx` default-exports an AssetView; the asset page finds it by
 * the asset's interlinker id and loads it only when it is opened. Its words live in `locales/<language>.json` and are
 * reached as `interlinkers.<id>.<key>`.
 */
export interface AssetViewProps {
  asset: components["schemas"]["Asset"];
}

export type AssetView = ComponentType<AssetViewProps>;

/**
 * Optional: `web/create.tsx` default-exports the fields an interlinker needs to create an asset (rendered inside
 * the task's "add a tool" form, server errors shown next to them as `input.<field>`) and exports `readInput`,
 * which turns the submitted form into the `input` of `POST /tasks/:id/assets`.
 */
export interface CreateFieldsProps {
  errors: Record<string, string>;
  /** The language of the task's process, for what the tool copies into it (a template's language). */
  processLanguage?: Language;
}
export interface CreateFieldsModule {
  default: ComponentType<CreateFieldsProps>;
  readInput(form: FormData): unknown;
  /**
   * Optional: a knowledge template the fields chose (one whose software interlinker is this tool). The form then
   * sends that template's id, and its language, instead of this tool's id and `input`.
   */
  readTemplate?(form: FormData): { interlinkerId: string; language?: Language } | null;
}

export { type Language, languages, type Translated } from "../../common/languages";
// The typed API client, its types, and the one way to unwrap its answers and show its refusals.
export { api, type Problem, problemMessage } from "../../web/src/api/client";
export { describeProblem, errorFor, fieldErrors } from "../../web/src/api/problems";
export { withReturn } from "../../web/src/api/returnTo";
export type { components } from "../../web/src/api/schema";
export { useMe } from "../../web/src/api/session";
export { dataOf, problemOf, toProblem } from "../../web/src/api/unwrap";
export { whySentence } from "../../web/src/components/process/governanceWords";
// Copying a knowledge template: the language the copy will be in.
export { defaultCopyLanguage, TemplateLanguageChoice } from "../../web/src/components/templates/TemplateLanguage";
// Why an action is refused, worded in the reader's language (the rule when the rulebook decided), shown calmly
// where the button would be.
export { WhyNot } from "../../web/src/components/WhyNot";
export { useLanguage, useTranslated } from "../../web/src/i18n/translated";
// The UI kit.
export { type FormatDate, formatDate, useFormatDate } from "../../web/src/ui/dates";
export {
  ConfirmAction,
  errorProps,
  FormAlert,
  Loading,
  otherErrors,
  StatusMessage,
  useFocusFirstInvalid,
} from "../../web/src/ui/feedback";
export { focusWhenReady } from "../../web/src/ui/focus";
export { PageTitle, Section } from "../../web/src/ui/layout";
export { toastFailure, toastSuccess } from "../../web/src/ui/toast";
