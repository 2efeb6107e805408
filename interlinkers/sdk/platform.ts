import type { FastifyRequest } from "fastify";
import type { Right } from "../../common/coproduction.js";
import type { GovernedAction, PermittedBy } from "../../common/governance.js";
import type { Language, Translated } from "../../common/languages.js";
import type { Database } from "../../server/db/client.js";
import type { Actor, MaybeActor } from "../../server/policies/actor.js";
import type { Decision, Why } from "../../server/policies/verdict.js";
import type { AssetRow, AssetSubject } from "./subject.js";

/** One change for the process's hash-chained trail, appended inside the caller's transaction. */
export interface ActivityEntry {
  processId: string;
  actorId: string | null;
  /** `<interlinker id>.<verb>`, e.g. "note.edited"; the web app words it in the reader's language. */
  action: string;
  targetType: string;
  targetId: string;
  summary: { before?: unknown; after?: unknown };
}

export interface PersonSummary {
  id: string;
  name: string;
  email: string;
}

/** Who works on an item: each person's effective rights on it, the administrators, and each team's members. */
export interface RightHolders {
  people: Map<string, Set<Right>>;
  administrators: Set<string>;
  teamMembers: Map<string, string[]>;
}

/** A public service's translatable texts, as `publicServices.read` gives them to an interlinker. */
export interface PublicServiceText {
  id: string;
  name: Translated;
  description: Translated;
  /** Counts the service's changes; its history keeps each version. */
  version: number;
  /** Whether the reader may see the service on its own (its page, the catalogue). */
  canView: boolean;
  /** Whether the reader may change its description (its administration's own people). */
  canUpdate: boolean;
}

/** `everyone`: changes may have been missed (the bus reconnected), so every live connection re-checks. */
export type AccessChange = { processId: string } | { userId: string } | { everyone: true };

/**
 * What the core offers an interlinker, handed to it at registration. Every function takes the database handle
 * to use: inside a transaction, pass the transaction. Nothing here authorizes except `policies` and
 * `assets.authorized`; the people and team readers return what the caller asks for, so ask only for what the
 * reader may see.
 */
