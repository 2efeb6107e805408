import { Title } from "@mantine/core";

export function NewProcess() {
  return <Title order={1}>New process</Title>;
}
