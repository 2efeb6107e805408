import { HocuspocusProvider } from "@hocuspocus/provider";
import { Alert, Button, Group, List, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import {
  IconColumnInsertRight,
  IconColumnRemove,
  IconRowInsertBottom,
  IconRowRemove,
  IconTable,
  IconTableOff,
} from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Collaboration } from "@tiptap/extension-collaboration";
import { CollaborationCaret } from "@tiptap/extension-collaboration-caret";
import { TableKit, TableView } from "@tiptap/extension-table";
import { type Editor, EditorContent, useEditor, useEditorState } from "@tiptap/react";
import { StarterKit } from "@tiptap/starter-kit";
import { type FormEvent, type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import * as Y from "yjs";
import {
  type AssetViewProps,
  api,
  ConfirmAction,
  dataOf,
  errorFor,
  fieldErrors,
  type Problem,
  toProblem,
  useFormatDate,
  useMe,
} from "../../sdk/web";
import "./document.css";
import { LiveBadge } from "./LiveBadge";
import { DocumentReader } from "./read";

type Status = "connecting" | "connected" | "disconnected";
interface Person {
  clientId: number;
  name: string;
  color: string;
}

// Dark enough for white text and for a caret on white (contrast ≥ 4.5:1).
const colors = ["#1864ab", "#2b8a3e", "#c92a2a", "#862e9c", "#a61e4d", "#5f3dc4", "#0b7285", "#8f4a00"];

/**
 * Tables in a wrapper that scrolls sideways when wider than the page; the wrapper takes focus and is named, so
 * keyboard users can scroll it too (WCAG 2.1.1).
 */
function scrollableTableView(label: string): typeof TableView {
  return class ScrollableTableView extends TableView {
    constructor(...args: ConstructorParameters<typeof TableView>) {
      super(...args);
      this.dom.tabIndex = 0;
      this.dom.setAttribute("role", "group");
      this.dom.setAttribute("aria-label", label);
    }
  };
}

function colorFor(id: string): string {
  let hash = 0;
  for (const character of id) hash = (hash * 31 + character.charCodeAt(0)) >>> 0;
  return colors[hash % colors.length]!;
}

/**
 * A document opens live for those who may write in it; people without a session, and those who may only read a
 * public process, read the stored text without a connection (they could not take part in one anyway).
 */
export default function DocumentView({ asset }: AssetViewProps) {
  const me = useMe();
  const process = useQuery({
    queryKey: ["process", asset.processId],
    queryFn: async () =>
      (await api.GET("/api/v1/processes/{id}", { params: { path: { id: asset.processId } } })).data ?? null,
  });
  if (!me.isSuccess || (me.data && !asset.can.edit && !process.isSuccess)) return null;
  if (!me.data || (!asset.can.edit && process.data?.visibility === "public")) {
    return (
      <Stack gap="md">
        <Group gap="sm" wrap="wrap" justify="flex-end">
          <ExportLinks assetId={asset.id} />
        </Group>
        <DocumentReader asset={asset} signedIn={Boolean(me.data)} />
        <Versions assetId={asset.id} canEdit={false} />
      </Stack>
    );
  }
  return <LiveDocument asset={asset} />;
}

/** A shared document: live editing with everyone on it, who is here, versions and export. */
function LiveDocument({ asset }: AssetViewProps) {
  const { t } = useTranslation();
  const me = useMe();
  const [session, setSession] = useState<{ ydoc: Y.Doc; provider: HocuspocusProvider } | null>(null);
  const [status, setStatus] = useState<Status>("connecting");
  const [readOnly, setReadOnly] = useState(!asset.can.edit);
  const [refused, setRefused] = useState(false);
  const [people, setPeople] = useState<Person[]>([]);

  // Live editing needs a session (the socket is refused without one): visitors of a public process only export.
  const signedIn = Boolean(me.data);
  useEffect(() => {
    if (!signedIn) return;
    const ydoc = new Y.Doc();
    const scheme = window.location.protocol === "https:" ? "wss" : "ws";
    // The session cookie goes with the upgrade; the server authorizes the document through the asset's task.
    const provider: HocuspocusProvider = new HocuspocusProvider({
      url: `${scheme}://${window.location.host}/collab`,
      name: `asset:${asset.id}`,
      document: ydoc,
      onStatus: ({ status: next }) => setStatus(next as Status),
      onAuthenticated: () => {
        setRefused(false);
        setReadOnly(provider.authorizedScope === "readonly");
      },
      onAuthenticationFailed: () => setRefused(true),
      onAwarenessChange: ({ states }) =>
        setPeople(
          states.flatMap((state) => {
            const user = state.user as { name?: string; color?: string } | undefined;
            return user?.name ? [{ clientId: state.clientId, name: user.name, color: user.color ?? colors[0]! }] : [];
          }),
        ),
    });
    setSession({ ydoc, provider });
    return () => {
      provider.destroy();
      ydoc.destroy();
      setSession(null);
    };
  }, [asset.id, signedIn]);

  const user = me.data ? { name: me.data.name, color: colorFor(me.data.id) } : null;

  return (
    <Stack gap="md">
      <Group gap="sm" wrap="wrap" justify="space-between">
        <Text role="status" size="sm" aria-live="polite">
          <LiveBadge
            state={
              refused
                ? "error"
                : status === "connecting"
                  ? "connecting"
                  : status === "connected"
                    ? readOnly
                      ? "readOnly"
                      : "connected"
                    : "offline"
            }
          />
        </Text>
        <ExportLinks assetId={asset.id} />
      </Group>
      {me.isSuccess && !me.data && (
        <Alert color="blue" variant="light">
          {t("interlinkers.document.signInToEdit")}
        </Alert>
      )}
      {refused && (
        <Alert color="red" role="alert">
          {t("interlinkers.document.refused")}
        </Alert>
      )}
      {readOnly && (
        <Alert color="blue" variant="light">
          {t("interlinkers.document.readOnly")}
        </Alert>
      )}
      {user && session && (
        <DocumentEditor key={session.provider.document.guid} session={session} user={user} editable={!readOnly} />
      )}
      <Presence people={people} />
      <Versions assetId={asset.id} canEdit={asset.can.edit && !readOnly} />
    </Stack>
  );
}

function DocumentEditor({
  session,
  user,
  editable,
}: {
  session: { ydoc: Y.Doc; provider: HocuspocusProvider };
  user: { name: string; color: string };
  editable: boolean;
}) {
  const { t } = useTranslation();
  const editor = useEditor({
    extensions: [
      // Collaboration keeps its own undo history, shared-document aware.
      StarterKit.configure({ undoRedo: false }),
      // The same table schema as the server's (content.ts): no column resizing, so widths never overflow a phone.
      TableKit.configure({
        table: { resizable: false, View: scrollableTableView(t("interlinkers.document.tableRegion")) },
      }),
      Collaboration.configure({ document: session.ydoc }),
      CollaborationCaret.configure({ provider: session.provider, user }),
    ],
    editable,
    editorProps: {
      attributes: {
        "aria-label": t("interlinkers.document.editorLabel"),
        "aria-multiline": "true",
        role: "textbox",
        class: "interlink-document-content",
      },
    },
  });
  useEffect(() => {
    editor?.setEditable(editable);
    if (editor) editor.view.dom.setAttribute("aria-readonly", String(!editable));
  }, [editor, editable]);

  return (
    <Paper withBorder radius="sm">
      {editable && editor && <Toolbar editor={editor} />}
      <EditorContent editor={editor} className="interlink-document" />
    </Paper>
  );
}

interface ToolbarButton {
  key: string;
  run: (editor: Editor) => void;
  active?: (editor: Editor) => boolean;
  /** When it can do nothing where the cursor is (table rows and columns outside a table). */
  enabled?: (editor: Editor) => boolean;
  text: ReactNode;
}

const icon = { size: 18, stroke: 1.75 } as const;

const buttons: ToolbarButton[] = [
  { key: "bold", text: "B", run: (e) => e.chain().focus().toggleBold().run(), active: (e) => e.isActive("bold") },
  { key: "italic", text: "I", run: (e) => e.chain().focus().toggleItalic().run(), active: (e) => e.isActive("italic") },
  { key: "strike", text: "S", run: (e) => e.chain().focus().toggleStrike().run(), active: (e) => e.isActive("strike") },
  { key: "code", text: "</>", run: (e) => e.chain().focus().toggleCode().run(), active: (e) => e.isActive("code") },
  {
    key: "heading1",
    text: "H1",
    run: (e) => e.chain().focus().toggleHeading({ level: 1 }).run(),
    active: (e) => e.isActive("heading", { level: 1 }),
  },
  {
    key: "heading2",
    text: "H2",
    run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
    active: (e) => e.isActive("heading", { level: 2 }),
  },
  {
    key: "bulletList",
    text: "•",
    run: (e) => e.chain().focus().toggleBulletList().run(),
    active: (e) => e.isActive("bulletList"),
  },
  {
    key: "orderedList",
    text: "1.",
    run: (e) => e.chain().focus().toggleOrderedList().run(),
    active: (e) => e.isActive("orderedList"),
  },
  {
    key: "blockquote",
    text: "❝",
    run: (e) => e.chain().focus().toggleBlockquote().run(),
    active: (e) => e.isActive("blockquote"),
  },
  {
    key: "codeBlock",
    text: "{ }",
    run: (e) => e.chain().focus().toggleCodeBlock().run(),
    active: (e) => e.isActive("codeBlock"),
  },
  { key: "rule", text: "―", run: (e) => e.chain().focus().setHorizontalRule().run() },
  {
    key: "insertTable",
    text: <IconTable {...icon} />,
    run: (e) => e.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
    enabled: (e) => e.can().insertTable({ rows: 3, cols: 3, withHeaderRow: true }),
  },
  {
    key: "addRow",
    text: <IconRowInsertBottom {...icon} />,
    run: (e) => e.chain().focus().addRowAfter().run(),
    enabled: (e) => e.can().addRowAfter(),
  },
  {
    key: "deleteRow",
    text: <IconRowRemove {...icon} />,
    run: (e) => e.chain().focus().deleteRow().run(),
    enabled: (e) => e.can().deleteRow(),
  },
  {
    key: "addColumn",
    text: <IconColumnInsertRight {...icon} />,
    run: (e) => e.chain().focus().addColumnAfter().run(),
    enabled: (e) => e.can().addColumnAfter(),
  },
  {
    key: "deleteColumn",
    text: <IconColumnRemove {...icon} />,
    run: (e) => e.chain().focus().deleteColumn().run(),
    enabled: (e) => e.can().deleteColumn(),
  },
  {
    key: "deleteTable",
    text: <IconTableOff {...icon} />,
    run: (e) => e.chain().focus().deleteTable().run(),
    enabled: (e) => e.can().deleteTable(),
  },
  { key: "undo", text: "↶", run: (e) => e.chain().focus().undo().run() },
  { key: "redo", text: "↷", run: (e) => e.chain().focus().redo().run() },
];

/** The formatting buttons: one tab stop, arrow keys move between buttons (the ARIA toolbar pattern). */
function Toolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const [focused, setFocused] = useState(0);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      active: buttons.map((button) => button.active?.(current) ?? null),
      enabled: buttons.map((button) => button.enabled?.(current) ?? true),
    }),
  });
  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = buttons.length - 1;
    const next =
      event.key === "ArrowRight"
        ? focused === last
          ? 0
          : focused + 1
        : event.key === "ArrowLeft"
          ? focused === 0
            ? last
            : focused - 1
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    setFocused(next);
    refs.current[next]?.focus();
  };
  return (
    <div
      role="toolbar"
      aria-label={t("interlinkers.document.toolbar")}
      className="interlink-document-toolbar"
      onKeyDown={move}
    >
      {buttons.map((button, position) => {
        const label = t(`interlinkers.document.format.${button.key}`);
        // aria-disabled, not disabled: the button keeps its place in the arrow-key order and says why it is dim.
        const enabled = state?.enabled[position] ?? true;
        return (
          <button
            key={button.key}
            ref={(element) => {
              refs.current[position] = element;
            }}
            type="button"
            tabIndex={position === focused ? 0 : -1}
            aria-label={label}
            title={label}
            aria-pressed={button.active ? Boolean(state?.active[position]) : undefined}
            aria-disabled={enabled ? undefined : true}
            onFocus={() => setFocused(position)}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              if (enabled) button.run(editor);
            }}
          >
            <span aria-hidden="true">{button.text}</span>
          </button>
        );
      })}
    </div>
  );
}