export interface Platform {
  activity: { append(tx: Database, entry: ActivityEntry): Promise<void> };
  people: {
    /** Names of accounts by id; erased or unknown ids are missing from the map. */
    summaries(db: Database, userIds: readonly string[]): Promise<Map<string, PersonSummary>>;
  };
  processes: {
    /** The process's administrators and everyone holding a grant in it, by name. */
    members(db: Database, processId: string): Promise<PersonSummary[]>;
    rightHolders(db: Database, options: { processId: string; itemId: string }): Promise<RightHolders>;
    /**
     * The people who may see an item's assets because they take part (its administrators, and everyone whose
     * rights on it include any right that reads assets), as the policies decide it; public readers are not listed.
     */
    assetReaders(db: Database, options: { processId: string; itemId: string }): Promise<Set<string>>;
  };
  notifications: {
    /**
     * Tells the people an asset's text mentions (process members), once the caller's transaction commits. Each
     * is checked against the asset's policies when it is delivered: who cannot see the asset then is not told.
     */
    mentioned(
      tx: Database,
      options: { asset: AssetRow; actorId: string; userIds: string[]; title: string },
    ): Promise<void>;
    /**
     * Tells the people who took part in a conversation on an asset (earlier posts' authors) that someone replied;
     * checked like a mention when it is delivered.
     */
    replied(
      tx: Database,
      options: { asset: AssetRow; actorId: string; userIds: string[]; title: string },
    ): Promise<void>;
    /**
     * A decision opened on an asset: tells the process's people who may vote in it (the asset's `vote` action,
     * asked when it is delivered), and, when it closes more than a day ahead, reminds them a day before it does.
     */
    decisionOpened(
      tx: Database,
      options: { asset: AssetRow; actorId: string; title: string; closesAt: Date | null },
    ): Promise<void>;
    /**
     * A decision closed with an outcome: tells who may see the asset, and calls off the reminder and the notice,
     * at the closing time, that the outcome waits to be recorded (sent to whoever may close it then).
     */
    decisionClosed(
      tx: Database,
      options: { asset: AssetRow; actorId: string; title: string; outcome: string },
    ): Promise<void>;
    /** An earlier version of an asset's content was brought back: tells the process's people who may see it. */
    versionRestored(
      tx: Database,
      options: { asset: AssetRow; actorId: string | null; title: string; version: string },
    ): Promise<void>;
    /**
     * Suggestions on a public service's text were accepted into it: tells their authors (`userIds`, never the one
     * who accepted), each checked at delivery against the asset's policies like a mention.
     */
    suggestionAccepted(
      tx: Database,
      options: { asset: AssetRow; actorId: string; userIds: string[]; title: string; service: string },
    ): Promise<void>;
  };
  /**
   * Public services (server/modules/public-services), for the interlinkers that improve their descriptions. Only
   * the translatable texts, and only changed through `changeText`, which keeps the service's history.
   */
  publicServices: {
    /** The service's texts and what the actor may do with it; null when there is no such service (or it was deleted). */
    read(db: Database, options: { actor: MaybeActor; serviceId: string }): Promise<PublicServiceText | null>;
    /**
     * Changes one field's text in one language, as `change` makes it from the current text (read under a lock on the
     * service, so two changes at once take turns); the service's history gets a new version with `actor` as who
     * changed it. Throws 404 when the service is gone, 403 (with the reason) when the actor may not change it, and
     * whatever `change` throws. Returns the new version (the same one when the text did not change).
     */
    changeText(
      tx: Database,
      options: {
        actor: Actor;
        serviceId: string;
        field: "name" | "description";
        language: Language;
        change(current: string): string;
      },
    ): Promise<{ version: number }>;
  };
  teams: {
    /** Names of the teams the actor may see, by id; others are missing from the map. */
    visibleNames(db: Database, actor: MaybeActor, teamIds: readonly string[]): Promise<Map<string, Translated>>;
  };
  /** `server/policies`, for asset subjects: this interlinker's actions and the task's rights alike. */
  policies: {
    explain(actor: MaybeActor, action: string, subject: AssetSubject): Decision;
    can(actor: MaybeActor, action: string, subject: AssetSubject): boolean;
    canAll<const A extends string>(actor: MaybeActor, actions: readonly A[], subject: AssetSubject): Record<A, boolean>;
    /**
     * `can` for each action and, for each refused one, `why` (a code, the sentence, and the rule when the rulebook
     * decided): what a presented `can` map carries, so the web says why instead of hiding the button.
     */
    explainAll<const A extends string>(
      actor: MaybeActor,
      actions: readonly A[],
      subject: AssetSubject,
    ): { can: Record<A, boolean>; why: Partial<Record<A, Why>> };
    /** Throws the refusal a route answers with (401, 403 with the reason, or 404 when the asset is not visible). */
    authorize(actor: MaybeActor, action: string, subject: AssetSubject): void;
    /**
     * Two keys: where the process's rule for this step on the asset's task names sides (G+G's close_decision), the
     * sides and the ones the actor stands for; null when one permitted person takes the step alone.
     */
    consentSides(
      actor: MaybeActor,
      action: GovernedAction,
      subject: AssetSubject,
    ): { sides: PermittedBy[][]; actorSides: number[] } | null;
  };
  assets: {
    /**
     * For what routes cannot cover (a WebSocket): the asset, if it is this interlinker's and the actor may take
     * `action` on it; throws the refusal otherwise.
     */
    authorized(
      db: Database,
      options: { actor: MaybeActor; assetId: string; interlinkerId: string; action: string },
    ): Promise<{ asset: AssetRow; subject: AssetSubject }>;
  };
  /**
   * Changes that may have taken rights away, for live connections to close and re-authorize: announced by any
   * server process on the database (the app's bus), heard in every one.
   */
  accessChanges: { subscribe(db: Database, listener: (change: AccessChange) => void): () => void };
  /**
   * Live collaboration across the server processes sharing the database (the bus's `collab` channel): a message
   * published reaches every subscriber in every process, this one's at once (so ignore your own: tag messages
   * with an id of your instance). JSON only, of any size; one channel for every interlinker, so tag messages with
   * your interlinker's id and ignore others'. At most once: a process whose connection is being re-established
   * misses what is sent meanwhile. `db` is the app's handle (the one the upgrade setup gives), not a transaction.
   */
  collab: {
    publish(db: Database, message: unknown): void;
    subscribe(db: Database, handler: (message: unknown) => void): () => void;
    /** Called when this process hears the others again after missing what they sent meanwhile: re-synchronize. */
    onResumed(db: Database, listener: () => void): () => void;
  };
  /** The language a reader asked for (their profile, else the request's Accept-Language), if one of ours. */
  readerLanguage(request: FastifyRequest, actor: MaybeActor): Language | undefined;
}
