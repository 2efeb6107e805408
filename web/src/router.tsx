import { createRootRoute, createRoute, createRouter, lazyRouteComponent } from "@tanstack/react-router";
import {
  interlinkersQuery,
  processQuery,
  processTreeQuery,
  publicProcessesQuery,
  schemasQuery,
} from "./api/pageQueries";
import { queryClient } from "./api/queryClient";
import { ErrorPage } from "./components/ErrorPage";
import { Layout } from "./components/Layout";
import { NotFound } from "./components/NotFound";
import { Home } from "./routes/Home";

// Each screen is its own chunk, loaded when first visited; except the home, where most visitors land: as a chunk
// of its own it would cost one more round trip before anything of it shows.
//
// The public pages' loaders start the requests their screen opens with, without waiting for them: the data then
// comes in while the screen's code does, and the screen shows its own loading state as before. Cached data is
// kept (the screen's query refreshes it when it is stale).
const start = (...requests: Promise<unknown>[]) => {
  for (const request of requests) request.catch(() => undefined);
};
const rootRoute = createRootRoute({ component: Layout });
const home = createRoute({
  getParentRoute: () => rootRoute,
  path: "/",
  loader: () => start(queryClient.ensureQueryData(publicProcessesQuery)),
  component: Home,
});
/** Sign-in and sign-up may carry the page to come back to afterwards (checked again by returnTo before use). */
const redirectSearch = (search: Record<string, unknown>): { redirect?: string } =>
  typeof search.redirect === "string" && search.redirect.startsWith("/") ? { redirect: search.redirect } : {};
const signIn = createRoute({
  getParentRoute: () => rootRoute,
  path: "/sign-in",
  validateSearch: redirectSearch,
  component: lazyRouteComponent(() => import("./routes/SignIn"), "SignIn"),
});
const signUp = createRoute({
  getParentRoute: () => rootRoute,
  path: "/sign-up",
  validateSearch: redirectSearch,
  component: lazyRouteComponent(() => import("./routes/SignUp"), "SignUp"),
});
const tokenSearch = (search: Record<string, unknown>): { token?: string } =>
  typeof search.token === "string" && search.token ? { token: search.token } : {};
const verifyEmail = createRoute({
  getParentRoute: () => rootRoute,
  path: "/verify-email",
  // The mailed link carries where the person was going when they signed up (SignUp's `?redirect=`).
  validateSearch: (search: Record<string, unknown>) => ({ ...tokenSearch(search), ...redirectSearch(search) }),
  component: lazyRouteComponent(() => import("./routes/VerifyEmail"), "VerifyEmail"),
});
const forgotPassword = createRoute({
  getParentRoute: () => rootRoute,
  path: "/forgot-password",
  component: lazyRouteComponent(() => import("./routes/ForgotPassword"), "ForgotPassword"),
});
const resetPassword = createRoute({
  getParentRoute: () => rootRoute,
  path: "/reset-password",
  validateSearch: tokenSearch,
  component: lazyRouteComponent(() => import("./routes/ResetPassword"), "ResetPassword"),
});
const dashboard = createRoute({
  getParentRoute: () => rootRoute,
  path: "/dashboard",
  component: lazyRouteComponent(() => import("./routes/Dashboard"), "Dashboard"),
});
// The plan and a task share one screen (the plan stays mounted when a task opens beside it on a desktop).
// `?task=` on the plan scrolls to that task and focuses it, for the way back from a task.
const processPage = createRoute({
  getParentRoute: () => rootRoute,
  path: "/processes/$processId",
  // `tab=rules` opens "How this process is governed", so the overview (and anyone) can link to it; `tab=overview`
  // the overview even for those who start on the plan (the profile links there to each process's mail choice).
  validateSearch: (search: Record<string, unknown>): { task?: string; tab?: "rules" | "overview" } => ({
    ...(typeof search.task === "string" && search.task ? { task: search.task } : {}),
    ...(search.tab === "rules" || search.tab === "overview" ? { tab: search.tab } : {}),
  }),
  loader: ({ params }) =>
    start(
      queryClient.ensureQueryData(processQuery(params.processId)),
      queryClient.ensureQueryData(processTreeQuery(params.processId)),
    ),
  component: lazyRouteComponent(() => import("./routes/Process"), "Process"),
});
const processPlan = createRoute({ getParentRoute: () => processPage, path: "/" });
const taskPage = createRoute({ getParentRoute: () => processPage, path: "tasks/$taskId" });
const assetPage = createRoute({
  getParentRoute: () => rootRoute,
  path: "/processes/$processId/assets/$assetId",
  component: lazyRouteComponent(() => import("./routes/Asset"), "Asset"),
});

const organizations = createRoute({
  getParentRoute: () => rootRoute,
  path: "/organizations",
  component: lazyRouteComponent(() => import("./routes/Organizations"), "Organizations"),
});
const organizationPage = createRoute({
  getParentRoute: () => rootRoute,
  path: "/organizations/$organizationId",
  component: lazyRouteComponent(() => import("./routes/Organization"), "Organization"),
});
const teamPage = createRoute({
  getParentRoute: () => rootRoute,
  path: "/teams/$teamId",
  component: lazyRouteComponent(() => import("./routes/Team"), "Team"),
});
const newProcess = createRoute({
  getParentRoute: () => rootRoute,
  path: "/processes/new",
  component: lazyRouteComponent(() => import("./routes/NewProcess"), "NewProcess"),
});

