import { type Language, pickTranslation, type Translated } from "../../../common/languages.js";
import { escapeHtml } from "../../http/html.js";
import { linkTo, listSection, type PageDescriber, translatedElement } from "../../http/pages.js";

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

function channelItem(channel: ServiceAnswer["channels"][number]): string {
  if (channel.url) return linkTo(channel.url, channel.url);
  if (channel.email) return linkTo(`mailto:${channel.email}`, channel.email);
  if (channel.phone) return linkTo(`tel:${channel.phone.replace(/\s+/g, "")}`, channel.phone);
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
    translatedElement(service.name, language, "h1"),
    `<p>${escapeHtml(say.providedBy)}: ${linkTo(`/organizations/${service.organization.id}`, pickTranslation(service.organization.name, language))}</p>`,
    translatedElement(service.description, language, "p"),
    listSection(say.howToGet, service.channels.map(channelItem)),
    listSection(
      say.costs,
      service.costs.map((cost) =>
        escapeHtml(`${money(cost.value, cost.currency)}${cost.description ? ` (${cost.description})` : ""}`),
      ),
    ),
    service.processingTime
      ? `<h2>${escapeHtml(say.time)}</h2><p><time datetime="${escapeHtml(service.processingTime)}">${escapeHtml(service.processingTime)}</time></p>`
      : "",
    listSection(say.needs, service.requirements.map(named)),
    listSection(say.gets, service.outputs.map(named)),
    listSection(
      say.contact,
      contact
        ? [
            contact.email ? linkTo(`mailto:${contact.email}`, contact.email) : "",
            contact.phone ? escapeHtml(contact.phone) : "",
            contact.url ? linkTo(contact.url, contact.url) : "",
            contact.openingHours ? escapeHtml(contact.openingHours) : "",
          ].filter(Boolean)
        : [],
    ),
    listSection(
      say.law,
      service.legalResources.map((url) => linkTo(url, url)),
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
