import "@mantine/core/styles.css";
import { createTheme, MantineProvider } from "@mantine/core";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "./i18n";
import "./styles.css";
import { router } from "./router";

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1 } } });

// Indigo 8 on white passes WCAG AA contrast for text and controls.
const theme = createTheme({ primaryColor: "indigo", primaryShade: 8, respectReducedMotion: true });

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
