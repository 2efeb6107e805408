// The web half of the interlinker SDK: what an interlinker's `web/` folder imports from outside its own folder
// (besides React, Mantine, i18next and npm packages).
// TEMPORARY (#10, checklist branch): the part of helper E's interlinkers/sdk/web.ts that exists on this branch;
// on merge, E's file replaces this one whole (every name here is one of its exports).

export { type Language, languages, type Translated } from "../../common/languages";
export { api, type Problem, problemMessage } from "../../web/src/api/client";
export { describeProblem, errorFor, fieldErrors } from "../../web/src/api/problems";
export type { components } from "../../web/src/api/schema";
export { useLanguage, useTranslated } from "../../web/src/i18n/translated";
export {
  ConfirmAction,
  errorProps,
  FormAlert,
  Loading,
  otherErrors,
  StatusMessage,
  useFocusFirstInvalid,
} from "../../web/src/ui/feedback";
export { toastFailure, toastSuccess } from "../../web/src/ui/toast";
export type { AssetView, AssetViewProps, CreateFieldsModule, CreateFieldsProps } from "../web";
