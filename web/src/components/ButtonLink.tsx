import { Button, type ButtonProps } from "@mantine/core";
import { createLink, type LinkComponent } from "@tanstack/react-router";
import { forwardRef } from "react";

/**
 * Button props that let a long label (Latvian, Italian) wrap onto a second line instead of being cut off on a
 * phone, while a one-line label keeps the button's usual height and stays centred.
 */
export const wrappingButton = {
  h: "auto",
  styles: {
    inner: { minHeight: "calc(var(--button-height) - 2px)" },
    label: { whiteSpace: "normal", textAlign: "center", paddingBlock: 4, lineHeight: 1.3 },
  },
} as const satisfies ButtonProps;

const MantineButtonAnchor = forwardRef<HTMLAnchorElement, ButtonProps & React.AnchorHTMLAttributes<HTMLAnchorElement>>(
  (props, ref) => <Button component="a" ref={ref} {...wrappingButton} {...props} />,
);

const CreatedLink = createLink(MantineButtonAnchor);

/** A router link that looks like a Mantine button: for a page's main next step (sign up, sign in, go home). */
export const ButtonLink: LinkComponent<typeof MantineButtonAnchor> = (props) => (
  <CreatedLink preload="intent" {...props} />
);
