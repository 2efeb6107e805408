import { Alert, Group, Loader, Stack, Tabs, Text, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { useParams, useSearch } from "@tanstack/react-router";
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { processQuery, processTreeQuery } from "../api/pageQueries";
import { problemOf } from "../api/unwrap";
import { AnchorLink } from "../components/AnchorLink";
import { NotFound } from "../components/NotFound";
import { Overview, startTab } from "../components/process/Overview";
import { ancestorsOf, indexTree, useOpenItems } from "../components/process/plan";
import { WhyNot } from "../components/WhyNot";
import { focusWhenShown } from "../ui/focus";

const desktopQuery = "(min-width: 62em)";

// The working parts of the page (components/process/work.ts): one request, made once, when first needed.
let workModule: Promise<typeof import("../components/process/work")> | undefined;
const loadWork = () => {
  workModule ??= import("../components/process/work");
  return workModule;
};
const PlanTree = lazy(() => loadWork().then((work) => ({ default: work.PlanTree })));
const TaskPanel = lazy(() => loadWork().then((work) => ({ default: work.TaskPanel })));
const GrantsPanel = lazy(() => loadWork().then((work) => ({ default: work.GrantsPanel })));
const ActivityPanel = lazy(() => loadWork().then((work) => ({ default: work.ActivityPanel })));
const GovernancePanel = lazy(() => loadWork().then((work) => ({ default: work.GovernancePanel })));
const SettingsPanel = lazy(() => loadWork().then((work) => ({ default: work.SettingsPanel })));

/**
 * A process: its plan (phases, objectives, tasks), teams and rights, activity and settings. A task has its own
 * address: on a desktop it opens beside the plan, on a phone it is a screen of its own with a way back.
 */
export function Process() {
  const { t } = useTranslation();
  const { processId, taskId } = useParams({ strict: false }) as { processId: string; taskId?: string };
  const search = useSearch({ strict: false }) as { task?: string; tab?: "rules" | "overview" };
  const desktop = useMediaQuery(desktopQuery, window.matchMedia(desktopQuery).matches, {
    getInitialValueInEffect: false,
  });
  // Visitors start on the public overview, people who work in the process on the plan (startTab); a link to a
  // task, or back from one, opens the plan.
  const [tab, setTab] = useState<string | null>(taskId || search.task ? "tree" : (search.tab ?? null));
  // A link to the rules (the overview's) or to the overview opens that tab, even from this page.
  useEffect(() => {
    if (search.tab) setTab(search.tab);
  }, [search.tab]);
  const process = useQuery(processQuery(processId));
  const tree = useQuery({ ...processTreeQuery(processId), enabled: process.isSuccess });
  const index = useMemo(() => (tree.data ? indexTree(tree.data.items) : undefined), [tree.data]);
  const { isOpen, setOpen } = useOpenItems(processId, index);
  const task = taskId ? index?.byId.get(taskId) : undefined;

  // Opening a task: the plan tab, the task's phase and objective open, focus on the task's heading.
  useEffect(() => {
    if (!taskId || !index) return;
    setTab("tree");
    const found = index.byId.get(taskId);
    if (found) {
      setOpen(
        ancestorsOf(index, taskId).map((entry) => entry.id),
        true,
      );
      focusWhenShown("task-heading", "nearest");
    }
  }, [taskId, index, setOpen]);

  // Back to the plan (a link or the browser's back button): the plan scrolled to that task, focus on its link.
  const lastTask = useRef<string | undefined>(undefined);
  const returnedTo = taskId ? undefined : (search.task ?? lastTask.current);
  useEffect(() => {
    if (taskId) {
      lastTask.current = taskId;
      return;
    }
    if (!returnedTo || !index?.byId.has(returnedTo)) return;
    setOpen(
      ancestorsOf(index, returnedTo).map((entry) => entry.id),
      true,
    );
    focusWhenShown(`open-${returnedTo}`);
    lastTask.current = undefined;
  }, [taskId, returnedTo, index, setOpen]);

  // 422: an address whose id is not even well-formed names no process either.
  const refusedWith = problemOf(process.error)?.status;
  if (refusedWith === 404 || refusedWith === 422) return <NotFound />;
  if (process.isError) {
    return (
      <Alert color="red.9" variant="outline" role="alert">
        {t("plan.loadFailed")}
      </Alert>
    );
  }
  if (!process.data) return <Loader role="status" aria-label={t("plan.loading")} />;
  const data = process.data;
  const backToPlan = (
    <AnchorLink to="/processes/$processId" params={{ processId }} search={{ task: taskId }} underline="always">
      {t("plan.backToPlan")}
    </AnchorLink>
  );
  const taskView = taskId ? (
    task && index ? (
      <TaskPanel
        key={task.id}
        task={task}
        index={index}
        processId={processId}
        level={desktop ? 2 : 1}
        processName={desktop ? undefined : data.name}
        back={backToPlan}
      />
    ) : index ? (
      <Stack>
        <Title order={desktop ? 2 : 1} id="task-heading" tabIndex={-1}>
          {t("plan.taskNotFound")}
        </Title>
        {backToPlan}
      </Stack>
    ) : (
      <Loader role="status" aria-label={t("plan.loading")} />
    )
  ) : null;

  // On a phone an open task is the whole screen: the title, the tabs and the plan are hidden rather than left
  // out, so the task keeps its place in the tree and a form half filled in survives the window crossing the
  // breakpoint (a tablet turned, a window resized, a full-page screenshot).
  const taskScreen = Boolean(taskView) && !desktop;
  const hidden = taskScreen ? { display: "none" } : undefined;
  const shownTab = taskScreen ? "tree" : (tab ?? startTab(data, tree.data?.items));
  // Anything but the overview needs the working parts: asked for now, while the plan's data comes in, rather
  // than once the lazy component renders.
  if (shownTab !== "overview" || taskId) void loadWork();
  const loading = <Loader role="status" aria-label={t("plan.loading")} />;

  return (
    <Stack maw={taskScreen ? 700 : 1280} mx="auto">
      <Title order={1} style={{ overflowWrap: "anywhere", ...hidden }}>
        {data.name}
      </Title>
      {data.aim && <Text style={hidden}>{data.aim}</Text>}
      <Tabs value={shownTab} onChange={setTab} keepMounted={false}>
        {/* A pointer or the focus on the tabs: the working parts are likely next, so their code is asked for. */}
        <Tabs.List style={hidden} onPointerEnter={loadWork} onFocus={loadWork}>
          <Tabs.Tab value="overview">{t("publicPage.tab")}</Tabs.Tab>
          <Tabs.Tab value="tree">{t("processes.tabs.tree")}</Tabs.Tab>
          <Tabs.Tab value="teams">{t("processes.tabs.teams")}</Tabs.Tab>
          <Tabs.Tab value="rules">{t("governance.tab")}</Tabs.Tab>
          <Tabs.Tab value="activity">{t("processes.tabs.activity")}</Tabs.Tab>
          <Tabs.Tab value="settings">{t("processes.settings.tab")}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <Overview process={data} tree={tree.data?.items ?? []} />
        </Tabs.Panel>
        <Tabs.Panel value="tree" pt={taskScreen ? 0 : "md"}>
          <Group align="flex-start" wrap="nowrap" gap="xl">
            <section aria-labelledby="plan" style={{ flex: "1 1 55%", minWidth: 0, ...hidden }}>
              <Title order={2} id="plan" size="h3" tabIndex={-1} mb="sm">
                {t("process.tree")}
              </Title>
              {tree.isError && (
                <Alert color="red.9" variant="outline" role="alert">
                  {t("plan.loadFailed")}
                </Alert>
              )}
              {!index && !tree.isError && <Loader role="status" aria-label={t("plan.loading")} />}
              {index && (
                <Suspense fallback={loading}>
                  <PlanTree
                    index={index}
                    processId={processId}
                    selectedTaskId={taskId}
                    mayAddPhases={data.can.create_phases}
                    isOpen={isOpen}
                    setOpen={setOpen}
                  />
                </Suspense>
              )}
            </section>
            {taskView && (
              <div className={taskScreen ? undefined : "plan-task-column"} style={{ flex: "1 1 45%", minWidth: 0 }}>
                <Suspense fallback={loading}>{taskView}</Suspense>
              </div>
            )}
          </Group>
        </Tabs.Panel>
        <Tabs.Panel value="teams" pt="md">
          {data.can.manage_grants ? (
            <Suspense fallback={loading}>
              <GrantsPanel processId={processId} tree={tree.data?.items ?? []} />
            </Suspense>
          ) : (
            <WhyNot>{t("processes.grants.whyNot")}</WhyNot>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="rules" pt="md">
          <Suspense fallback={loading}>
            <GovernancePanel process={data} tree={tree.data?.items ?? []} />
          </Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="activity" pt="md">
          <Suspense fallback={loading}>
            <ActivityPanel processId={processId} />
          </Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="settings" pt="md">
          <Suspense fallback={loading}>
            <SettingsPanel process={data} />
          </Suspense>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
