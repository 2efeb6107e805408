// The parts of a process page for the people who work in it (the plan, a task, teams and rights, activity,
// settings), in one chunk of their own: a visitor lands on the overview and does not wait for, download or run
// their code (most of the page's JavaScript, with the Mantine components they use). Process.tsx loads it when
// one of these parts is shown or about to be (a pointer or the focus on the tabs).
export { ActivityPanel } from "./ActivityPanel";
export { GovernancePanel } from "./GovernancePanel";
export { GrantsPanel } from "./GrantsPanel";
export { PlanTree } from "./PlanTree";
export { SettingsPanel } from "./SettingsPanel";
export { TaskPanel } from "./TaskPanel";
