import { Drawer, type DrawerProps } from "@mantine/core";
import { useEffect, useState } from "react";

/**
 * The phone menu's drawer (with its focus trap, scroll lock and transitions), in a chunk of its own: the first
 * screen does not wait for it, and the menu button loads it as soon as a finger or the focus reaches it.
 * It mounts closed and opens on the next render: Mantine notes what had focus (to give it back on closing) only
 * when `opened` changes, not when the drawer mounts open.
 */
export default function MenuDrawer({ opened, ...props }: DrawerProps) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return <Drawer opened={opened && mounted} {...props} />;
}
