import { Title } from "@mantine/core";

export function Organization() {
  return <Title order={1}>Organization</Title>;
}
