import { Stack, Title, type TitleOrder } from "@mantine/core";
import { type ReactNode, useId } from "react";

/** A titled part of a page; its heading names it for assistive technology. */
export function Section({ title, order = 2, children }: { title: string; order?: TitleOrder; children: ReactNode }) {
  const id = useId();
  return (
    <Stack component="section" aria-labelledby={id} gap="sm">
      <Title order={order} id={id} size={order === 2 ? "h3" : "h4"}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** The page's one h1, scaled down on phones so long organization names stay readable. */
export function PageTitle({ children }: { children: ReactNode }) {
  return (
    <Title order={1} fz="clamp(1.625rem, 7vw, 2.125rem)" style={{ overflowWrap: "anywhere" }}>
      {children}
    </Title>
  );
}
