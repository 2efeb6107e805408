import { Title } from "@mantine/core";

export function Organizations() {
  return <Title order={1}>Organizations</Title>;
}
