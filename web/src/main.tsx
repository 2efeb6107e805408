import "@mantine/core/styles.css";
import { colorsTuple, createTheme, MantineProvider } from "@mantine/core";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import { type ReactNode, StrictMode, useEffect, useMemo } from "react";
import { createRoot } from "react-dom/client";
import { usePlatform } from "./api/platform";
import "./i18n";
import "./styles.css";
import { router } from "./router";

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1 } } });

/** Mantine themed in the instance's brand colour (the server only accepts colours readable on white). */
function Branded({ children }: { children: ReactNode }) {
  const platform = usePlatform();
  const theme = useMemo(
    () =>
      createTheme({
        colors: { brand: colorsTuple(platform.primaryColor) },
        primaryColor: "brand",
        respectReducedMotion: true,
      }),
    [platform.primaryColor],
  );
  useEffect(() => {
    document.title = platform.name;
  }, [platform.name]);
  return <MantineProvider theme={theme}>{children}</MantineProvider>;
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <Branded>
        <RouterProvider router={router} />
      </Branded>
    </QueryClientProvider>
  </StrictMode>,
);

// Installable and quick to start again: the service worker caches the app shell (never the API).
if (import.meta.env.PROD && "serviceWorker" in navigator) {
  window.addEventListener("load", () => void navigator.serviceWorker.register("/sw.js"));
}
