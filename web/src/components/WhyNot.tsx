import { Text } from "@mantine/core";
import type { ReactNode } from "react";

/**
 * Why an action is not offered here and who can change that, in one calm sentence, where the action would be.
 * Shown instead of a disabled button, so people are not left guessing.
 */
export function WhyNot({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" fs="italic" data-testid="why-not">
      {children}
    </Text>
  );
}
