import { Anchor, type AnchorProps } from "@mantine/core";
import { createLink, type LinkComponent } from "@tanstack/react-router";
import { forwardRef } from "react";

const MantineAnchor = forwardRef<HTMLAnchorElement, AnchorProps & React.AnchorHTMLAttributes<HTMLAnchorElement>>(
  (props, ref) => <Anchor ref={ref} {...props} />,
);

const CreatedLink = createLink(MantineAnchor);

/** A router link that looks like Mantine's Anchor, with typed paths and params. */
export const AnchorLink: LinkComponent<typeof MantineAnchor> = (props) => <CreatedLink preload="intent" {...props} />;