const accessibility = createRoute({
  getParentRoute: () => rootRoute,
  path: "/accessibility",
  component: lazyRouteComponent(() => import("./routes/Accessibility"), "Accessibility"),
});

const catalogue = createRoute({
  getParentRoute: () => rootRoute,
  path: "/catalogue",
  loader: () =>
    start(queryClient.ensureInfiniteQueryData(interlinkersQuery({})), queryClient.ensureQueryData(schemasQuery)),
  component: lazyRouteComponent(() => import("./routes/Catalogue"), "Catalogue"),
});
const interlinkerPage = createRoute({
  getParentRoute: () => rootRoute,
  path: "/catalogue/$interlinkerId",
  component: lazyRouteComponent(() => import("./routes/Interlinker"), "Interlinker"),
});

const publicServices = createRoute({
  getParentRoute: () => rootRoute,
  path: "/public-services",
  component: lazyRouteComponent(() => import("./routes/PublicServices"), "PublicServices"),
});
const newPublicService = createRoute({
  getParentRoute: () => rootRoute,
  path: "/public-services/new",
  // The organization page's "Describe a public service" names its administration as the competent authority.
  validateSearch: (search: Record<string, unknown>): { organizationId?: string } =>
    typeof search.organizationId === "string" && search.organizationId ? { organizationId: search.organizationId } : {},
  component: lazyRouteComponent(() => import("./routes/ServiceEditor"), "NewPublicService"),
});
const publicServicePage = createRoute({
  getParentRoute: () => rootRoute,
  path: "/public-services/$serviceId",
  component: lazyRouteComponent(() => import("./routes/PublicService"), "PublicService"),
});
const editPublicService = createRoute({
  getParentRoute: () => rootRoute,
  path: "/public-services/$serviceId/edit",
  component: lazyRouteComponent(() => import("./routes/ServiceEditor"), "EditPublicService"),
});

const stories = createRoute({
  getParentRoute: () => rootRoute,
  path: "/stories",
  component: lazyRouteComponent(() => import("./routes/Stories"), "Stories"),
});
const storyPage = createRoute({
  getParentRoute: () => rootRoute,
  path: "/stories/$storyId",
  component: lazyRouteComponent(() => import("./routes/Story"), "Story"),
});
const processStory = createRoute({
  getParentRoute: () => rootRoute,
  path: "/processes/$processId/story",
  // `?edit=` changes the published story in place rather than publishing from the draft.
  validateSearch: (search: Record<string, unknown>): { edit?: string } =>
    typeof search.edit === "string" && search.edit ? { edit: search.edit } : {},
  component: lazyRouteComponent(() => import("./routes/StoryEditor"), "StoryEditor"),
});

const profile = createRoute({
  getParentRoute: () => rootRoute,
  path: "/profile",
  component: lazyRouteComponent(() => import("./routes/Profile"), "Profile"),
});

const notifications = createRoute({
  getParentRoute: () => rootRoute,
  path: "/notifications",
  component: lazyRouteComponent(() => import("./routes/Notifications"), "Notifications"),
});

const invitation = createRoute({
  getParentRoute: () => rootRoute,
  path: "/invitations/$invitationId",
  component: lazyRouteComponent(() => import("./routes/Invitation"), "Invitation"),
});

const adminInterlinkers = createRoute({
  getParentRoute: () => rootRoute,
  path: "/admin/interlinkers",
  component: lazyRouteComponent(() => import("./routes/AdminInterlinkers"), "AdminInterlinkers"),
});

const adminWebhooks = createRoute({
  getParentRoute: () => rootRoute,
  path: "/admin/webhooks",
  component: lazyRouteComponent(() => import("./routes/AdminWebhooks"), "AdminWebhooks"),
});

const routeTree = rootRoute.addChildren([
  adminInterlinkers,
  adminWebhooks,
  profile,
  notifications,
  accessibility,
  catalogue,
  interlinkerPage,
  publicServices,
  newPublicService,
  publicServicePage,
  editPublicService,
  stories,
  storyPage,
  processStory,
  home,
  signIn,
  signUp,
  verifyEmail,
  forgotPassword,
  resetPassword,
  dashboard,
  invitation,
  organizations,
  organizationPage,
  teamPage,
  newProcess,
  processPage.addChildren([processPlan, taskPage]),
  assetPage,
]);

export const router = createRouter({
  routeTree,
  defaultPreload: "intent",
  // Unknown addresses and failed screens render inside the layout, in the reader's language, with a way home.
  defaultNotFoundComponent: NotFound,
  defaultErrorComponent: ErrorPage,
});

declare module "@tanstack/react-router" {
  interface Register {
    router: typeof router;
  }
}
