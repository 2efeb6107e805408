import { Title } from "@mantine/core";

export function Team() {
  return <Title order={1}>Team</Title>;
}
