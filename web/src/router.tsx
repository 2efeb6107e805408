import { createRootRoute, createRoute, createRouter, lazyRouteComponent } from "@tanstack/react-router";
import { Layout } from "./components/Layout";

// Each screen is its own chunk, loaded when first visited.
const rootRoute = createRootRoute({ component: Layout });
const home = createRoute({
  getParentRoute: () => rootRoute,
  path: "/",
  component: lazyRouteComponent(() => import("./routes/Home"), "Home"),
});
const signIn = createRoute({
  getParentRoute: () => rootRoute,
  path: "/sign-in",
  component: lazyRouteComponent(() => import("./routes/SignIn"), "SignIn"),
});
const signUp = createRoute({
  getParentRoute: () => rootRoute,
  path: "/sign-up",
  component: lazyRouteComponent(() => import("./routes/SignUp"), "SignUp"),
});
const dashboard = createRoute({
  getParentRoute: () => rootRoute,
  path: "/dashboard",
  component: lazyRouteComponent(() => import("./routes/Dashboard"), "Dashboard"),
});
const processPage = createRoute({
  getParentRoute: () => rootRoute,
  path: "/processes/$processId",
  component: lazyRouteComponent(() => import("./routes/Process"), "Process"),
});

const routeTree = rootRoute.addChildren([home, signIn, signUp, dashboard, processPage]);

export const router = createRouter({ routeTree, defaultPreload: "intent" });

declare module "@tanstack/react-router" {
  interface Register {
    router: typeof router;
  }
}
