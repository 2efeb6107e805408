import { type Language, pickTranslation, type Translated } from "../../../common/languages.js";
import { escapeHtml } from "../../http/html.js";
import type { PageDescriber } from "../../http/pages.js";

// The public page of a public service before the app runs (server/http/pages.ts): what a search engine, a link
// preview or a reader without JavaScript gets. Only what the reader may see: it is the API's own answer to them.

interface ServiceAnswer {
  id: string;
  name: Translated;
  description: Translated;
  organization: { id: string; name: Translated };
  channels: { type: string; url?: string; address?: string; phone?: string; email?: string }[];
  costs: { value: number; currency: string; description?: string }[];
  processingTime: string | null;
  requirements: { name: string; description?: string }[];
  outputs: { name: string; description?: string }[];
  contactPoint: { email?: string; phone?: string; url?: string; openingHours?: string } | null;
  legalResources: string[];
}

const words: Record<
  Language,
  Record<"providedBy" | "howToGet" | "costs" | "time" | "needs" | "gets" | "contact" | "law", string>
> = {
  en: {
    providedBy: "Provided by",
    howToGet: "How to get it",
    costs: "Costs",
    time: "Processing time",
    needs: "What you need",
    gets: "What you get",
    contact: "Contact",
    law: "Legal basis",
  },
  es: {
    providedBy: "Lo presta",
    howToGet: "Cómo obtenerlo",
    costs: "Costes",
    time: "Plazo de tramitación",
    needs: "Qué necesita",
    gets: "Qué obtiene",
    contact: "Contacto",
    law: "Base jurídica",
  },
  it: {
    providedBy: "Erogato da",
    howToGet: "Come ottenerlo",
    costs: "Costi",
    time: "Tempi di lavorazione",
    needs: "Cosa serve",
    gets: "Cosa si ottiene",
    contact: "Contatti",
    law: "Base giuridica",
  },
  lv: {
    providedBy: "Pakalpojumu sniedz",
    howToGet: "Kā saņemt",
    costs: "Izmaksas",
    time: "Izpildes laiks",
    needs: "Kas nepieciešams",
    gets: "Ko saņemsiet",
    contact: "Kontakti",
    law: "Tiesiskais pamats",
  },
};

/** Text in the reader's language, else another, marked with its own language so a screen reader speaks it right. */
function text(value: Translated, language: Language, tag: string): string {
  const chosen = pickTranslation(value, language);
  const written = (Object.keys(value) as Language[]).find((candidate) => value[candidate] === chosen) ?? language;
  const lang = written === language ? "" : ` lang="${written}"`;
  return `<${tag}${lang}>${escapeHtml(chosen)}</${tag}>`;
}

const link = (href: string, label: string) => `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`;

function section(heading: string, items: string[]): string {
  if (items.length === 0) return "";
  return `<h2>${escapeHtml(heading)}</h2><ul>${items.map((item) => `<li>${item}</li>`).join("")}</ul>`;
}

function channelItem(channel: ServiceAnswer["channels"][number]): string {
  if (channel.url) return link(channel.url, channel.url);
  if (channel.email) return link(`mailto:${channel.email}`, channel.email);
  if (channel.phone) return link(`tel:${channel.phone.replace(/\s+/g, "")}`, channel.phone);
  return escapeHtml(channel.address ?? channel.type);
}

export function renderServiceBody(service: ServiceAnswer, language: Language): string {
  const say = words[language];
  const money = (value: number, currency: string) =>
    new Intl.NumberFormat(language, { style: "currency", currency }).format(value);
  const named = (thing: { name: string; description?: string }) =>
    escapeHtml(thing.description ? `${thing.name}: ${thing.description}` : thing.name);
  const contact = service.contactPoint;
  return [
    "<main>",
    text(service.name, language, "h1"),
    `<p>${escapeHtml(say.providedBy)}: ${link(`/organizations/${service.organization.id}`, pickTranslation(service.organization.name, language))}</p>`,
    text(service.description, language, "p"),
    section(say.howToGet, service.channels.map(channelItem)),
    section(
      say.costs,
      service.costs.map((cost) =>
        escapeHtml(`${money(cost.value, cost.currency)}${cost.description ? ` (${cost.description})` : ""}`),
      ),
    ),
    service.processingTime
      ? `<h2>${escapeHtml(say.time)}</h2><p><time datetime="${escapeHtml(service.processingTime)}">${escapeHtml(service.processingTime)}</time></p>`
      : "",
    section(say.needs, service.requirements.map(named)),
    section(say.gets, service.outputs.map(named)),
    section(
      say.contact,
      contact
        ? [
            contact.email ? link(`mailto:${contact.email}`, contact.email) : "",
            contact.phone ? escapeHtml(contact.phone) : "",
            contact.url ? link(contact.url, contact.url) : "",
            contact.openingHours ? escapeHtml(contact.openingHours) : "",
          ].filter(Boolean)
        : [],
    ),
    section(
      say.law,
      service.legalResources.map((url) => link(url, url)),
    ),
    "</main>",
  ].join("");
}

export const publicServicePage: PageDescriber = {
  path: /^\/public-services\/([0-9a-fA-F-]{36})\/?$/,
  async describe([, id], { language, ask }) {
    const answer = await ask(`/api/v1/public-services/${id}`);
    if (answer.status !== 200) return undefined;
    const service = JSON.parse(answer.body) as ServiceAnswer;
    const linked = await ask(`/api/v1/public-services/${id}.jsonld`, "application/ld+json");
    const name = pickTranslation(service.name, language);
    return {
      title: name,
      description: pickTranslation(service.description, language),
      language,
      path: `/public-services/${id}`,
      type: "website",
      jsonLd: linked.status === 200 ? JSON.parse(linked.body) : undefined,
      body: renderServiceBody(service, language),
    };
  },
};
