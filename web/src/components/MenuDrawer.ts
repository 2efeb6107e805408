// The phone menu's drawer (with its focus trap, scroll lock and transitions), in a chunk of its own: the first
// screen does not wait for it, and the menu button loads it as soon as a finger or the focus reaches it.
export { Drawer as default } from "@mantine/core";
