import type { Language } from "../../common/languages.js";

/** The signed-in person a request acts for; `null` stands for an anonymous visitor. */
export interface Actor {
  userId: string;
  name: string;
  email: string;
  emailVerified: boolean;
  language: Language;
  isPlatformAdmin: boolean;
}

export type MaybeActor = Actor | null;
