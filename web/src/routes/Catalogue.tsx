import { Badge, Button, Card, Group, NativeSelect, Stack, Text, TextInput, Title } from "@mantine/core";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { type FormEvent, startTransition, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { type InterlinkerFunction, interlinkerFunctions, interlinkerNatures } from "../../../common/coproduction";
import { type InterlinkerFilters, interlinkersQuery, schemasQuery } from "../api/pageQueries";
import type { components } from "../api/schema";
import { AnchorLink } from "../components/AnchorLink";
import { SchemaPreview } from "../components/SchemaPreview";
import { useTranslated } from "../i18n/translated";

type Interlinker = components["schemas"]["Interlinker"];
/** About a phone's screenful of cards: drawn at once when the list arrives, the rest right after. */
const firstScreen = 6;

export function RatingText({ rating }: { rating: Interlinker["rating"] }) {
  const { t, i18n } = useTranslation();
  if (rating.count === 0 || rating.average === null) return <Text size="sm">{t("catalogue.notRated")}</Text>;
  const average = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(rating.average);
  return <Text size="sm">{t("catalogue.rating", { average, count: rating.count })}</Text>;
}

type SchemaSummary = components["schemas"]["ProcessSchemaSummary"];

function SchemaCard({ schema }: { schema: SchemaSummary }) {
  const { t } = useTranslation();
  const translate = useTranslated();
  const [open, setOpen] = useState(false);
  const name = translate(schema.name);
  const previewId = `schema-${schema.id}-plan`;
  return (
    <Card component="li" withBorder>
      <Stack gap="xs">
        <Text fw={600}>{name}</Text>
        <Text size="sm">{translate(schema.description)}</Text>
        <Group>
          <Button
            variant="light"
            size="sm"
            aria-expanded={open}
            aria-controls={open ? previewId : undefined}
            onClick={() => setOpen((value) => !value)}
          >
            {open ? t("catalogue.schemas.hide", { name }) : t("catalogue.schemas.show", { name })}
          </Button>
        </Group>
        {open && (
          <div id={previewId}>
            <SchemaPreview schemaId={schema.id} title={t("catalogue.schemas.planOf", { name })} order={3} />
          </div>
        )}
      </Stack>
    </Card>
  );
}

/** The schemas a process can start from, each with its plan on demand. */
function Schemas() {
  const { t } = useTranslation();
  const schemas = useQuery(schemasQuery);
  if (!schemas.data || schemas.data.items.length === 0) return null;
  return (
    <Stack component="section" aria-labelledby="catalogue-schemas" gap="sm">
      <Title order={2} id="catalogue-schemas">
        {t("catalogue.schemas.title")}
      </Title>
      <Text>{t("catalogue.schemas.lead")}</Text>
      <Stack component="ul" gap="sm" p={0} style={{ listStyle: "none" }}>
        {schemas.data.items.map((schema) => (
          <SchemaCard key={schema.id} schema={schema} />
        ))}
      </Stack>
    </Stack>
  );
}

export function Catalogue() {
  const { t } = useTranslation();
  const translate = useTranslated();
  const [filters, setFilters] = useState<InterlinkerFilters>({});
  const results = useInfiniteQuery(interlinkersQuery(filters));
  const items = results.data?.pages.flatMap((page) => page.items) ?? [];
  // The list arrives through the query's store, which React renders in one go: twenty cards were one long task
  // on a phone, during which the page does not answer. The first screenful is drawn with the data, the rest in a
  // transition right after, which React renders in slices. From then on the whole list is drawn each time.
  const [wholeList, setWholeList] = useState(false);
  useEffect(() => {
    if (!wholeList && items.length > firstScreen) startTransition(() => setWholeList(true));
  }, [wholeList, items.length]);
  const shown = wholeList ? items : items.slice(0, firstScreen);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const q = String(form.get("q") ?? "").trim();
    const nature = String(form.get("nature") ?? "");
    const fn = String(form.get("function") ?? "");
    setFilters({
      ...(q ? { q } : {}),
      ...(nature ? { nature: nature as Interlinker["nature"] } : {}),
      ...(fn ? { function: fn as InterlinkerFunction } : {}),
    });
  };

  return (
    <Stack maw={960} mx="auto">
      <Title order={1}>{t("catalogue.title")}</Title>
      <Text>{t("catalogue.lead")}</Text>
      <search>
        <form noValidate onSubmit={submit}>
          <Group align="flex-end" wrap="wrap">
            <TextInput name="q" type="search" label={t("catalogue.search")} style={{ flex: "1 1 220px" }} />
            <NativeSelect
              name="nature"
              label={t("catalogue.nature")}
              data={[
                { value: "", label: t("catalogue.anyNature") },
                ...interlinkerNatures.map((nature) => ({ value: nature, label: t(`catalogue.natures.${nature}`) })),
              ]}
            />
            <NativeSelect
              name="function"
              label={t("catalogue.function")}
              data={[
                { value: "", label: t("catalogue.anyFunction") },
                ...interlinkerFunctions.map((fn) => ({ value: fn, label: t(`catalogue.functions.${fn}`) })),
              ]}
            />
            <Button type="submit">{t("catalogue.searchButton")}</Button>
          </Group>
        </form>
      </search>
      {results.isSuccess && items.length === 0 && <Text role="status">{t("catalogue.none")}</Text>}
      <Stack component="ul" gap="sm" p={0} style={{ listStyle: "none" }}>
        {shown.map((interlinker) => (
          <Card component="li" key={interlinker.id} withBorder>
            <Group justify="space-between" wrap="wrap">
              <AnchorLink to="/catalogue/$interlinkerId" params={{ interlinkerId: interlinker.id }} fw={600}>
                {translate(interlinker.name)}
              </AnchorLink>
              <Badge variant="outline" color="gray.8">
                {t(`catalogue.natures.${interlinker.nature}`)}
              </Badge>
            </Group>
            <Text size="sm">{translate(interlinker.description)}</Text>
            <RatingText rating={interlinker.rating} />
          </Card>
        ))}
      </Stack>
      {results.hasNextPage && (
        <Group>
          <Button variant="light" onClick={() => void results.fetchNextPage()} loading={results.isFetchingNextPage}>
            {t("catalogue.more")}
          </Button>
        </Group>
      )}
      {/* Below the list once it is in place: arriving first, the list would push it down the screen. */}
      {!results.isPending && <Schemas />}
    </Stack>
  );
}
