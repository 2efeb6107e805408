import "virtual:mantine-styles";
import "@mantine/notifications/styles.css";
import { createTheme, MantineProvider } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import { type ReactNode, StrictMode, startTransition, useEffect, useMemo } from "react";
import { createRoot } from "react-dom/client";
import { platformQuery, usePlatform } from "./api/platform";
import { queryClient } from "./api/queryClient";
import { meQuery } from "./api/session";
import { wordsReady } from "./i18n";
import "./styles.css";
import { router } from "./router";

/** Ten shades around the brand colour (index 6), lighter by mixing with white and darker with black. */
function shadesOf(hex: string): [string, string, string, string, string, string, string, string, string, string] {
  const rgb = [1, 3, 5].map((offset) => Number.parseInt(hex.slice(offset, offset + 2), 16));
  const mix = (target: number, amount: number) =>
    `#${rgb
      .map((channel) =>
        Math.round(channel + (target - channel) * amount)
          .toString(16)
          .padStart(2, "0"),
      )
      .join("")}`;
  return [
    mix(255, 0.92),
    mix(255, 0.8),
    mix(255, 0.65),
    mix(255, 0.5),
    mix(255, 0.32),
    mix(255, 0.15),
    hex,
    mix(0, 0.15),
    mix(0, 0.3),
    mix(0, 0.45),
  ];
}

/** Mantine themed in the instance's brand colour (the server only accepts colours readable on white). */
function Branded({ children }: { children: ReactNode }) {
  const platform = usePlatform();
  const theme = useMemo(
    () =>
      createTheme({
        colors: { brand: shadesOf(platform.primaryColor) },
        primaryShade: 6,
        primaryColor: "brand",
        respectReducedMotion: true,
      }),
    [platform.primaryColor],
  );
  useEffect(() => {
    document.title = platform.name;
  }, [platform.name]);
  return (
    <MantineProvider theme={theme}>
      <Notifications position="top-center" />
      {children}
    </MantineProvider>
  );
}

// While the reader's words arrive, everything the first screen needs is already on its way in parallel: the
// platform's branding, who is signed in, and the page's code and data (the router's loaders).
void queryClient.prefetchQuery(platformQuery);
void queryClient.prefetchQuery(meQuery);
void router.load();

// As a transition, React renders the first screen in slices and the page stays responsive while it does. (Not a
// top-level await: the bundler would then split every module the screens share out of the entry chunk.)
void wordsReady.then(() => {
  const root = createRoot(document.getElementById("root")!);
  startTransition(() =>
    root.render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <Branded>
            <RouterProvider router={router} />
          </Branded>
        </QueryClientProvider>
      </StrictMode>,
    ),
  );
});

// Installable and quick to start again: the service worker caches the app shell (never the API).
if (import.meta.env.PROD && "serviceWorker" in navigator) {
  window.addEventListener("load", () => void navigator.serviceWorker.register("/sw.js"));
}