function Presence({ people }: { people: Person[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="document-presence">
      <Title order={2} size="h4" id="document-presence">
        {t("interlinkers.document.whoIsHere")}
      </Title>
      {people.length === 0 ? (
        <Text size="sm">{t("interlinkers.document.nobodyHere")}</Text>
      ) : (
        <List size="sm" listStyleType="none" className="interlink-document-people">
          {people.map((person) => (
            <List.Item key={person.clientId}>
              <span className="interlink-document-dot" style={{ background: person.color }} aria-hidden="true" />
              {person.name}
            </List.Item>
          ))}
        </List>
      )}
    </section>
  );
}

function ExportLinks({ assetId }: { assetId: string }) {
  const { t } = useTranslation();
  const href = (format: string) => `/api/v1/assets/${assetId}/document/export?format=${format}`;
  return (
    <Group gap="xs">
      <Button component="a" href={href("html")} download variant="default" size="xs">
        {t("interlinkers.document.exportHtml")}
      </Button>
      <Button component="a" href={href("markdown")} download variant="default" size="xs">
        {t("interlinkers.document.exportMarkdown")}
      </Button>
    </Group>
  );
}

function Versions({ assetId, canEdit }: { assetId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [message, setMessage] = useState("");
  const errors = fieldErrors(problem);
  const key = ["asset", assetId, "document", "versions"];
  const versions = useQuery({
    queryKey: key,
    queryFn: () =>
      dataOf(
        api.GET("/api/v1/assets/{assetId}/document/versions", {
          params: { path: { assetId }, query: { limit: 100 } },
        }),
      ),
  });
  const save = useMutation({
    mutationFn: (name: string) =>
      dataOf(
        api.POST("/api/v1/assets/{assetId}/document/versions", {
          params: { path: { assetId } },
          body: { name },
        }),
      ),
    onSuccess: (data) => {
      setProblem(null);
      setMessage(t("interlinkers.document.versionSaved", { name: data.name }));
      return queryClient.invalidateQueries({ queryKey: key });
    },
    onError: (error) => setProblem(toProblem(error)),
  });
  const restore = useMutation({
    mutationFn: (versionId: string) =>
      dataOf(
        api.POST("/api/v1/assets/{assetId}/document/versions/{versionId}/restore", {
          params: { path: { assetId, versionId } },
        }),
      ),
    onSuccess: (data) => setMessage(t("interlinkers.document.versionRestored", { name: data.name })),
    onError: (error) => setProblem(toProblem(error)),
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    save.mutate(String(new FormData(form).get("name") ?? ""), { onSuccess: () => form.reset() });
  };
  const formatDate = useFormatDate();

  return (
    <section aria-labelledby="document-versions">
      <Stack gap="sm">
        <Title order={2} size="h4" id="document-versions">
          {t("interlinkers.document.versions")}
        </Title>
        {canEdit && (
          <form noValidate onSubmit={submit}>
            <Group align="flex-end" gap="xs" wrap="wrap">
              <TextInput
                name="name"
                label={t("interlinkers.document.versionName")}
                error={errorFor(errors, "name")}
                description={t("fields.upTo", { count: 200 })}
                maxLength={200}
                style={{ flex: "1 1 12rem" }}
              />
              <Button type="submit" loading={save.isPending}>
                {t("interlinkers.document.saveVersion")}
              </Button>
            </Group>
          </form>
        )}
        <Text role="status" size="sm">
          {message}
        </Text>
        {problem && !errorFor(errors, "name") && (
          <Alert color="red" role="alert">
            {problem.detail}
          </Alert>
        )}
        {versions.data?.items.length === 0 && <Text size="sm">{t("interlinkers.document.noVersions")}</Text>}
        <List listStyleType="none" spacing="sm">
          {versions.data?.items.map((version) => (
            <List.Item key={version.id}>
              <Group justify="space-between" wrap="wrap" gap="xs">
                <div>
                  <Text fw={600}>{version.name}</Text>
                  <Text size="sm">
                    {t("interlinkers.document.versionBy", {
                      time: formatDate(version.createdAt, { time: true }),
                      name: version.createdBy?.name ?? t("interlinkers.document.someone"),
                    })}
                  </Text>
                </div>
                {canEdit && (
                  <ConfirmAction
                    size="xs"
                    label={t("interlinkers.document.restore")}
                    accessibleLabel={t("interlinkers.document.restoreNamed", { name: version.name })}
                    question={t("interlinkers.document.restoreQuestion", { name: version.name })}
                    confirmLabel={t("interlinkers.document.restoreConfirm")}
                    pending={restore.isPending}
                    onConfirm={() => restore.mutate(version.id)}
                  />
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      </Stack>
    </section>
  );
}
