import { QueryClient } from "@tanstack/react-query";
import { i18next } from "../i18n";

/** The app's one query cache; the router's loaders start a page's requests in it before its screen renders. */
export const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1 } } });
// The server words some answers in the reader's language (process items): ask again after a switch.
i18next.on("languageChanged", () => void queryClient.invalidateQueries());
