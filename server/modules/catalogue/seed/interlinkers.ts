// Catalogue seed: knowledge interlinkers (templates and guides) and external interlinkers (linked tools and guides).
import { type EnglishTemplateSeed, withTemplateTranslations } from "./templates.js";
import type { SeedInterlinker } from "./types.js";

/** Knowledge interlinkers with their templates in English; translations come from `templates/<language>.json`. */
const knowledgeSeeds: EnglishTemplateSeed[] = [
  {
    id: "stakeholder-map",
    nature: "knowledge",
    name: {
      en: "Stakeholder map",
      es: "Mapa de actores",
      it: "Mappa degli stakeholder",
      lv: "Ieinteresēto pušu karte",
    },
    description: {
      en: "A template to list everyone affected by or able to influence the service and to decide how to involve each of them.",
      es: "Una plantilla para enumerar a todos los que el servicio afecta o que pueden influir en él y decidir cómo implicar a cada uno.",
      it: "Un modello per elencare chiunque sia toccato dal servizio o possa influenzarlo e decidere come coinvolgere ciascuno.",
      lv: "Veidne, kurā uzskaitīt visus, ko pakalpojums ietekmē vai kas var to ietekmēt, un izlemt, kā katru no viņiem iesaistīt.",
    },
    instructions: {
      en: "Open the map at the start of the Engage phase and list every person, group and organisation linked to the service. Rate interest and influence together in a short session, then agree how to involve each quadrant. Revisit the map whenever new actors appear.",
      es: "Al inicio de la fase de implicación, el equipo abre el mapa y enumera a todas las personas, grupos y organizaciones relacionados con el servicio. En una sesión breve se valoran juntos el interés y la influencia de cada actor y se acuerda cómo implicar a cada cuadrante. El mapa se revisa cada vez que aparecen nuevos actores.",
      it: "Aprite la mappa all'inizio della fase di coinvolgimento ed elencate tutte le persone, i gruppi e le organizzazioni legati al servizio. In una breve sessione valutate insieme interesse e influenza, poi concordate come coinvolgere ogni quadrante. Aggiornate la mappa ogni volta che compaiono nuovi attori.",
      lv: "Atveriet karti iesaistes posma sākumā un uzskaitiet visus cilvēkus, grupas un organizācijas, kas saistītas ar pakalpojumu. Īsā sesijā kopīgi novērtējiet katra interesi un ietekmi, tad vienojieties, kā iesaistīt katru kvadrantu. Atjauniniet karti ikreiz, kad parādās jauni dalībnieki.",
    },
    functions: ["organization", "engagement"],
    problemProfiles: ["identify-stakeholders", "reach-vulnerable-groups", "low-citizen-engagement"],
    tags: ["stakeholders", "mapping", "power-interest", "engagement"],
    licence: "permissive",
    difficulty: "easy",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# Stakeholder map

**Service / challenge:** _name the service this map is for_
**Date:** _YYYY-MM-DD_ · **Prepared by:** _names_

## 1. Who is involved?

List everyone who is affected by the service, delivers it, pays for it, regulates it or could block it.
Think of citizens, public administrations, nonprofits, companies, and groups that are rarely heard.

| # | Stakeholder | Type (PA / nonprofit / company / citizen) | What they care about | What they can contribute |
| - | ----------- | ----------------------------------------- | -------------------- | ------------------------ |
| 1 |             |                                           |                      |                          |
| 2 |             |                                           |                      |                          |
| 3 |             |                                           |                      |                          |

## 2. Interest and influence

Rate each stakeholder from 1 (low) to 5 (high).

| Stakeholder | Interest | Influence | Quadrant |
| ----------- | -------- | --------- | -------- |
|             |          |           |          |

- **High influence, high interest:** manage closely, co-decide with them.
- **High influence, low interest:** keep satisfied, consult at key moments.
- **Low influence, high interest:** keep informed, invite them to co-design.
- **Low influence, low interest:** monitor, and ask why they are not interested.

## 3. Who is missing?

- Which groups most need the service but are not on the list?
- Who speaks for people who cannot attend meetings?
- Which organisations already work with these groups and could open doors?

## 4. How we involve each one

| Stakeholder | Role in the process | Channel | Contact person | When |
| ----------- | ------------------- | ------- | -------------- | ---- |
|             |                     |         |                |      |

## 5. Next review

_Date of the next review and who is responsible for it._
`,
  },
  {
    id: "user-personas",
    nature: "knowledge",
    name: {
      en: "User personas",
      es: "Perfiles de usuario (personas)",
      it: "Personas degli utenti",
      lv: "Lietotāju personas",
    },
    description: {
      en: "A template to describe archetypal users of the service, based on research, so the team designs for real people.",
      es: "Una plantilla para describir usuarios arquetípicos del servicio, basados en la investigación, para diseñar pensando en personas reales.",
      it: "Un modello per descrivere utenti tipo del servizio, basati sulla ricerca, così da progettare per persone reali.",
      lv: "Veidne pakalpojuma tipisko lietotāju aprakstīšanai, balstoties uz izpēti, lai komanda projektētu reāliem cilvēkiem.",
    },
    instructions: {
      en: "Start from interview and survey findings, not from assumptions. Group similar users and write one persona per group, including at least one persona facing barriers. Keep the personas visible in every design session and check each idea against them.",
      es: "El equipo parte de los resultados de entrevistas y encuestas, no de suposiciones. Agrupa a los usuarios similares y redacta una persona por grupo, incluida al menos una que afronte barreras. Las personas deben estar a la vista en cada sesión de diseño para contrastar con ellas cada idea.",
      it: "Partite dai risultati di interviste e questionari, non da supposizioni. Raggruppate gli utenti simili e scrivete una persona per gruppo, includendone almeno una che incontra ostacoli. Tenete le personas visibili in ogni sessione di progettazione e verificate ogni idea rispetto a esse.",
      lv: "Sāciet ar interviju un aptauju rezultātiem, nevis pieņēmumiem. Sagrupējiet līdzīgus lietotājus un katrai grupai uzrakstiet vienu personu, iekļaujot vismaz vienu, kura saskaras ar šķēršļiem. Turiet personas redzamas katrā dizaina sesijā un salīdziniet ar tām katru ideju.",
    },
    functions: ["documentation", "engagement"],
    problemProfiles: ["understand-user-needs", "reach-vulnerable-groups"],
    tags: ["personas", "user-research", "service-design"],
    licence: "permissive",
    difficulty: "easy",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# User persona

> A persona is a fictional but evidence-based person who stands for a group of real users.
> Write one document per persona. Base every statement on research, and cite the source.

## Identity

| Field | Value |
| ----- | ----- |
| Name and age | |
| Where they live | |
| Household and daily life | |
| Languages spoken | |
| Digital skills and devices | |
| Accessibility needs | |

## Quote

_One sentence this person might say about the service, e.g. "I never know which office to call."_

## Goals

- What do they want to achieve with the service?
- What does success look like for them?

## Needs

- What must be true for them to use the service?
- What information, support or channel do they need?

## Pain points and barriers

- What frustrates them today?
- What stops them from using the service (cost, language, trust, time, skills, disability)?

## Behaviour

- How do they find out about public services today?
- Who do they ask for help?

## Evidence

| Statement | Source (interview #, survey, data) |
| --------- | ---------------------------------- |
|           |                                    |

## Design implications

_What should the service do differently because this person exists?_
`,
  },
  {
    id: "user-journey-map",
    nature: "knowledge",
    name: {
      en: "User journey map",
      es: "Mapa del recorrido del usuario",
      it: "Mappa del percorso dell'utente",
      lv: "Lietotāja ceļa karte",
    },
    description: {
      en: "A template to map, step by step, how a person experiences the service today, including feelings and pain points.",
      es: "Una plantilla para trazar paso a paso cómo vive una persona el servicio hoy, con sus emociones y puntos de dolor.",
      it: "Un modello per tracciare passo dopo passo come una persona vive oggi il servizio, con emozioni e punti critici.",
      lv: "Veidne, kurā soli pa solim attēlot, kā cilvēks pašlaik piedzīvo pakalpojumu, ieskaitot sajūtas un problēmvietas.",
    },
    instructions: {
      en: "Choose one persona and one goal, then walk through the journey with people who actually lived it. Fill in each stage from the first trigger to the outcome, marking feelings and pain points. Use the worst moments as the starting points for ideation.",
      es: "El equipo elige una persona y un objetivo y recorre el trayecto con quienes lo han vivido realmente. Se completa cada etapa, desde el primer detonante hasta el resultado, marcando emociones y puntos de dolor. Los peores momentos son el punto de partida para generar ideas.",
      it: "Scegliete una persona e un obiettivo, poi ripercorrete il percorso con chi lo ha vissuto davvero. Compilate ogni fase, dal primo stimolo al risultato, segnando emozioni e punti critici. Usate i momenti peggiori come punto di partenza per l'ideazione.",
      lv: "Izvēlieties vienu personu un vienu mērķi un izejiet ceļu kopā ar cilvēkiem, kas to patiešām pieredzējuši. Aizpildiet katru posmu no pirmā ierosinātāja līdz rezultātam, atzīmējot sajūtas un problēmvietas. Sliktākos brīžus izmantojiet kā sākumpunktu ideju ģenerēšanai.",
    },
    functions: ["documentation", "evaluation"],
    problemProfiles: ["understand-user-needs", "define-the-problem"],
    tags: ["journey-map", "customer-journey", "service-design", "user-research"],
    licence: "permissive",
    difficulty: "medium",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# User journey map

**Persona:** _who is travelling_ · **Goal:** _what they want to achieve_
**Scenario:** _the situation that starts the journey_ · **Based on:** _interviews, observation, data_

## Journey

| | 1. Trigger | 2. Search | 3. Apply | 4. Wait | 5. Receive | 6. After |
| - | ---------- | --------- | -------- | ------- | ---------- | -------- |
| **What they do** | | | | | | |
| **Touchpoint / channel** | | | | | | |
| **Who they deal with** | | | | | | |
| **What they think** | | | | | | |
| **How they feel** (😀 😐 😞) | | | | | | |
| **Pain points** | | | | | | |
| **Opportunities** | | | | | | |

Rename, add or remove stages so that they match the real journey.

## Moments that matter

1. _The moment with the strongest negative feeling:_
2. _The moment where people most often give up:_
3. _The moment where a small change would help most:_

## Questions we still cannot answer

- 
- 

## Evidence

| Stage | Finding | Source |
| ----- | ------- | ------ |
|       |         |        |

## Next steps

_Which opportunities do we take into the ideation workshop?_
`,
  },
  {
    id: "service-blueprint",
    nature: "knowledge",
    name: {
      en: "Service blueprint",
      es: "Plano del servicio (service blueprint)",
      it: "Blueprint del servizio",
      lv: "Pakalpojuma shēma",
    },
    description: {
      en: "A template that links what users see to the front-office staff, back-office processes and systems behind each step of the service.",
      es: "Una plantilla que relaciona lo que ve el usuario con el personal de atención, los procesos internos y los sistemas detrás de cada paso.",
      it: "Un modello che collega ciò che vede l'utente al personale di front office, ai processi di back office e ai sistemi dietro ogni passo.",
      lv: "Veidne, kas sasaista to, ko redz lietotājs, ar klientu apkalpošanas darbiniekiem, iekšējiem procesiem un sistēmām katrā pakalpojuma solī.",
    },
    instructions: {
      en: "Build the blueprint once the future journey is agreed, with people from every organisation that delivers a step. Fill the rows from the user's actions down to supporting systems and mark where responsibility passes between organisations. Use the gaps and fail points as the build backlog.",
      es: "El plano se elabora cuando el recorrido futuro está acordado, con personas de cada organización que presta un paso. Se rellenan las filas desde las acciones del usuario hasta los sistemas de apoyo y se marca dónde pasa la responsabilidad de una organización a otra. Las carencias y los puntos de fallo forman la lista de trabajo de la construcción.",
      it: "Costruite il blueprint quando il percorso futuro è concordato, con persone di ogni organizzazione che eroga un passo. Compilate le righe dalle azioni dell'utente fino ai sistemi di supporto e segnate dove la responsabilità passa da un'organizzazione all'altra. Usate lacune e punti di rottura come elenco di lavoro per la realizzazione.",
      lv: "Veidojiet shēmu, kad nākotnes lietotāja ceļš ir saskaņots, kopā ar pārstāvjiem no katras organizācijas, kas nodrošina kādu soli. Aizpildiet rindas no lietotāja darbībām līdz atbalsta sistēmām un atzīmējiet, kur atbildība pāriet no vienas organizācijas citai. Trūkumus un kļūmju vietas izmantojiet kā izveides darba sarakstu.",
    },
    functions: ["organization", "documentation"],
    problemProfiles: ["prototype-service", "define-roles-responsibilities", "interoperability"],
    tags: ["blueprint", "service-design", "back-office", "process"],
    licence: "permissive",
    difficulty: "difficult",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# Service blueprint

**Service:** _name_ · **Scenario:** _which journey this blueprint covers_
**Version:** _0.1_ · **Owners:** _organisations that deliver the service_

## Blueprint

| Layer | Step 1 | Step 2 | Step 3 | Step 4 | Step 5 |
| ----- | ------ | ------ | ------ | ------ | ------ |
| **Physical / digital evidence** (forms, letters, screens) | | | | | |
| **User actions** | | | | | |
| *— line of interaction —* | | | | | |
| **Front stage** (staff or interface the user meets) | | | | | |
| *— line of visibility —* | | | | | |
| **Back stage** (staff actions the user does not see) | | | | | |
| *— line of internal interaction —* | | | | | |
| **Support processes and systems** (registers, software, partners) | | | | | |
| **Responsible organisation** | | | | | |
| **Data used or created** | | | | | |

## Fail points

| Step | What can go wrong | Impact on the user | Prevention / recovery |
| ---- | ----------------- | ------------------ | --------------------- |
|      |                   |                    |                       |

## Handoffs between organisations

| From | To | What is handed over | Agreement needed? |
| ---- | -- | ------------------- | ----------------- |
|      |    |                     |                   |

## Waiting times

_Where does the user wait, for how long, and why?_

## Open questions

- 
`,
  },
  {
    id: "empathy-map",
    nature: "knowledge",
    name: {
      en: "Empathy map",
      es: "Mapa de empatía",
      it: "Mappa dell'empatia",
      lv: "Empātijas karte",
    },
    description: {
      en: "A quick template to sum up what a user says, thinks, does and feels, right after interviews or observation.",
      es: "Una plantilla rápida para resumir lo que un usuario dice, piensa, hace y siente, justo después de entrevistas u observaciones.",
      it: "Un modello rapido per sintetizzare ciò che un utente dice, pensa, fa e prova, subito dopo interviste o osservazioni.",
      lv: "Ātra veidne, lai tūlīt pēc intervijām vai novērošanas apkopotu, ko lietotājs saka, domā, dara un jūt.",
    },
    instructions: {
      en: "Fill in one map per interviewee or user group right after the research session, while memories are fresh. Separate direct quotes from interpretations. Compare maps to spot recurring pains and gains before writing personas.",
      es: "Se completa un mapa por persona entrevistada o grupo de usuarios justo después de la sesión de investigación, con los recuerdos frescos. Conviene separar las citas textuales de las interpretaciones. Comparar los mapas ayuda a detectar dolores y beneficios recurrentes antes de redactar las personas.",
      it: "Compilate una mappa per intervistato o gruppo di utenti subito dopo la sessione di ricerca, quando i ricordi sono freschi. Tenete separate le citazioni dirette dalle interpretazioni. Confrontate le mappe per individuare difficoltà e benefici ricorrenti prima di scrivere le personas.",
      lv: "Aizpildiet vienu karti par katru intervēto cilvēku vai lietotāju grupu tūlīt pēc izpētes sesijas, kamēr atmiņas ir svaigas. Nošķiriet tiešus citātus no interpretācijām. Salīdziniet kartes, lai pirms personu rakstīšanas pamanītu atkārtotas problēmas un ieguvumus.",
    },
    functions: ["documentation", "engagement"],
    problemProfiles: ["understand-user-needs", "trust-pa-citizens"],
    tags: ["empathy", "user-research", "design-thinking"],
    licence: "permissive",
    difficulty: "very_easy",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# Empathy map

**Who:** _person or user group_ · **Situation:** _when they use or need the service_
**Research source:** _interview / observation / workshop, date_

## Says

_Direct quotes. Use their words, in quotation marks._

- 

## Thinks

_What occupies their mind? What might they not say out loud?_

- 

## Does

_What we observed them doing, including workarounds._

- 

## Feels

_Worries, frustrations, hopes. Which emotions did we notice?_

- 

## Pains

_Fears, obstacles, risks, costs._

- 

## Gains

_What would make their life easier? What does success mean for them?_

- 

## Surprises and contradictions

_Where do says and does differ? What did we not expect?_

- 

## What this means for the service

- 
`,
  },
  {
    id: "problem-tree",
    nature: "knowledge",
    name: {
      en: "Problem tree",
      es: "Árbol de problemas",
      it: "Albero dei problemi",
      lv: "Problēmu koks",
    },
    description: {
      en: "A template to separate the core problem from its root causes and its effects, so the team agrees on what to solve.",
      es: "Una plantilla para distinguir el problema central de sus causas y efectos, de modo que el equipo acuerde qué resolver.",
      it: "Un modello per distinguere il problema centrale dalle sue cause e dai suoi effetti, così che il team concordi cosa risolvere.",
      lv: "Veidne, kas palīdz nošķirt galveno problēmu no tās cēloņiem un sekām, lai komanda vienotos, ko risināt.",
    },
    instructions: {
      en: "Write a first version of the core problem, then ask 'why?' repeatedly to find causes and 'so what?' to find effects. Check each cause against evidence from users and data. Turn the tree into an objectives tree by rephrasing causes as the changes you want.",
      es: "El equipo escribe una primera versión del problema central y pregunta '¿por qué?' repetidamente para encontrar causas y '¿y qué?' para encontrar efectos. Cada causa se contrasta con evidencias de usuarios y datos. Después, el árbol se convierte en un árbol de objetivos reformulando las causas como los cambios deseados.",
      it: "Scrivete una prima versione del problema centrale, poi chiedete più volte 'perché?' per trovare le cause e 'quindi?' per trovare gli effetti. Verificate ogni causa con evidenze provenienti da utenti e dati. Trasformate l'albero in un albero degli obiettivi riformulando le cause come i cambiamenti desiderati.",
      lv: "Uzrakstiet galvenās problēmas pirmo versiju, tad atkārtoti jautājiet 'kāpēc?', lai atrastu cēloņus, un 'un kas no tā?', lai atrastu sekas. Pārbaudiet katru cēloni ar lietotāju un datu pierādījumiem. Pārveidojiet problēmu koku par mērķu koku, pārformulējot cēloņus kā vēlamās pārmaiņas.",
    },
    functions: ["decision", "documentation"],
    problemProfiles: ["define-the-problem", "agree-shared-goals"],
    tags: ["problem-analysis", "root-cause", "logical-framework"],
    licence: "permissive",
    difficulty: "easy",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# Problem tree

**Challenge area:** _e.g. access to social housing for young families_
**Participants:** _who built this tree_ · **Date:** _YYYY-MM-DD_

## Core problem

_One sentence, describing a negative situation, not a missing solution._
_Bad: "There is no app." Good: "Young families do not find out they are eligible for support."_

> 

## Effects (branches): "so what?"

| Effect | Who is affected | Evidence |
| ------ | --------------- | -------- |
|        |                 |          |
|        |                 |          |

## Causes (roots): "why?"

| Direct cause | Deeper cause (why?) | Root cause (why?) | Evidence | Can we influence it? |
| ------------ | ------------------- | ----------------- | -------- | -------------------- |
|              |                     |                   |          | yes / partly / no    |
|              |                     |                   |          |                      |

## From problems to objectives

| Root cause | Desired change (objective) | Possible owner |
| ---------- | -------------------------- | -------------- |
|            |                            |                |

## Scope decision

- **In scope:** the causes this process will address:
- **Out of scope:** and why:
- **Agreed by:** _names / organisations, date_
`,
  },
  {
    id: "collaboration-agreement",
    nature: "knowledge",
    name: {
      en: "Collaboration agreement",
      es: "Acuerdo de colaboración",
      it: "Accordo di collaborazione",
      lv: "Sadarbības vienošanās",
    },
    description: {
      en: "A template for a light written agreement between the public administration and its partners on goals, contributions, rules and exit.",
      es: "Una plantilla de acuerdo escrito sencillo entre la administración y sus socios sobre objetivos, aportaciones, reglas y salida.",
      it: "Un modello di accordo scritto semplice tra amministrazione e partner su obiettivi, contributi, regole e uscita.",
      lv: "Veidne vienkāršas rakstiskas vienošanās noslēgšanai starp pārvaldi un tās partneriem par mērķiem, ieguldījumiem, noteikumiem un izstāšanos.",
    },
    instructions: {
      en: "Draft the agreement together once partners and goals are known, before real work and money start. Discuss each section in a meeting rather than by e-mail, and ask the administration's legal office to check it. Sign it, store it with the process and review it at each phase change.",
      es: "El acuerdo se redacta conjuntamente cuando se conocen los socios y los objetivos, antes de que empiecen el trabajo real y el gasto. Cada sección se discute en una reunión y no por correo, y el servicio jurídico de la administración lo revisa. Se firma, se guarda con el proceso y se revisa en cada cambio de fase.",
      it: "Redigete insieme l'accordo quando partner e obiettivi sono noti, prima che inizino il lavoro vero e le spese. Discutete ogni sezione in una riunione anziché via e-mail e chiedete all'ufficio legale dell'amministrazione di verificarlo. Firmatelo, conservatelo con il processo e rivedetelo a ogni cambio di fase.",
      lv: "Sagatavojiet vienošanos kopīgi, tiklīdz zināmi partneri un mērķi, pirms sākas reāls darbs un izdevumi. Apspriediet katru sadaļu sanāksmē, nevis e-pastā, un lūdziet pārvaldes juristiem to pārbaudīt. Parakstiet to, glabājiet kopā ar procesu un pārskatiet katra posma maiņā.",
    },
    functions: ["organization", "decision"],
    problemProfiles: ["agree-shared-goals", "define-roles-responsibilities", "trust-pa-citizens"],
    tags: ["agreement", "partnership", "governance", "memorandum"],
    licence: "permissive",
    difficulty: "medium",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# Collaboration agreement

_This is a memorandum of understanding, not a procurement contract. Ask your legal office whether
a binding contract is also needed._

## 1. Parties

| Organisation | Type | Represented by | Contact |
| ------------ | ---- | -------------- | ------- |
|              |      |                |         |

## 2. Purpose

_What public service are we co-producing, for whom, and why together?_

## 3. Shared goals

1. 
2. 

## 4. Contributions

| Party | Time | Money | Knowledge / data | Other resources |
| ----- | ---- | ----- | ---------------- | --------------- |
|       |      |       |                  |                 |

## 5. Governance

- **Governance model:** C2G / G+G / G2C / C2C
- **How decisions are taken:** _consensus, consent, vote, final say of…_
- **Steering meetings:** _frequency_
- **Escalation of disagreements:** _see the conflict resolution guide_

## 6. Intellectual property and openness

- Results are published under: _e.g. CC BY 4.0 / EUPL-1.2_
- Each party keeps the rights to what it brought in.

## 7. Personal data

_Who is controller, who is processor? Link the data-sharing agreement if data is exchanged._

## 8. Communication

_Who may speak publicly about the process and how partners are credited._

## 9. Duration, review and exit

- Valid from _date_ to _date_; reviewed at each phase change.
- A party may leave with _N_ weeks' notice; what happens to its contributions:

## 10. Signatures

| Party | Name | Date | Signature |
| ----- | ---- | ---- | --------- |
|       |      |      |           |
`,
  },
  {
    id: "data-sharing-agreement",
    nature: "knowledge",
    name: {
      en: "Data-sharing agreement",
      es: "Acuerdo de intercambio de datos",
      it: "Accordo di condivisione dei dati",
      lv: "Datu koplietošanas līgums",
    },
    description: {
      en: "A template to agree which data partners exchange, on what legal basis, in which format, with what security and for how long.",
      es: "Una plantilla para acordar qué datos intercambian los socios, con qué base jurídica, en qué formato, con qué seguridad y durante cuánto tiempo.",
      it: "Un modello per concordare quali dati si scambiano i partner, con quale base giuridica, in quale formato, con quale sicurezza e per quanto tempo.",
      lv: "Veidne, lai vienotos, kādus datus partneri apmainās, uz kāda tiesiskā pamata, kādā formātā, ar kādu drošību un cik ilgi.",
    },
    instructions: {
      en: "Fill it in as soon as the service blueprint shows data moving between organisations. Involve the data protection officers of each party and list only the data that is strictly needed. Have it approved before any real personal data is exchanged, and link it from the DPIA.",
      es: "Se completa en cuanto el plano del servicio muestra datos que circulan entre organizaciones. Deben participar los delegados de protección de datos de cada parte y solo se enumeran los datos estrictamente necesarios. Se aprueba antes de intercambiar datos personales reales y se enlaza desde la EIPD.",
      it: "Compilatelo non appena il blueprint del servizio mostra dati che passano tra organizzazioni. Coinvolgete i responsabili della protezione dei dati di ogni parte ed elencate solo i dati strettamente necessari. Fatelo approvare prima di scambiare dati personali reali e collegatelo alla DPIA.",
      lv: "Aizpildiet to, tiklīdz pakalpojuma shēmā redzams, ka dati plūst starp organizācijām. Iesaistiet katras puses datu aizsardzības speciālistu un uzskaitiet tikai tos datus, kas ir patiešām nepieciešami. Apstipriniet to, pirms tiek apmainīti reāli personas dati, un ietekmes novērtējumā norādiet saiti uz to.",
    },
    functions: ["organization", "documentation"],
    problemProfiles: ["data-sharing-between-organisations", "legal-gdpr-compliance", "interoperability"],
    tags: ["data-sharing", "gdpr", "agreement", "interoperability"],
    licence: "permissive",
    difficulty: "difficult",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# Data-sharing agreement

_Template for discussion. It must be reviewed by the data protection officer (DPO) of every party._

## 1. Parties and roles

| Organisation | Role (controller / joint controller / processor / recipient) | DPO contact |
| ------------ | ------------------------------------------------------------ | ----------- |
|              |                                                              |             |

## 2. Purpose

_Why is the data shared? Which step of the service needs it?_

## 3. Data exchanged

| Dataset / field | Personal data? | Special category? | From | To | Why it is necessary |
| --------------- | -------------- | ----------------- | ---- | -- | ------------------- |
|                 | yes / no       | yes / no          |      |    |                     |

## 4. Legal basis

- GDPR article 6 basis: _e.g. 6(1)(e) public task, with reference to national law_
- Article 9 condition, if special categories are involved:
- Other legislation (sector law, once-only principle, open data):

## 5. Technical arrangements

| Item | Agreement |
| ---- | --------- |
| Format and standard (e.g. JSON, CSV, core vocabularies) | |
| Transfer channel (API, secure file transfer, X-Road) | |
| Frequency | |
| Encryption in transit and at rest | |
| Access control: who may see the data | |
| Logging of access | |

## 6. Retention and deletion

_How long each party keeps the data and how deletion is confirmed._

## 7. Data subject rights

_Which party answers requests for access, correction and erasure, and how requests are forwarded._

## 8. Security incidents

_Who notifies whom within how many hours; who informs the supervisory authority._

## 9. Review and termination

- Review date:
- What happens to the data when the agreement ends:

## 10. Approval

| Party | Name and role | Date |
| ----- | ------------- | ---- |
|       |               |      |
`,
  },
  {
    id: "risk-register",
    nature: "knowledge",
    name: {
      en: "Risk register",
      es: "Registro de riesgos",
      it: "Registro dei rischi",
      lv: "Risku reģistrs",
    },
    description: {
      en: "A template to list what could go wrong in the process or the service, how likely and serious it is, and who watches it.",
      es: "Una plantilla para enumerar lo que puede salir mal en el proceso o el servicio, su probabilidad y gravedad, y quién lo vigila.",
      it: "Un modello per elencare cosa può andare storto nel processo o nel servizio, con probabilità, gravità e responsabile del controllo.",
      lv: "Veidne, kurā uzskaitīt, kas procesā vai pakalpojumā var noiet greizi, cik tas ir iespējams un nopietni un kurš to uzrauga.",
    },
    instructions: {
      en: "Brainstorm risks with all partners at the start and at every phase change, including risks for participants, not only for the project. Score each risk, give it one owner and a concrete response. Review the top risks at every steering meeting and close the ones that no longer apply.",
      es: "Los riesgos se identifican con todos los socios al inicio y en cada cambio de fase, incluidos los riesgos para los participantes y no solo para el proyecto. Cada riesgo recibe una puntuación, un único responsable y una respuesta concreta. Los principales riesgos se revisan en cada reunión de coordinación y se cierran los que ya no aplican.",
      it: "Individuate i rischi con tutti i partner all'inizio e a ogni cambio di fase, includendo i rischi per i partecipanti e non solo per il progetto. Assegnate a ogni rischio un punteggio, un unico responsabile e una risposta concreta. Rivedete i rischi principali a ogni riunione di coordinamento e chiudete quelli non più validi.",
      lv: "Apzinieties riskus kopā ar visiem partneriem sākumā un katra posma maiņā, ietverot riskus dalībniekiem, ne tikai projektam. Katram riskam piešķiriet novērtējumu, vienu atbildīgo un konkrētu rīcību. Galvenos riskus pārskatiet katrā vadības sanāksmē un slēdziet tos, kas vairs nav aktuāli.",
    },
    functions: ["monitoring", "organization"],
    problemProfiles: ["manage-risks", "legal-gdpr-compliance"],
    tags: ["risk", "project-management", "monitoring"],
    licence: "permissive",
    difficulty: "medium",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# Risk register

**Process:** _name_ · **Last reviewed:** _YYYY-MM-DD_ · **Maintained by:** _name_

## Scoring

- **Likelihood:** 1 rare · 2 unlikely · 3 possible · 4 likely · 5 almost certain
- **Impact:** 1 negligible · 2 minor · 3 moderate · 4 major · 5 severe
- **Score** = likelihood × impact. 15 or more: act now. 8–14: plan a response. Below 8: monitor.

## Risks

| ID | Risk (cause → event → consequence) | Category | L | I | Score | Owner | Response | Status |
| -- | ---------------------------------- | -------- | - | - | ----- | ----- | -------- | ------ |
| R1 | | | | | | | | open |
| R2 | | | | | | | | open |
| R3 | | | | | | | | open |

Categories: participation · legal and data protection · financial · technical · political · reputational · safety of participants.

Responses: **avoid** (change the plan) · **reduce** (lower likelihood or impact) · **share** (insurance, partner) · **accept** (and watch).

## Prompts

- What if a key partner or champion leaves?
- What if nobody from the target group takes part?
- What if the budget or the political mandate changes?
- What if personal data leaks or is used for another purpose?
- What if the technology fails on launch day?
- What if expectations raised among citizens cannot be met?

## Closed risks

| ID | Closed on | Why |
| -- | --------- | --- |
|    |           |     |
`,
  },
  {
    id: "kpi-plan",
    nature: "knowledge",
    name: {
      en: "KPI plan",
      es: "Plan de indicadores clave (KPI)",
      it: "Piano degli indicatori chiave (KPI)",
      lv: "Galveno darbības rādītāju plāns",
    },
    description: {
      en: "A template to choose a few key performance indicators for the service, with baselines, targets, data sources and owners.",
      es: "Una plantilla para elegir unos pocos indicadores clave del servicio, con valores de partida, metas, fuentes de datos y responsables.",
      it: "Un modello per scegliere pochi indicatori chiave del servizio, con valori di partenza, obiettivi, fonti dei dati e responsabili.",
      lv: "Veidne, lai izvēlētos dažus pakalpojuma galvenos darbības rādītājus ar sākumvērtībām, mērķiem, datu avotiem un atbildīgajiem.",
    },
    instructions: {
      en: "Derive indicators from the shared goals, not from the data that happens to be available. Keep to five to eight indicators mixing outputs, outcomes and user experience, and measure the baseline before launch. Review the values on a fixed rhythm and record what you change because of them.",
      es: "Los indicadores se derivan de los objetivos comunes, no de los datos que casualmente están disponibles. Conviene limitarse a entre cinco y ocho indicadores que combinen productos, resultados y experiencia del usuario, y medir el valor de partida antes del lanzamiento. Los valores se revisan con un ritmo fijo y se anota qué se cambia a raíz de ellos.",
      it: "Ricavate gli indicatori dagli obiettivi comuni, non dai dati che capita di avere. Limitatevi a cinque-otto indicatori che combinino output, risultati ed esperienza degli utenti, e misurate il valore di partenza prima del lancio. Rivedete i valori con un ritmo fisso e annotate cosa cambiate in base a essi.",
      lv: "Atvasiniet rādītājus no kopīgajiem mērķiem, nevis no datiem, kas nejauši ir pieejami. Izvēlieties piecus līdz astoņus rādītājus, kas aptver rezultātus, ietekmi un lietotāju pieredzi, un izmēriet sākumvērtību pirms palaišanas. Pārskatiet vērtības regulāri un pierakstiet, ko to dēļ mainījāt.",
    },
    functions: ["monitoring", "evaluation"],
    problemProfiles: ["measure-impact", "agree-shared-goals"],
    tags: ["kpi", "indicators", "monitoring", "performance"],
    licence: "permissive",
    difficulty: "medium",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# KPI plan

**Service:** _name_ · **Version:** _date_ · **Owner of this plan:** _name_

## Goals the indicators serve

1. _Goal from the collaboration agreement_
2. 

## Indicators

| # | Indicator | Type | Definition and formula | Baseline (date) | Target (date) | Data source | Frequency | Owner |
| - | --------- | ---- | ---------------------- | --------------- | ------------- | ----------- | --------- | ----- |
| 1 | | output | | | | | | |
| 2 | | outcome | | | | | | |
| 3 | | experience | | | | | | |
| 4 | | efficiency | | | | | | |
| 5 | | inclusion | | | | | | |

Types: **output** (what the service delivers), **outcome** (what changes for people), **experience**
(satisfaction, effort, trust), **efficiency** (time, cost), **inclusion** (who is reached, by group).

## Good indicator checklist

- [ ] Linked to a goal above
- [ ] Clearly defined so two people would calculate the same value
- [ ] Data can be collected without disproportionate cost or personal data
- [ ] Can be broken down by group (age, gender, district, disability) where relevant
- [ ] Someone will act on it if it goes off track

## Examples

- Share of applications completed online without help
- Median days from request to decision
- Share of users who rate the service 4 or 5 out of 5
- Number of participants from the target group in co-design sessions

## Review log

| Date | Indicator | Value | Interpretation | Action decided |
| ---- | --------- | ----- | -------------- | -------------- |
|      |           |       |                |                |
`,
  },
  {
    id: "handover-checklist",
    nature: "knowledge",
    name: {
      en: "Service handover checklist",
      es: "Lista de comprobación para el traspaso del servicio",
      it: "Checklist per il passaggio di consegne del servizio",
      lv: "Pakalpojuma nodošanas kontrolsaraksts",
    },
    description: {
      en: "A checklist to hand a co-produced service over to the organisation that will run it, so nothing is lost in the transfer.",
      es: "Una lista de comprobación para traspasar un servicio coproducido a la organización que lo gestionará, sin que nada se pierda.",
      it: "Una checklist per consegnare un servizio coprodotto all'organizzazione che lo gestirà, senza perdere nulla nel passaggio.",
      lv: "Kontrolsaraksts kopradē izveidota pakalpojuma nodošanai organizācijai, kas to uzturēs, lai nekas netiktu pazaudēts.",
    },
    instructions: {
      en: "Agree on the receiving organisation and a handover date early in the Sustain phase. Go through the checklist in a joint meeting, assign an owner to every open item and run the service together for a short overlap period. Sign off only when the receiving team confirms it can run the service alone.",
      es: "Al comienzo de la fase de sostenibilidad se acuerdan la organización receptora y la fecha de traspaso. La lista se revisa en una reunión conjunta, cada punto pendiente recibe un responsable y el servicio se gestiona en común durante un breve periodo de solapamiento. Solo se cierra cuando el equipo receptor confirma que puede gestionarlo por sí solo.",
      it: "Concordate l'organizzazione ricevente e la data del passaggio all'inizio della fase di sostenibilità. Esaminate la checklist in una riunione congiunta, assegnate un responsabile a ogni punto aperto e gestite il servizio insieme per un breve periodo di affiancamento. Chiudete solo quando il team ricevente conferma di poterlo gestire da solo.",
      lv: "Ilgtspējas posma sākumā vienojieties par organizāciju, kas pārņems pakalpojumu, un nodošanas datumu. Izejiet cauri kontrolsarakstam kopīgā sanāksmē, katram atvērtajam punktam norīkojiet atbildīgo un īsu pārejas periodu vadiet pakalpojumu kopā. Noslēdziet nodošanu tikai tad, kad pārņēmēju komanda apstiprina, ka spēj pakalpojumu uzturēt patstāvīgi.",
    },
    functions: ["organization", "documentation"],
    problemProfiles: ["service-handover", "financial-sustainability", "knowledge-reuse"],
    tags: ["handover", "transition", "operations", "sustainability"],
    licence: "permissive",
    difficulty: "medium",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# Service handover checklist

**Service:** _name_ · **From:** _co-production team_ · **To:** _receiving organisation_
**Planned handover date:** _YYYY-MM-DD_ · **Overlap period:** _from – to_

## Ownership and governance

- [ ] Service owner named in the receiving organisation
- [ ] Decision rights and budget line confirmed in writing
- [ ] Collaboration agreement updated or closed
- [ ] Partners who stay involved, and their role, agreed

## People and knowledge

- [ ] Staff who will run the service trained
- [ ] Operating manual and FAQ written and tested by someone new
- [ ] Contact list of partners, suppliers and community contacts handed over
- [ ] Lessons-learned document shared

## Technology and data

- [ ] Source code, credentials and hosting transferred through a secure channel
- [ ] Domain names, accounts and licences moved to the receiving organisation
- [ ] Backups tested by restoring them
- [ ] Data-sharing agreements and DPIA transferred to the new controller
- [ ] Records of processing updated

## Users

- [ ] Users informed of any change in contact points
- [ ] Support channel and response times published
- [ ] Feedback channel kept open

## Monitoring

- [ ] KPI plan and dashboards handed over, with baseline values
- [ ] Date of the first review after handover set

## Open items

| Item | Owner | Due date | Status |
| ---- | ----- | -------- | ------ |
|      |       |          |        |

## Sign-off

| Role | Name | Organisation | Date |
| ---- | ---- | ------------ | ---- |
| Handing over | | | |
| Receiving | | | |
`,
  },
  {
    id: "co-design-workshop-plan",
    nature: "knowledge",
    name: {
      en: "Co-design workshop plan",
      es: "Plan de taller de codiseño",
      it: "Piano del workshop di co-progettazione",
      lv: "Kopīgas projektēšanas darbnīcas plāns",
    },
    description: {
      en: "A template to plan a co-design workshop minute by minute: purpose, participants, accessibility, activities and follow-up.",
      es: "Una plantilla para planificar un taller de codiseño minuto a minuto: propósito, participantes, accesibilidad, actividades y seguimiento.",
      it: "Un modello per pianificare un workshop di co-progettazione minuto per minuto: scopo, partecipanti, accessibilità, attività e seguito.",
      lv: "Veidne kopīgas projektēšanas darbnīcas plānošanai minūti pa minūtei: mērķis, dalībnieki, piekļūstamība, aktivitātes un turpmākā rīcība.",
    },
    instructions: {
      en: "Start from the one question the workshop must answer and the people who must be in the room. Plan the agenda with timings and a facilitator for each activity, and check the venue and materials for accessibility. After the workshop, fill in the outputs section and share it with participants within a week.",
      es: "Se parte de la única pregunta que el taller debe responder y de las personas que deben estar presentes. La agenda se planifica con tiempos y una persona facilitadora por actividad, y se comprueba la accesibilidad del lugar y los materiales. Después del taller se completa la sección de resultados y se comparte con los participantes en una semana.",
      it: "Partite dall'unica domanda a cui il workshop deve rispondere e dalle persone che devono essere presenti. Pianificate l'agenda con tempi e un facilitatore per ogni attività e verificate l'accessibilità di luogo e materiali. Dopo il workshop compilate la sezione dei risultati e condividetela con i partecipanti entro una settimana.",
      lv: "Sāciet ar vienu jautājumu, uz kuru darbnīcai jāatbild, un cilvēkiem, kuriem jābūt klāt. Plānojiet darba kārtību ar laikiem un vadītāju katrai aktivitātei un pārbaudiet telpu un materiālu piekļūstamību. Pēc darbnīcas aizpildiet rezultātu sadaļu un nedēļas laikā kopīgojiet to ar dalībniekiem.",
    },
    functions: ["engagement", "organization", "scheduling"],
    problemProfiles: ["generate-ideas", "low-citizen-engagement", "understand-user-needs"],
    tags: ["workshop", "co-design", "facilitation", "participation"],
    licence: "permissive",
    difficulty: "medium",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# Co-design workshop plan

## Basics

| Item | Detail |
| ---- | ------ |
| Question the workshop must answer | |
| Expected outputs | |
| Date, time, duration | |
| Place or online room | |
| Facilitators and note-taker | |

## Participants

| Group | Number | How we invite them | Support needed (childcare, travel, interpretation) |
| ----- | ------ | ------------------ | -------------------------------------------------- |
| Citizens / users | | | |
| Public administration | | | |
| Nonprofits | | | |
| Companies | | | |

## Accessibility and inclusion

- [ ] Step-free venue, accessible toilets, hearing loop or captions online
- [ ] Materials in plain language and, if needed, other languages
- [ ] Time chosen for people who work or care for others
- [ ] Compensation or thanks for citizens' time agreed
- [ ] Consent for photos, recordings and personal data collected

## Agenda

| Time | Activity | Method | Facilitator | Materials |
| ---- | -------- | ------ | ----------- | --------- |
| 0:00 | Welcome, purpose, ground rules | | | |
| 0:15 | Warm-up | | | |
| 0:30 | Understand: share insights, personas, journey | | | |
| 1:00 | Ideate: "How might we…?" | | | |
| 1:45 | Break | | | |
| 2:00 | Select and shape ideas | dot voting | | |
| 2:40 | Next steps and feedback | | | |
| 3:00 | Close | | | |

## Outputs (fill in after the workshop)

- Ideas selected:
- Decisions taken:
- Open questions:
- Feedback from participants:

## Follow-up

| Action | Who | By when |
| ------ | --- | ------- |
| Send summary and thanks to participants | | within 1 week |
`,
  },
  {
    id: "meeting-minutes",
    nature: "knowledge",
    name: {
      en: "Meeting minutes",
      es: "Acta de reunión",
      it: "Verbale della riunione",
      lv: "Sanāksmes protokols",
    },
    description: {
      en: "A template to record who attended a meeting, what was discussed, what was decided and who does what next.",
      es: "Una plantilla para registrar quién asistió a una reunión, qué se trató, qué se decidió y quién hace qué a continuación.",
      it: "Un modello per registrare chi ha partecipato a una riunione, cosa si è discusso, cosa si è deciso e chi fa cosa dopo.",
      lv: "Veidne, kurā pierakstīt, kas piedalījās sanāksmē, kas tika apspriests, kas nolemts un kurš ko darīs tālāk.",
    },
    instructions: {
      en: "Appoint a note-taker at the start of every meeting and write the minutes live in the shared document. Record decisions and actions in full sentences with an owner and a date. Share the minutes within two days and copy important decisions into the decision log.",
      es: "Al inicio de cada reunión se designa a una persona que toma notas y el acta se redacta en directo en el documento compartido. Las decisiones y acciones se anotan en frases completas, con responsable y fecha. El acta se comparte en un plazo de dos días y las decisiones importantes se copian en el registro de decisiones.",
      it: "All'inizio di ogni riunione nominate chi prende appunti e scrivete il verbale in diretta nel documento condiviso. Registrate decisioni e azioni con frasi complete, un responsabile e una data. Condividete il verbale entro due giorni e copiate le decisioni importanti nel registro delle decisioni.",
      lv: "Katras sanāksmes sākumā norīkojiet protokolētāju un rakstiet protokolu tiešsaistē koplietotajā dokumentā. Lēmumus un darbības pierakstiet pilnos teikumos ar atbildīgo un termiņu. Kopīgojiet protokolu divu dienu laikā un svarīgos lēmumus pārnesiet uz lēmumu žurnālu.",
    },
    functions: ["documentation", "communication"],
    problemProfiles: ["document-decisions", "communicate-progress"],
    tags: ["minutes", "meetings", "documentation", "actions"],
    licence: "permissive",
    difficulty: "very_easy",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# Meeting minutes

| Item | Detail |
| ---- | ------ |
| Meeting | _e.g. steering group #4_ |
| Date and time | |
| Place / online link | |
| Chair | |
| Note-taker | |

## Attendees

| Name | Organisation | Role |
| ---- | ------------ | ---- |
|      |              |      |

**Apologies:** _names_

## Agenda

1. Review of actions from the last meeting
2. 
3. 
4. Any other business

## Actions from the last meeting

| Action | Owner | Status |
| ------ | ----- | ------ |
|        |       | done / ongoing / dropped |

## Discussion

### 1. _Agenda item_

- Main points raised:
- Different views:

### 2. _Agenda item_

- 

## Decisions

| # | Decision | Agreed by | Added to decision log? |
| - | -------- | --------- | ---------------------- |
| D1 | | | yes / no |

## Actions

| # | Action | Owner | Due date |
| - | ------ | ----- | -------- |
| A1 | | | |

## Next meeting

_Date, time, place and first agenda items._
`,
  },
  {
    id: "decision-log",
    nature: "knowledge",
    name: {
      en: "Decision log",
      es: "Registro de decisiones",
      it: "Registro delle decisioni",
      lv: "Lēmumu žurnāls",
    },
    description: {
      en: "A template to keep one running record of every important decision, its reasons, the options rejected and who agreed.",
      es: "Una plantilla para llevar un registro continuo de cada decisión importante, sus motivos, las opciones descartadas y quién la aprobó.",
      it: "Un modello per tenere un registro continuo di ogni decisione importante, delle sue ragioni, delle opzioni scartate e di chi l'ha approvata.",
      lv: "Veidne vienota, nepārtraukta pieraksta uzturēšanai par katru svarīgu lēmumu, tā pamatojumu, noraidītajām iespējām un apstiprinātājiem.",
    },
    instructions: {
      en: "Keep one log per process and add an entry whenever a decision changes scope, money, data, design or partners. Write the context and the options considered, not only the outcome, so newcomers understand why. Link each entry to the minutes or vote where it was taken.",
      es: "Se mantiene un registro por proceso y se añade una entrada cada vez que una decisión cambia el alcance, el dinero, los datos, el diseño o los socios. Se anotan el contexto y las opciones consideradas, no solo el resultado, para que quien llegue después entienda el porqué. Cada entrada se enlaza con el acta o la votación correspondiente.",
      it: "Tenete un registro per processo e aggiungete una voce ogni volta che una decisione cambia ambito, risorse, dati, progettazione o partner. Scrivete il contesto e le opzioni considerate, non solo l'esito, così che chi arriva dopo capisca il perché. Collegate ogni voce al verbale o alla votazione in cui è stata presa.",
      lv: "Uzturiet vienu žurnālu katram procesam un pievienojiet ierakstu ikreiz, kad lēmums maina tvērumu, finansējumu, datus, dizainu vai partnerus. Pierakstiet kontekstu un apsvērtās iespējas, ne tikai iznākumu, lai jaunpienācēji saprastu, kāpēc. Katru ierakstu sasaistiet ar protokolu vai balsojumu, kurā lēmums pieņemts.",
    },
    functions: ["decision", "documentation"],
    problemProfiles: ["document-decisions", "collective-decision-making", "trust-pa-citizens"],
    tags: ["decisions", "accountability", "transparency", "documentation"],
    licence: "permissive",
    difficulty: "very_easy",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# Decision log

**Process:** _name_ · **Maintained by:** _name_

## How we decide

- Decision rule: _consensus / consent / majority vote / final say of the PA on legal matters_
- Who must be consulted before a decision on data, money or public commitments:
- Where decisions are announced:

## Summary

| ID | Date | Decision | Status | Link |
| -- | ---- | -------- | ------ | ---- |
| D-001 | | | proposed / agreed / superseded | |
| D-002 | | | | |

## Decision records

### D-001: _short title_

- **Date:**
- **Context:** _What situation or problem made a decision necessary?_
- **Options considered:**
  1. _Option A: pros / cons_
  2. _Option B: pros / cons_
- **Decision:** _What was decided, in one or two sentences._
- **Reasons:** _Why this option, with evidence._
- **Who took part / who agreed:**
- **Dissent recorded:** _Views that were not followed, if any._
- **Consequences:** _What changes, what must be done, what is now harder._
- **Review date or trigger:**
- **Supersedes / superseded by:**

### D-002: _short title_

- **Date:**
- **Context:**
- **Options considered:**
- **Decision:**
- **Reasons:**
- **Who took part / who agreed:**
`,
  },
  {
    id: "communication-plan",
    nature: "knowledge",
    name: {
      en: "Communication plan",
      es: "Plan de comunicación",
      it: "Piano di comunicazione",
      lv: "Komunikācijas plāns",
    },
    description: {
      en: "A template to plan who needs to hear what about the process, through which channel, when and from whom.",
      es: "Una plantilla para planificar quién debe saber qué sobre el proceso, por qué canal, cuándo y de boca de quién.",
      it: "Un modello per pianificare chi deve sapere cosa sul processo, attraverso quale canale, quando e da chi.",
      lv: "Veidne, lai plānotu, kam, ko, pa kādu kanālu, kad un no kura jāuzzina par procesu.",
    },
    instructions: {
      en: "Write the plan right after the stakeholder map and reuse its groups as audiences. For each audience agree on key messages, channels and a rhythm, and name one person responsible. Check monthly whether messages reached people and adjust the channels that do not work.",
      es: "El plan se redacta justo después del mapa de actores, cuyos grupos se reutilizan como públicos. Para cada público se acuerdan mensajes clave, canales y frecuencia, con una persona responsable. Cada mes se comprueba si los mensajes han llegado y se ajustan los canales que no funcionan.",
      it: "Scrivete il piano subito dopo la mappa degli stakeholder e riutilizzatene i gruppi come pubblici. Per ogni pubblico concordate messaggi chiave, canali e frequenza, e nominate una persona responsabile. Verificate ogni mese se i messaggi sono arrivati e modificate i canali che non funzionano.",
      lv: "Sagatavojiet plānu uzreiz pēc ieinteresēto pušu kartes un izmantojiet tās grupas kā mērķauditorijas. Katrai auditorijai vienojieties par galvenajiem vēstījumiem, kanāliem un biežumu un nosakiet vienu atbildīgo. Katru mēnesi pārbaudiet, vai vēstījumi sasniedza cilvēkus, un mainiet kanālus, kas nedarbojas.",
    },
    functions: ["communication", "organization"],
    problemProfiles: ["communicate-progress", "low-citizen-engagement", "trust-pa-citizens"],
    tags: ["communication", "outreach", "messaging", "channels"],
    licence: "permissive",
    difficulty: "easy",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# Communication plan

**Process:** _name_ · **Period:** _from – to_ · **Communication lead:** _name_

## Objectives

_What should people know, feel or do because of our communication?_

1. 
2. 

## Audiences and messages

| Audience | What they need to know | Key message | Tone |
| -------- | ---------------------- | ----------- | ---- |
| Participants | | | |
| Wider public | | | |
| Target users of the service | | | |
| Decision makers (council, management) | | | |
| Partner organisations | | | |
| Media | | | |

## Channels

| Channel | Audience | Owner | Accessible? (plain language, alt text, captions) |
| ------- | -------- | ----- | ----------------------------------------------- |
| Process page on the platform | | | |
| Newsletter / e-mail | | | |
| Social media | | | |
| Local media, radio | | | |
| Posters, libraries, community centres | | | |
| Partners' own channels | | | |

## Calendar

| When | What | Channel | Audience | Who | Done |
| ---- | ---- | ------- | -------- | --- | ---- |
|      |      |         |          |     | [ ]  |

## Closing the loop

_How do we tell participants what happened with their input?_

## Measuring reach

| Indicator | Target | Result |
| --------- | ------ | ------ |
| People reached | | |
| New participants via each channel | | |
`,
  },
  {
    id: "engagement-plan",
    nature: "knowledge",
    name: {
      en: "Engagement plan",
      es: "Plan de participación",
      it: "Piano di coinvolgimento",
      lv: "Iesaistes plāns",
    },
    description: {
      en: "A template to decide who takes part at each step, at what level of participation, with which methods and what support.",
      es: "Una plantilla para decidir quién participa en cada paso, con qué nivel de participación, con qué métodos y con qué apoyo.",
      it: "Un modello per decidere chi partecipa a ogni passo, con quale livello di partecipazione, con quali metodi e con quale supporto.",
      lv: "Veidne, lai izlemtu, kas piedalās katrā solī, kādā līdzdalības līmenī, ar kādām metodēm un kādu atbalstu.",
    },
    instructions: {
      en: "Use the stakeholder map to decide, for each phase, which groups inform, consult, co-design or co-decide. Choose methods that fit each group, plan how to remove barriers and be honest about what participants can and cannot influence. Track participation against the plan and adjust outreach where groups are missing.",
      es: "A partir del mapa de actores se decide, para cada fase, qué grupos reciben información, son consultados, codiseñan o codeciden. Se eligen métodos adecuados a cada grupo, se planifica cómo eliminar barreras y se explica con honestidad qué pueden y qué no pueden influir los participantes. La participación se compara con el plan y se refuerza la difusión donde faltan grupos.",
      it: "Usate la mappa degli stakeholder per decidere, per ogni fase, quali gruppi vengono informati, consultati, co-progettano o co-decidono. Scegliete metodi adatti a ciascun gruppo, pianificate come rimuovere le barriere e siate onesti su cosa i partecipanti possono e non possono influenzare. Confrontate la partecipazione con il piano e rafforzate il contatto dove mancano gruppi.",
      lv: "Izmantojot ieinteresēto pušu karti, katram posmam izlemiet, kuras grupas tiek informētas, konsultētas, piedalās kopīgā projektēšanā vai kopīgā lēmumu pieņemšanā. Izvēlieties katrai grupai piemērotas metodes, plānojiet šķēršļu novēršanu un godīgi pasakiet, ko dalībnieki var un ko nevar ietekmēt. Salīdziniet faktisko līdzdalību ar plānu un pastipriniet uzrunāšanu, ja kādu grupu trūkst.",
    },
    functions: ["engagement", "organization"],
    problemProfiles: [
      "identify-stakeholders",
      "low-citizen-engagement",
      "reach-vulnerable-groups",
      "volunteer-motivation",
    ],
    tags: ["engagement", "participation", "outreach", "inclusion"],
    licence: "permissive",
    difficulty: "medium",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# Engagement plan

**Process:** _name_ · **Engagement lead:** _name_ · **Version:** _date_

## Promise to participants

_In one paragraph: what participants can influence, what is already decided, and how we will report back._

## Levels of participation

| Level | Meaning |
| ----- | ------- |
| Inform | We tell people what is happening |
| Consult | We ask for views and explain how they were used |
| Co-design | People shape options with us |
| Co-decide | People share the decision |
| Co-deliver | People help run the service |

## Plan per phase

| Phase | Group | Level | Method | Number | Dates | Lead |
| ----- | ----- | ----- | ------ | ------ | ----- | ---- |
| Engage | | | | | | |
| Design | | | | | | |
| Build | | | | | | |
| Sustain | | | | | | |

## Removing barriers

| Group | Barrier | What we do about it |
| ----- | ------- | ------------------- |
| | time / cost | _evening sessions, travel refund_ |
| | language | _interpreters, plain language_ |
| | digital skills | _paper and phone options, helpers_ |
| | disability | _accessible venue, captions, easy-read_ |
| | trust | _meet where they are, via trusted organisations_ |

## Recognition

_How we thank and credit participants (certificate, voucher, public credit, feedback)._

## Tracking

| Date | Activity | Participants (by group) | Gaps noticed | Adjustment |
| ---- | -------- | ----------------------- | ------------ | ---------- |
|      |          |                         |              |            |
`,
  },
  {
    id: "dpia-gdpr-checklist",
    nature: "knowledge",
    name: {
      en: "GDPR and DPIA checklist",
      es: "Lista de comprobación del RGPD y la EIPD",
      it: "Checklist GDPR e DPIA",
      lv: "VDAR un ietekmes novērtējuma kontrolsaraksts",
    },
    description: {
      en: "A checklist to see whether a service complies with the GDPR and whether a data protection impact assessment (DPIA) is required.",
      es: "Una lista para comprobar si un servicio cumple el RGPD y si necesita una evaluación de impacto relativa a la protección de datos (EIPD).",
      it: "Una checklist per verificare se un servizio è conforme al GDPR e se serve una valutazione d'impatto sulla protezione dei dati (DPIA).",
      lv: "Kontrolsaraksts, lai pārbaudītu, vai pakalpojums atbilst VDAR un vai nepieciešams novērtējums par ietekmi uz datu aizsardzību.",
    },
    instructions: {
      en: "Go through the checklist as soon as the design shows what personal data the service will use, together with the data protection officer. Answer every screening question; if two or more are yes, carry out a full DPIA before building. Update the checklist whenever the data flows change.",
      es: "La lista se revisa junto con el delegado de protección de datos en cuanto el diseño muestra qué datos personales usará el servicio. Hay que responder a todas las preguntas de cribado; si dos o más son afirmativas, se realiza una EIPD completa antes de construir. La lista se actualiza siempre que cambian los flujos de datos.",
      it: "Esaminate la checklist con il responsabile della protezione dei dati non appena la progettazione mostra quali dati personali userà il servizio. Rispondete a tutte le domande preliminari; se due o più risposte sono sì, svolgete una DPIA completa prima della realizzazione. Aggiornate la checklist ogni volta che cambiano i flussi di dati.",
      lv: "Izejiet cauri kontrolsarakstam kopā ar datu aizsardzības speciālistu, tiklīdz dizains parāda, kādus personas datus pakalpojums izmantos. Atbildiet uz visiem atlases jautājumiem; ja divas vai vairāk atbildes ir 'jā', pirms izveides veiciet pilnu ietekmes novērtējumu. Atjauniniet sarakstu ikreiz, kad mainās datu plūsmas.",
    },
    functions: ["documentation", "evaluation"],
    problemProfiles: ["legal-gdpr-compliance", "data-sharing-between-organisations", "manage-risks"],
    tags: ["gdpr", "dpia", "privacy", "data-protection", "compliance"],
    licence: "permissive",
    difficulty: "difficult",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# GDPR and DPIA checklist

_This checklist supports, but does not replace, the advice of your data protection officer (DPO)._

**Service:** _name_ · **Controller:** _organisation_ · **DPO consulted on:** _date_

## 1. Personal data inventory

| Data | Whose | Why needed | Legal basis (art. 6) | Special category (art. 9)? | Retention |
| ---- | ----- | ---------- | -------------------- | -------------------------- | --------- |
|      |       |            |                      |                            |           |

## 2. Principles

- [ ] Each purpose is specific and written down (purpose limitation)
- [ ] Only data that is strictly needed is collected (data minimisation)
- [ ] Data is kept only as long as needed and then deleted
- [ ] Data is accurate and people can correct it
- [ ] Security measures are documented (access control, encryption, logging)
- [ ] The processing is listed in the record of processing activities

## 3. Transparency and rights

- [ ] Privacy notice in plain language, in the languages of the users
- [ ] Procedure to answer access, rectification, erasure and objection requests within one month
- [ ] Consent, where used, is freely given, specific, recorded and as easy to withdraw as to give

## 4. Processors and transfers

- [ ] Contracts with processors (hosting, survey tools, e-mail) under article 28
- [ ] No transfer outside the EEA, or a valid transfer mechanism is in place

## 5. Does this service need a DPIA? (screening)

| Criterion | Yes / No |
| --------- | -------- |
| Evaluation or scoring of people, including profiling | |
| Automated decisions with legal or similar effect | |
| Systematic monitoring (e.g. of public spaces) | |
| Special categories or highly personal data (health, social aid) | |
| Large-scale processing | |
| Matching or combining datasets from different sources | |
| Vulnerable data subjects (children, patients, asylum seekers) | |
| Innovative technology (AI, biometrics, IoT) | |
| Processing that prevents people from using a service or right | |

Two or more "yes" answers: a DPIA is normally required before processing starts.

## 6. DPIA summary (if required)

| Risk to people | Likelihood | Severity | Measure | Residual risk |
| -------------- | ---------- | -------- | ------- | ------------- |
|                |            |          |         |               |

**DPO opinion:** _summary_ · **Decision and sign-off:** _name, date_
`,
  },
  {
    id: "accessibility-checklist",
    nature: "knowledge",
    name: {
      en: "Accessibility checklist",
      es: "Lista de comprobación de accesibilidad",
      it: "Checklist di accessibilità",
      lv: "Piekļūstamības kontrolsaraksts",
    },
    description: {
      en: "A checklist based on WCAG 2.2 and EN 301 549 to check that a digital service, its documents and its events are accessible.",
      es: "Una lista basada en WCAG 2.2 y EN 301 549 para comprobar que un servicio digital, sus documentos y sus eventos son accesibles.",
      it: "Una checklist basata su WCAG 2.2 ed EN 301 549 per verificare che un servizio digitale, i suoi documenti e i suoi eventi siano accessibili.",
      lv: "Kontrolsaraksts, kas balstīts uz WCAG 2.2 un EN 301 549, lai pārbaudītu digitāla pakalpojuma, tā dokumentu un pasākumu piekļūstamību.",
    },
    instructions: {
      en: "Use the checklist while designing, not only before launch, and test with keyboard only, a screen reader and zoom at 200%. Ask people with disabilities to test the prototype and pay them for their time. Record failures as tasks and publish the accessibility statement the law requires.",
      es: "La lista se usa durante el diseño, no solo antes del lanzamiento, y se prueba solo con teclado, con un lector de pantalla y con zoom al 200 %. Se pide a personas con discapacidad que prueben el prototipo y se les remunera su tiempo. Los fallos se registran como tareas y se publica la declaración de accesibilidad que exige la ley.",
      it: "Usate la checklist durante la progettazione, non solo prima del lancio, e fate prove con la sola tastiera, con un lettore di schermo e con zoom al 200%. Chiedete a persone con disabilità di provare il prototipo e retribuite il loro tempo. Registrate i problemi come attività e pubblicate la dichiarazione di accessibilità prevista dalla legge.",
      lv: "Izmantojiet kontrolsarakstu jau dizaina laikā, ne tikai pirms palaišanas, un testējiet tikai ar tastatūru, ar ekrāna lasītāju un ar 200% tālummaiņu. Lūdziet cilvēkiem ar invaliditāti testēt prototipu un samaksājiet viņiem par laiku. Atrastās nepilnības reģistrējiet kā uzdevumus un publicējiet likumā prasīto piekļūstamības paziņojumu.",
    },
    functions: ["evaluation", "documentation"],
    problemProfiles: ["accessibility", "reach-vulnerable-groups", "test-with-users"],
    tags: ["accessibility", "wcag", "en-301-549", "inclusion", "testing"],
    licence: "permissive",
    difficulty: "medium",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# Accessibility checklist

**Service / page tested:** _name, URL_ · **Tested by:** _names_ · **Date:** _YYYY-MM-DD_
**Target:** WCAG 2.2 level AA (EN 301 549, Web Accessibility Directive)

## Perceivable

- [ ] Every image has a text alternative; decorative images are hidden from screen readers
- [ ] Videos have captions; audio has a transcript
- [ ] Text contrast is at least 4.5:1 (3:1 for large text and interface parts)
- [ ] Information is not conveyed by colour alone
- [ ] Content reflows at 320 px width and 400% zoom without horizontal scrolling

## Operable

- [ ] Everything works with a keyboard; focus is always visible and never trapped
- [ ] A "skip to content" link exists; headings and landmarks structure each page
- [ ] Time limits can be extended; nothing flashes more than three times a second
- [ ] Targets are at least 24 × 24 CSS pixels
- [ ] Drag-and-drop actions have a single-pointer alternative

## Understandable

- [ ] Page language is set; text is in plain language
- [ ] Form fields have visible labels and instructions
- [ ] Errors are described in text with a suggestion to fix them
- [ ] No information is asked twice in the same process
- [ ] Login does not rely on a memory or puzzle test alone

## Robust

- [ ] Valid semantic HTML; custom controls expose name, role and value
- [ ] Status messages are announced to screen readers

## Documents and events

- [ ] PDFs and office documents are tagged, or an accessible HTML version exists
- [ ] Meetings offer captions, sign language or a hearing loop on request
- [ ] Venues are step-free; invitations ask about access needs

## Tests performed

| Test | Tool / person | Result | Issues found |
| ---- | ------------- | ------ | ------------ |
| Automated check | _e.g. axe_ | | |
| Keyboard only | | | |
| Screen reader | _NVDA, VoiceOver_ | | |
| Test with disabled users | | | |

## Accessibility statement

- [ ] Statement published, with known issues, date and a feedback contact
`,
  },
  {
    id: "business-model-canvas",
    nature: "knowledge",
    name: {
      en: "Business model canvas for public services",
      es: "Lienzo del modelo de negocio para servicios públicos",
      it: "Canvas del modello di business per servizi pubblici",
      lv: "Biznesa modeļa audekls publiskajiem pakalpojumiem",
    },
    description: {
      en: "The nine-block business model canvas adapted to co-produced public services, to describe how a service creates, delivers and funds value.",
      es: "El lienzo de nueve bloques adaptado a servicios públicos coproducidos, para describir cómo un servicio crea, entrega y financia valor.",
      it: "Il canvas in nove blocchi adattato ai servizi pubblici coprodotti, per descrivere come un servizio crea, eroga e finanzia valore.",
      lv: "Deviņu bloku biznesa modeļa audekls, pielāgots kopradē veidotiem publiskajiem pakalpojumiem, lai aprakstītu, kā pakalpojums rada, sniedz un finansē vērtību.",
    },
    instructions: {
      en: "Fill in the canvas together with all partners when the service concept is stable, starting with the beneficiaries and the value proposition. Make the contribution of volunteers and in-kind resources explicit, not only money. Test the riskiest assumptions before the Sustain phase and keep the canvas next to the sustainability plan.",
      es: "El lienzo se completa con todos los socios cuando el concepto del servicio es estable, empezando por los beneficiarios y la propuesta de valor. La aportación del voluntariado y los recursos en especie se hacen explícitos, no solo el dinero. Las hipótesis más arriesgadas se prueban antes de la fase de sostenibilidad y el lienzo se guarda junto al plan de sostenibilidad.",
      it: "Compilate il canvas con tutti i partner quando il concetto del servizio è stabile, partendo dai beneficiari e dalla proposta di valore. Rendete esplicito il contributo dei volontari e delle risorse in natura, non solo del denaro. Verificate le ipotesi più rischiose prima della fase di sostenibilità e tenete il canvas accanto al piano di sostenibilità.",
      lv: "Aizpildiet audeklu kopā ar visiem partneriem, kad pakalpojuma koncepcija ir stabila, sākot ar labuma guvējiem un vērtības piedāvājumu. Skaidri parādiet brīvprātīgo ieguldījumu un nemateriālos resursus, ne tikai naudu. Pārbaudiet riskantākos pieņēmumus pirms ilgtspējas posma un glabājiet audeklu kopā ar ilgtspējas plānu.",
    },
    functions: ["decision", "documentation"],
    problemProfiles: ["financial-sustainability", "agree-shared-goals"],
    tags: ["business-model", "canvas", "sustainability", "funding"],
    licence: "copyleft",
    difficulty: "medium",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# Business model canvas for a public service

_Adapted from the Business Model Canvas by Strategyzer (CC BY-SA 3.0). This adaptation is shared under the same licence._

**Service:** _name_ · **Version:** _date_ · **Authors:** _partners_

## 1. Beneficiaries and users

_Who benefits? Who uses it? Who pays, if different? Segment by need, not by administrative category._

## 2. Value proposition

_Which problem does the service solve for each group? What public value does it create (inclusion, trust, savings)?_

## 3. Channels

_How people learn about, reach and use the service (online, counter, phone, partners, outreach)._

## 4. Relationships

_Self-service, personal assistance, community, peer support. How is trust built and kept?_

## 5. Funding streams

| Source | Type (budget line, grant, fee, sponsorship, in-kind) | Amount / year | Secure until |
| ------ | ---------------------------------------------------- | ------------- | ------------ |
|        |                                                      |               |              |

## 6. Key resources

_People, volunteers, data, software, buildings, legal mandate._

## 7. Key activities

_What must be done every week for the service to work?_

## 8. Key partners

| Partner | What they provide | What they get |
| ------- | ----------------- | ------------- |
|         |                   |               |

## 9. Cost structure

| Cost item | Fixed / variable | Amount / year | Paid by |
| --------- | ---------------- | ------------- | ------- |
|           |                  |               |         |

## Public value and impact

_Social, environmental and democratic effects; who would bear the cost if the service stopped?_

## Riskiest assumptions

1. 
2. 
`,
  },
  {
    id: "value-proposition-canvas",
    nature: "knowledge",
    name: {
      en: "Value proposition canvas",
      es: "Lienzo de la propuesta de valor",
      it: "Canvas della proposta di valore",
      lv: "Vērtības piedāvājuma audekls",
    },
    description: {
      en: "A template to check that what the service offers really matches the jobs, pains and gains of a specific user group.",
      es: "Una plantilla para comprobar que lo que ofrece el servicio corresponde de verdad a las tareas, dolores y beneficios de un grupo de usuarios.",
      it: "Un modello per verificare che ciò che il servizio offre corrisponda davvero a compiti, difficoltà e benefici di un gruppo di utenti.",
      lv: "Veidne, lai pārbaudītu, vai pakalpojuma piedāvājums tiešām atbilst konkrētas lietotāju grupas uzdevumiem, problēmām un ieguvumiem.",
    },
    instructions: {
      en: "Fill in the user profile first, using personas and interview findings, and rank the jobs, pains and gains. Then describe how the service relieves pains and creates gains, and mark where the fit is weak. Use one canvas per user group and revisit it after each test.",
      es: "Primero se completa el perfil del usuario con las personas y los resultados de entrevistas, ordenando tareas, dolores y beneficios por importancia. Luego se describe cómo el servicio alivia los dolores y crea beneficios, y se señala dónde el encaje es débil. Se usa un lienzo por grupo de usuarios y se revisa después de cada prueba.",
      it: "Compilate prima il profilo dell'utente, usando personas e risultati delle interviste, e ordinate compiti, difficoltà e benefici per importanza. Poi descrivete come il servizio allevia le difficoltà e crea benefici, e segnate dove la corrispondenza è debole. Usate un canvas per gruppo di utenti e rivedetelo dopo ogni test.",
      lv: "Vispirms aizpildiet lietotāja profilu, izmantojot personas un interviju rezultātus, un sakārtojiet uzdevumus, problēmas un ieguvumus pēc svarīguma. Tad aprakstiet, kā pakalpojums mazina problēmas un rada ieguvumus, un atzīmējiet, kur atbilstība ir vāja. Izmantojiet vienu audeklu katrai lietotāju grupai un pārskatiet to pēc katra testa.",
    },
    functions: ["decision", "evaluation"],
    problemProfiles: ["understand-user-needs", "prototype-service", "financial-sustainability"],
    tags: ["value-proposition", "canvas", "user-needs", "fit"],
    licence: "copyleft",
    difficulty: "easy",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# Value proposition canvas

_Adapted from the Value Proposition Canvas by Strategyzer. Check the original licence before republishing._

**User group / persona:** _name_ · **Service:** _name_ · **Date:** _YYYY-MM-DD_

## User profile

### Jobs to be done

_What are they trying to get done (functional, social, emotional)?_

| Job | Importance (1–5) |
| --- | ---------------- |
|     |                  |

### Pains

_What annoys them, costs them time or money, or stops them?_

| Pain | Severity (1–5) |
| ---- | -------------- |
|      |                |

### Gains

_What outcomes do they want? What would delight them?_

| Gain | Relevance (1–5) |
| ---- | --------------- |
|      |                 |

## Value map

### What the service offers

- 

### Pain relievers

| Pain addressed | How the service relieves it |
| -------------- | --------------------------- |
|                |                             |

### Gain creators

| Gain addressed | How the service creates it |
| -------------- | -------------------------- |
|                |                            |

## Fit

- Top three pains and gains we address well:
- Important pains or gains we do not address:
- Assumptions to test next, and how:
`,
  },
  {
    id: "sustainability-plan",
    nature: "knowledge",
    name: {
      en: "Sustainability plan",
      es: "Plan de sostenibilidad",
      it: "Piano di sostenibilità",
      lv: "Ilgtspējas plāns",
    },
    description: {
      en: "A template to plan how the service will keep running after the co-production process: ownership, funding, people, technology and community.",
      es: "Una plantilla para planificar cómo seguirá funcionando el servicio tras el proceso de coproducción: titularidad, financiación, personas, tecnología y comunidad.",
      it: "Un modello per pianificare come il servizio continuerà dopo il processo di coproduzione: titolarità, finanziamento, persone, tecnologia e comunità.",
      lv: "Veidne, lai plānotu, kā pakalpojums turpinās darboties pēc koprades procesa: īpašumtiesības, finansējums, cilvēki, tehnoloģijas un kopiena.",
    },
    instructions: {
      en: "Start the plan in the Build phase, not at the end of the project, and involve the people who control budgets. Fill in each dimension, mark what is secured and what is only hoped for, and agree actions to close the gaps. Present the plan to decision makers before the pilot ends.",
      es: "El plan se empieza en la fase de construcción, no al final del proyecto, y con quienes controlan los presupuestos. Se completa cada dimensión, se distingue lo asegurado de lo que solo se espera y se acuerdan acciones para cubrir las carencias. El plan se presenta a los responsables políticos antes de que termine el piloto.",
      it: "Iniziate il piano nella fase di realizzazione, non alla fine del progetto, coinvolgendo chi controlla i bilanci. Compilate ogni dimensione, distinguete ciò che è garantito da ciò che è solo sperato e concordate azioni per colmare le lacune. Presentate il piano ai decisori prima della fine della sperimentazione.",
      lv: "Sāciet plānu jau izveides posmā, nevis projekta beigās, un iesaistiet tos, kas pārvalda budžetus. Aizpildiet katru dimensiju, atzīmējiet, kas ir nodrošināts un uz ko tikai cerat, un vienojieties par darbībām trūkumu novēršanai. Iepazīstiniet lēmumu pieņēmējus ar plānu pirms izmēģinājuma beigām.",
    },
    functions: ["organization", "decision"],
    problemProfiles: ["financial-sustainability", "service-handover", "volunteer-motivation"],
    tags: ["sustainability", "exploitation", "funding", "continuity"],
    licence: "permissive",
    difficulty: "difficult",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# Sustainability plan

**Service:** _name_ · **Pilot ends:** _date_ · **Plan owner:** _name_

## Vision after the pilot

_Where should the service be in three years? Who runs it, for how many people?_

## Dimensions

| Dimension | Current situation | What is secured | Gap | Action | Owner | By |
| --------- | ----------------- | --------------- | --- | ------ | ----- | -- |
| Ownership and mandate | | | | | | |
| Funding | | | | | | |
| People and skills | | | | | | |
| Technology and maintenance | | | | | | |
| Data and legal basis | | | | | | |
| Community and volunteers | | | | | | |
| Political support | | | | | | |

## Funding scenarios

| Scenario | Sources | Yearly cost covered | Likelihood |
| -------- | ------- | ------------------- | ---------- |
| Minimum (service survives) | | | |
| Expected | | | |
| Growth (scaling to other areas) | | | |

## Evidence for decision makers

- Results so far (link the evaluation report):
- Cost per user and comparison with the previous situation:
- What happens if the service stops:

## Scaling and reuse

- Which parts can other municipalities or regions reuse?
- Where is the service published (catalogue, open source repository, CPSV-AP description)?

## Exit scenario

_If the service cannot continue, how do we close it responsibly (inform users, hand over data, archive knowledge)?_

## Milestones

| Date | Milestone | Status |
| ---- | --------- | ------ |
|      |           |        |
`,
  },
  {
    id: "evaluation-plan",
    nature: "knowledge",
    name: {
      en: "Evaluation plan",
      es: "Plan de evaluación",
      it: "Piano di valutazione",
      lv: "Izvērtēšanas plāns",
    },
    description: {
      en: "A template to plan how the service and the co-production process will be evaluated: questions, criteria, methods, data and timing.",
      es: "Una plantilla para planificar cómo se evaluarán el servicio y el proceso de coproducción: preguntas, criterios, métodos, datos y calendario.",
      it: "Un modello per pianificare come saranno valutati il servizio e il processo di coproduzione: domande, criteri, metodi, dati e tempi.",
      lv: "Veidne, lai plānotu, kā tiks izvērtēts pakalpojums un koprades process: jautājumi, kritēriji, metodes, dati un laiks.",
    },
    instructions: {
      en: "Write the plan before the Build phase so that baseline data can still be collected. Agree on a few evaluation questions with partners and users, then pick methods and data sources for each. Evaluate the process as well as the service, and share the findings openly, including what did not work.",
      es: "El plan se redacta antes de la fase de construcción para poder recoger todavía los datos de partida. Se acuerdan pocas preguntas de evaluación con socios y usuarios y, para cada una, se eligen métodos y fuentes de datos. Se evalúan tanto el proceso como el servicio y los resultados se comparten abiertamente, incluido lo que no funcionó.",
      it: "Scrivete il piano prima della fase di realizzazione, così da poter ancora raccogliere i dati di partenza. Concordate poche domande di valutazione con partner e utenti, poi scegliete metodi e fonti di dati per ciascuna. Valutate il processo oltre al servizio e condividete apertamente i risultati, compreso ciò che non ha funzionato.",
      lv: "Sagatavojiet plānu pirms izveides posma, lai vēl varētu savākt sākumstāvokļa datus. Vienojieties ar partneriem un lietotājiem par dažiem izvērtēšanas jautājumiem un katram izvēlieties metodes un datu avotus. Izvērtējiet gan procesu, gan pakalpojumu un atklāti kopīgojiet rezultātus, arī to, kas neizdevās.",
    },
    functions: ["evaluation", "monitoring"],
    problemProfiles: ["measure-impact", "knowledge-reuse"],
    tags: ["evaluation", "impact", "methodology", "assessment"],
    licence: "permissive",
    difficulty: "difficult",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# Evaluation plan

**Service / process:** _name_ · **Evaluation lead:** _name_ · **Period:** _from – to_

## Purpose and users of the evaluation

_Why evaluate? Who will use the results, and for which decisions (continue, scale, change, stop)?_

## Evaluation questions

| # | Question | Criterion |
| - | -------- | --------- |
| Q1 | Did the service reach the people who need it most? | inclusion |
| Q2 | Did it achieve the intended outcomes? | effectiveness |
| Q3 | At what cost compared with the previous situation? | efficiency |
| Q4 | How did participants experience the co-production process? | process quality |
| Q5 | Will the results last? | sustainability |

## Methods and data

| Question | Indicators (see KPI plan) | Method | Data source | Baseline available? | Who collects | When |
| -------- | ------------------------- | ------ | ----------- | ------------------- | ------------ | ---- |
| Q1 | | | | | | |
| Q2 | | | | | | |
| Q3 | | | | | | |
| Q4 | | survey + interviews | | | | |
| Q5 | | | | | | |

## Ethics and data protection

- [ ] Informed consent for interviews and surveys
- [ ] Data minimised and pseudonymised for analysis
- [ ] Participants can see and comment on the findings

## Timeline

| Moment | Activity |
| ------ | -------- |
| Before launch | Baseline measurement |
| Mid-term | Interim review with partners |
| End of pilot | Final evaluation and report |

## Reporting

_Format (report, story, presentation), audiences, languages, and where it is published._
`,
  },
  {
    id: "lessons-learned",
    nature: "knowledge",
    name: {
      en: "Lessons-learned report",
      es: "Informe de lecciones aprendidas",
      it: "Rapporto sulle lezioni apprese",
      lv: "Gūto mācību ziņojums",
    },
    description: {
      en: "A template to capture what worked, what did not and what others should do differently, so the process can be reused.",
      es: "Una plantilla para recoger qué funcionó, qué no y qué deberían hacer otros de forma distinta, para que el proceso pueda reutilizarse.",
      it: "Un modello per raccogliere cosa ha funzionato, cosa no e cosa dovrebbero fare diversamente altri, così che il processo sia riutilizzabile.",
      lv: "Veidne, kurā apkopot, kas izdevās, kas ne un kas citiem būtu jādara citādi, lai procesu varētu izmantot atkārtoti.",
    },
    instructions: {
      en: "Collect lessons at the end of every phase, not only at the end of the process, in a short session with all partners. Describe concrete situations and their consequences rather than general opinions. Turn each lesson into a recommendation and publish the report with the process story so other administrations can reuse it.",
      es: "Las lecciones se recogen al final de cada fase, no solo al final del proceso, en una sesión breve con todos los socios. Se describen situaciones concretas y sus consecuencias, no opiniones generales. Cada lección se convierte en una recomendación y el informe se publica con la historia del proceso para que otras administraciones puedan reutilizarlo.",
      it: "Raccogliete le lezioni alla fine di ogni fase, non solo alla fine del processo, in una breve sessione con tutti i partner. Descrivete situazioni concrete e le loro conseguenze anziché opinioni generali. Trasformate ogni lezione in una raccomandazione e pubblicate il rapporto con la storia del processo, così che altre amministrazioni possano riutilizzarlo.",
      lv: "Apkopojiet mācības katra posma beigās, ne tikai procesa noslēgumā, īsā sesijā ar visiem partneriem. Aprakstiet konkrētas situācijas un to sekas, nevis vispārīgus viedokļus. Katru mācību pārvērtiet ieteikumā un publicējiet ziņojumu kopā ar procesa stāstu, lai citas iestādes to varētu izmantot.",
    },
    functions: ["documentation", "evaluation"],
    problemProfiles: ["knowledge-reuse", "service-handover"],
    tags: ["lessons-learned", "retrospective", "knowledge-management", "reuse"],
    licence: "permissive",
    difficulty: "easy",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# Lessons-learned report

**Process:** _name_ · **Phase / period covered:** _e.g. Design, March–May_
**Contributors:** _names and organisations_ · **Date:** _YYYY-MM-DD_

## Context in brief

_Who did what, for whom, with which resources? Two or three sentences so outsiders understand._

## What worked well

| Situation | What we did | Result | Why it worked |
| --------- | ----------- | ------ | ------------- |
|           |             |        |               |

## What did not work

| Situation | What we did | Result | Why it did not work |
| --------- | ----------- | ------ | ------------------- |
|           |             |        |                     |

## Surprises

_What did we not expect, positively or negatively?_

- 

## Lessons by theme

- **Engagement of citizens:**
- **Collaboration between organisations:**
- **Legal and data protection:**
- **Technology:**
- **Money and time:**

## Recommendations

| # | Recommendation | For whom (our team / other PAs / funders) | Priority |
| - | -------------- | ----------------------------------------- | -------- |
| 1 |                |                                           |          |
| 2 |                |                                           |          |

## What we would do differently next time

1. 
2. 
3. 

## Reusable materials

_Links to templates, code, datasets and documents others can reuse._
`,
  },
  {
    id: "theory-of-change",
    nature: "knowledge",
    name: {
      en: "Theory of change",
      es: "Teoría del cambio",
      it: "Teoria del cambiamento",
      lv: "Pārmaiņu teorija",
    },
    description: {
      en: "A template to describe the chain from activities to outputs, outcomes and long-term impact, with the assumptions that link them.",
      es: "Una plantilla para describir la cadena que va de las actividades a los productos, resultados e impacto a largo plazo, con los supuestos que los unen.",
      it: "Un modello per descrivere la catena che porta dalle attività agli output, ai risultati e all'impatto di lungo periodo, con le ipotesi che li collegano.",
      lv: "Veidne, kurā aprakstīt ķēdi no darbībām līdz rezultātiem, iznākumiem un ilgtermiņa ietekmei, kā arī pieņēmumus, kas tos saista.",
    },
    instructions: {
      en: "Work backwards from the long-term change you want, agreeing on it with partners and users. For each step, ask what must happen first and write down the assumptions behind each arrow. Use the theory to choose indicators for the KPI plan and revisit it when evidence contradicts an assumption.",
      es: "Se trabaja hacia atrás desde el cambio a largo plazo deseado, acordado con socios y usuarios. Para cada paso se pregunta qué debe ocurrir antes y se anotan los supuestos detrás de cada flecha. La teoría sirve para elegir los indicadores del plan de KPI y se revisa cuando la evidencia contradice un supuesto.",
      it: "Procedete a ritroso dal cambiamento di lungo periodo desiderato, concordandolo con partner e utenti. Per ogni passo chiedetevi cosa deve succedere prima e scrivete le ipotesi dietro ogni freccia. Usate la teoria per scegliere gli indicatori del piano KPI e rivedetela quando le evidenze contraddicono un'ipotesi.",
      lv: "Strādājiet atpakaļgaitā no vēlamajām ilgtermiņa pārmaiņām, par kurām vienojaties ar partneriem un lietotājiem. Katram solim jautājiet, kam jānotiek vispirms, un pierakstiet pieņēmumus aiz katras bultas. Izmantojiet teoriju, lai izvēlētos rādītājus KPI plānam, un pārskatiet to, ja pierādījumi atspēko kādu pieņēmumu.",
    },
    functions: ["evaluation", "decision"],
    problemProfiles: ["measure-impact", "agree-shared-goals", "define-the-problem"],
    tags: ["theory-of-change", "impact", "logic-model", "outcomes"],
    licence: "permissive",
    difficulty: "difficult",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# Theory of change

**Service:** _name_ · **Authors:** _partners_ · **Version:** _date_

## Long-term impact

_The lasting change in people's lives or in society we want to contribute to._

> 

## The chain

| Inputs | Activities | Outputs | Short-term outcomes | Medium-term outcomes | Impact |
| ------ | ---------- | ------- | ------------------- | -------------------- | ------ |
| _people, money, data, mandate_ | _what we do_ | _what we deliver, countable_ | _changes in knowledge, access, behaviour_ | _changes in situation_ | |
| | | | | | |
| | | | | | |

## Assumptions

_Why do we believe each step leads to the next? What must be true?_

| From → to | Assumption | Evidence | How we will test it |
| --------- | ---------- | -------- | ------------------- |
| Activities → outputs | | | |
| Outputs → outcomes | | | |
| Outcomes → impact | | | |

## External factors

_What else influences the outcomes (economy, other services, legislation)? What is outside our control?_

## Target groups

| Group | Expected change for them |
| ----- | ------------------------ |
|       |                          |

## Indicators

| Level | Indicator | Linked to KPI plan? |
| ----- | --------- | ------------------- |
| Output | | |
| Outcome | | |
| Impact | | |

## Review

_When and with whom we revisit this theory; what evidence would make us change it._
`,
  },
  {
    id: "survey-template",
    nature: "knowledge",
    name: {
      en: "User survey template",
      es: "Plantilla de encuesta a usuarios",
      it: "Modello di questionario per gli utenti",
      lv: "Lietotāju aptaujas veidne",
    },
    description: {
      en: "A ready-to-adapt questionnaire on how people use a public service today, with guidance on writing neutral, accessible questions.",
      es: "Un cuestionario listo para adaptar sobre cómo usa la gente hoy un servicio público, con pautas para redactar preguntas neutrales y accesibles.",
      it: "Un questionario pronto da adattare su come le persone usano oggi un servizio pubblico, con indicazioni per scrivere domande neutrali e accessibili.",
      lv: "Pielāgojama anketa par to, kā cilvēki šobrīd izmanto publisku pakalpojumu, ar norādēm neitrālu un piekļūstamu jautājumu rakstīšanai.",
    },
    instructions: {
      en: "Decide what you need to learn and remove every question that does not serve it; keep the survey under ten minutes. Test it with three people from the target group before launching, and offer paper, phone or assisted versions. Publish a short summary of the results for respondents.",
      es: "Primero se decide qué se necesita saber y se elimina toda pregunta que no sirva para ello; la encuesta debe durar menos de diez minutos. Se prueba con tres personas del grupo destinatario antes de lanzarla y se ofrecen versiones en papel, por teléfono o con ayuda. Se publica un breve resumen de resultados para quienes respondieron.",
      it: "Decidete cosa vi serve sapere ed eliminate ogni domanda che non serve a questo; il questionario deve durare meno di dieci minuti. Provatelo con tre persone del gruppo destinatario prima di lanciarlo e offrite versioni cartacee, telefoniche o assistite. Pubblicate una breve sintesi dei risultati per chi ha risposto.",
      lv: "Izlemiet, ko jums jāuzzina, un izsvītrojiet katru jautājumu, kas tam nekalpo; aptaujai jāaizņem mazāk par desmit minūtēm. Pirms izsūtīšanas izmēģiniet to ar trim mērķgrupas cilvēkiem un piedāvājiet papīra, tālruņa vai asistētu versiju. Publicējiet respondentiem īsu rezultātu kopsavilkumu.",
    },
    functions: ["engagement", "evaluation"],
    problemProfiles: ["understand-user-needs", "measure-impact", "low-citizen-engagement"],
    tags: ["survey", "questionnaire", "user-research", "feedback"],
    licence: "permissive",
    difficulty: "easy",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# User survey

## Before you start

- **What do we need to learn?** _max. three learning goals_
- **Who must answer?** _target group and how we reach them_
- **Channels:** online link, paper copies at _places_, phone interviews
- **Personal data:** none beyond what is listed below; answers are anonymous

## Introduction text (shown to respondents)

> We are improving _service name_ together with residents. This survey takes about 8 minutes.
> Your answers are anonymous and will only be used to improve the service. Results will be published at _link_ by _date_.

## Questions

**About your use of the service**

1. Have you used _service_ in the last 12 months? (Yes / No / Not sure)
2. How did you use it? (Online / In person / By phone / Someone helped me / Other: ___)
3. How easy or difficult was it? (Very easy · Easy · Neither · Difficult · Very difficult)
4. What, if anything, was the hardest part? _(open)_
5. Did you get what you needed? (Yes, fully / Partly / No)

**What would help**

6. Which of these would make the service better for you? (choose up to three) _list options from research_
7. Is there anything else you would like to tell us? _(open)_

**About you (optional, to check we reach everyone)**

8. Age group: under 25 · 25–44 · 45–64 · 65+ · prefer not to say
9. Do you have a disability or long-term condition that affects daily activities? (Yes / No / Prefer not to say)
10. Would you like to take part in a workshop to improve the service? (Yes, contact me at ___ / No)

## Writing good questions

- One idea per question; no double negatives; no leading words ("How much do you like…").
- Offer "don't know" or "prefer not to say" where relevant.
- Plain language, short sentences; translate into the languages users speak.

## After the survey

| Item | Detail |
| ---- | ------ |
| Responses received | |
| Share from the target group | |
| Main findings | |
| Summary published on | |
`,
  },
  {
    id: "interview-guide",
    nature: "knowledge",
    name: {
      en: "User interview guide",
      es: "Guía de entrevista a usuarios",
      it: "Guida per le interviste agli utenti",
      lv: "Lietotāju intervijas ceļvedis",
    },
    description: {
      en: "A semi-structured interview guide to understand people's experiences with a public service, with ethics and note-taking prompts.",
      es: "Una guía de entrevista semiestructurada para entender las experiencias de las personas con un servicio público, con pautas éticas y de toma de notas.",
      it: "Una traccia di intervista semistrutturata per capire le esperienze delle persone con un servizio pubblico, con indicazioni etiche e per gli appunti.",
      lv: "Daļēji strukturētas intervijas ceļvedis, lai izprastu cilvēku pieredzi ar publisku pakalpojumu, ar ētikas un piezīmju veikšanas norādēm.",
    },
    instructions: {
      en: "Interview five to eight people per user group, in pairs: one asks, one takes notes. Ask about real past experiences rather than opinions about future features, and follow the person's story instead of the script. Summarise each interview in an empathy map the same day.",
      es: "Se entrevista a entre cinco y ocho personas por grupo de usuarios, en parejas: una pregunta y otra toma notas. Se pregunta por experiencias pasadas reales y no por opiniones sobre funciones futuras, siguiendo la historia de la persona más que el guion. Cada entrevista se resume ese mismo día en un mapa de empatía.",
      it: "Intervistate da cinque a otto persone per gruppo di utenti, in coppia: uno fa le domande, l'altro prende appunti. Chiedete di esperienze passate reali anziché opinioni su funzioni future e seguite la storia della persona più che la traccia. Riassumete ogni intervista in una mappa dell'empatia il giorno stesso.",
      lv: "Intervējiet piecus līdz astoņus cilvēkus no katras lietotāju grupas, strādājot pa pāriem: viens jautā, otrs pieraksta. Jautājiet par reālu pagātnes pieredzi, nevis viedokli par nākotnes funkcijām, un sekojiet cilvēka stāstam, nevis scenārijam. Tajā pašā dienā apkopojiet katru interviju empātijas kartē.",
    },
    functions: ["engagement", "documentation"],
    problemProfiles: ["understand-user-needs", "reach-vulnerable-groups", "define-the-problem"],
    tags: ["interview", "user-research", "qualitative", "ethnography"],
    licence: "permissive",
    difficulty: "medium",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# User interview guide

**Research goal:** _what we want to understand_ · **Interviewers:** _names_
**Participant code:** _P01 (no names in notes)_ · **Date / place:** _ _ · **Duration:** 45–60 min

## Before the interview

- [ ] Consent form explained and signed (recording: yes / no)
- [ ] Accessibility or interpretation needs met
- [ ] Thank-you (voucher, refund of travel) ready

## Introduction (5 min)

> Thank you for your time. We want to learn from your experience with _service_. There are no right or wrong answers,
> and we did not design the current service, so you cannot hurt our feelings. You can stop at any time.

## Warm-up (5 min)

1. Tell me a little about yourself and a typical week.
2. How do you usually deal with paperwork or public offices?

## Experience (25 min)

3. Think of the last time you needed _service_. What was happening in your life?
4. Walk me through what you did, step by step. Where did you start?
5. Who helped you or who did you ask? Why them?
6. What was the hardest moment? How did you feel?
7. Was there a moment you almost gave up? What kept you going?
8. What did you do that you think the office does not know about? _(workarounds)_

## Reflection (10 min)

9. If you could change one thing, what would it be?
10. What would a really good experience look like for you?

## Closing (5 min)

11. Is there anything I did not ask that I should have?
12. May we contact you again to test ideas? _(yes / no, contact stored separately)_

## Useful follow-up prompts

- "Can you tell me more about that?" · "Why was that?" · "What happened next?" · "Can you show me?"

## Notes

| Time | Quote or observation | Interpretation (mark as ours) |
| ---- | -------------------- | ----------------------------- |
|      |                      |                               |
`,
  },
  {
    id: "focus-group-guide",
    nature: "knowledge",
    name: {
      en: "Focus group guide",
      es: "Guía para grupos focales",
      it: "Guida per focus group",
      lv: "Fokusa grupas ceļvedis",
    },
    description: {
      en: "A guide to prepare, moderate and report a focus group of six to ten people discussing a service or a proposal.",
      es: "Una guía para preparar, moderar y documentar un grupo focal de seis a diez personas que debaten sobre un servicio o una propuesta.",
      it: "Una guida per preparare, moderare e documentare un focus group di sei-dieci persone che discutono un servizio o una proposta.",
      lv: "Ceļvedis, kā sagatavot, vadīt un dokumentēt fokusa grupu, kurā seši līdz desmit cilvēki apspriež pakalpojumu vai priekšlikumu.",
    },
    instructions: {
      en: "Recruit participants who share a relevant characteristic so they speak freely, and avoid mixing citizens with the officials who serve them. Follow the guide from broad to specific questions, making sure quiet people are heard. Write the report within two days, separating what was said from your interpretation.",
      es: "Se reclutan participantes que compartan una característica relevante para que hablen con libertad, evitando mezclar a la ciudadanía con los funcionarios que la atienden. La guía avanza de preguntas generales a específicas y se procura que también hablen las personas calladas. El informe se redacta en dos días, separando lo que se dijo de su interpretación.",
      it: "Reclutate partecipanti che condividano una caratteristica rilevante, così che parlino liberamente, ed evitate di mescolare cittadini e funzionari che li servono. Seguite la guida dalle domande generali a quelle specifiche, assicurandovi che anche le persone silenziose siano ascoltate. Scrivete il resoconto entro due giorni, separando ciò che è stato detto dalla vostra interpretazione.",
      lv: "Atlasiet dalībniekus ar kādu kopīgu būtisku iezīmi, lai viņi runātu brīvi, un nejauciet iedzīvotājus ar ierēdņiem, kas viņus apkalpo. Sekojiet ceļvedim no vispārīgiem uz konkrētiem jautājumiem un pārliecinieties, ka tiek uzklausīti arī klusākie. Divu dienu laikā uzrakstiet ziņojumu, nošķirot teikto no savas interpretācijas.",
    },
    functions: ["engagement", "evaluation"],
    problemProfiles: ["understand-user-needs", "test-with-users", "reach-vulnerable-groups"],
    tags: ["focus-group", "user-research", "qualitative", "facilitation"],
    licence: "permissive",
    difficulty: "medium",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# Focus group guide

## Set-up

| Item | Detail |
| ---- | ------ |
| Topic and purpose | |
| Participant profile | _shared characteristic, e.g. parents of children with disabilities_ |
| Number of participants | 6–10 (invite 12) |
| Moderator / assistant | |
| Date, time, place, duration | 90 minutes |
| Recording and consent | |
| Thanks for participants | |

## Ground rules (read aloud)

- Everyone's experience counts; there are no wrong answers.
- One person speaks at a time; phones on silent.
- What is said here stays here; reports do not name anyone.

## Discussion guide

| Time | Section | Questions |
| ---- | ------- | --------- |
| 0:00 | Welcome | Purpose, rules, consent, round of first names |
| 0:10 | Opening | What comes to mind when you hear _topic_? |
| 0:20 | Experience | Tell us about a time you used _service_. What went well? What did not? |
| 0:45 | Key questions | _Show proposal / prototype._ What would this change for you? What worries you? |
| 1:10 | Priorities | If only one thing could change, which should it be? (quick vote) |
| 1:20 | Closing | Summary by the moderator: did I get it right? Anything missing? |

## Moderator tips

- Ask open questions, then stay silent for a few seconds.
- Invite quiet participants by name, gently; limit dominant ones politely.
- Do not defend the service or the proposal.

## Report

- **Participants:** number and profile (no names)
- **Main themes** (with representative quotes):
  1. 
  2. 
- **Points of agreement / disagreement:**
- **Unexpected findings:**
- **Implications for the service:**
`,
  },
  {
    id: "prototype-test-plan",
    nature: "knowledge",
    name: {
      en: "Prototype test plan",
      es: "Plan de prueba del prototipo",
      it: "Piano di test del prototipo",
      lv: "Prototipa testēšanas plāns",
    },
    description: {
      en: "A template to plan and report a usability test of a service prototype: hypotheses, tasks, participants, observations and changes.",
      es: "Una plantilla para planificar y documentar una prueba de usabilidad de un prototipo: hipótesis, tareas, participantes, observaciones y cambios.",
      it: "Un modello per pianificare e documentare un test di usabilità di un prototipo: ipotesi, compiti, partecipanti, osservazioni e modifiche.",
      lv: "Veidne pakalpojuma prototipa lietojamības testa plānošanai un dokumentēšanai: hipotēzes, uzdevumi, dalībnieki, novērojumi un izmaiņas.",
    },
    instructions: {
      en: "Write down what you want to learn before building the prototype, and make the prototype only as detailed as that requires. Test with five users per round, giving them realistic tasks and watching without helping. Rank the problems found, change the prototype and test again.",
      es: "Antes de construir el prototipo se anota qué se quiere aprender, y el prototipo se hace solo tan detallado como eso requiera. Se prueba con cinco usuarios por ronda, con tareas realistas, observando sin ayudar. Se ordenan los problemas encontrados, se cambia el prototipo y se vuelve a probar.",
      it: "Scrivete cosa volete imparare prima di costruire il prototipo e rendetelo dettagliato solo quanto serve. Testate con cinque utenti per ciclo, assegnando compiti realistici e osservando senza aiutare. Ordinate i problemi trovati per gravità, modificate il prototipo e testate di nuovo.",
      lv: "Pirms prototipa izveides pierakstiet, ko vēlaties uzzināt, un veidojiet prototipu tikai tik detalizētu, cik tam vajag. Katrā kārtā testējiet ar pieciem lietotājiem, dodot reālistiskus uzdevumus un vērojot, bet nepalīdzot. Sakārtojiet atrastās problēmas pēc nozīmīguma, mainiet prototipu un testējiet atkal.",
    },
    functions: ["evaluation", "documentation"],
    problemProfiles: ["prototype-service", "test-with-users", "accessibility"],
    tags: ["prototype", "usability", "testing", "iteration"],
    licence: "permissive",
    difficulty: "medium",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# Prototype test plan

**Prototype:** _what it is (paper, clickable, role-play, pilot) and link_ · **Round:** _1_
**Test lead:** _name_ · **Dates:** _ _

## What we want to learn

| # | Hypothesis / question | We are right if… |
| - | --------------------- | ---------------- |
| H1 | _Users understand which documents they need_ | _4 of 5 list them correctly_ |
| H2 | | |

## Participants

| Code | Profile | Access needs | Consent |
| ---- | ------- | ------------ | ------- |
| T1 | | | [ ] |
| T2 | | | [ ] |
| T3 | | | [ ] |
| T4 | | | [ ] |
| T5 | | | [ ] |

Include at least one person with low digital skills and one person using assistive technology.

## Tasks

1. _Scenario: "You have just moved to the city and want to… Show me how you would do it."_
2. 
3. 

## Script

- Explain: we test the prototype, not you; think aloud; you can stop any time.
- Give each task; do not help; note where people hesitate, err or give up.
- Afterwards: "What was easy? What was confusing? What is missing?"

## Observations

| Task | Participant | Completed? | Time | Problems observed | Quote |
| ---- | ----------- | ---------- | ---- | ----------------- | ----- |
|      |             | yes / help / no |  |                   |       |

## Findings and changes

| Problem | Seen by (n/5) | Severity (low / medium / high) | Change decided |
| ------- | ------------- | ------------------------------ | -------------- |
|         |               |                                |                |

## Decision

_Continue with changes / test again / drop the idea_
`,
  },
  {
    id: "service-description-cpsv-ap",
    nature: "knowledge",
    name: {
      en: "Public service description (CPSV-AP)",
      es: "Descripción del servicio público (CPSV-AP)",
      it: "Descrizione del servizio pubblico (CPSV-AP)",
      lv: "Publiskā pakalpojuma apraksts (CPSV-AP)",
    },
    description: {
      en: "A template to describe a public service with the fields of the EU Core Public Service Vocabulary Application Profile, ready for catalogues and export.",
      es: "Una plantilla para describir un servicio público con los campos del perfil de aplicación europeo CPSV-AP, lista para catálogos y exportación.",
      it: "Un modello per descrivere un servizio pubblico con i campi del profilo applicativo europeo CPSV-AP, pronto per cataloghi ed esportazione.",
      lv: "Veidne publiskā pakalpojuma aprakstīšanai ar ES pakalpojumu vārdnīcas lietojumprofila CPSV-AP laukiem, gatava katalogiem un eksportam.",
    },
    instructions: {
      en: "Fill in the mandatory fields first with the team that runs the service, then the recommended ones. Write the description in plain language from the user's point of view and check it with a few users. Keep it up to date: it is the source for the service catalogue and the CPSV-AP export.",
      es: "Primero se completan los campos obligatorios con el equipo que gestiona el servicio y después los recomendados. La descripción se redacta en lenguaje claro desde el punto de vista del usuario y se contrasta con algunos usuarios. Debe mantenerse actualizada, porque es la fuente del catálogo de servicios y de la exportación CPSV-AP.",
      it: "Compilate prima i campi obbligatori con il team che gestisce il servizio, poi quelli raccomandati. Scrivete la descrizione in linguaggio semplice dal punto di vista dell'utente e verificatela con alcuni utenti. Tenetela aggiornata: è la fonte del catalogo dei servizi e dell'esportazione CPSV-AP.",
      lv: "Vispirms kopā ar komandu, kas nodrošina pakalpojumu, aizpildiet obligātos laukus, pēc tam ieteicamos. Rakstiet aprakstu vienkāršā valodā no lietotāja skatpunkta un pārbaudiet to ar dažiem lietotājiem. Uzturiet to aktuālu: tas ir pakalpojumu kataloga un CPSV-AP eksporta avots.",
    },
    functions: ["documentation", "communication"],
    problemProfiles: ["interoperability", "knowledge-reuse", "open-data-publication"],
    tags: ["cpsv-ap", "service-catalogue", "semantic-interoperability", "metadata"],
    licence: "permissive",
    difficulty: "medium",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# Public service description (CPSV-AP)

_Fields follow the Core Public Service Vocabulary Application Profile (CPSV-AP) of SEMIC.
Mandatory fields are marked with *._

## Public service

| Field | Value |
| ----- | ----- |
| Identifier * | _stable URI or code_ |
| Name * | |
| Description * | _plain language: what it is, who it is for, what you get_ |
| Keywords | |
| Thematic area | _e.g. social protection, housing, mobility_ |
| Sector | |
| Type | |
| Language(s) of the service | |
| Status | _active / planned / withdrawn_ |
| Spatial coverage | _municipality, region, country_ |
| Processing time | _e.g. 10 working days_ |

## Competent authority *

| Field | Value |
| ----- | ----- |
| Public organisation | |
| Spatial jurisdiction | |

## Eligibility and inputs

| Criterion requirement | Evidence (documents) required | Can it be fetched once-only from a register? |
| --------------------- | ----------------------------- | -------------------------------------------- |
|                       |                               |                                              |

## Output

_What the user receives (decision, permit, payment, certificate)._

## Cost

| Amount | Currency | Description | Paid to |
| ------ | -------- | ----------- | ------- |
|        | EUR      |             |         |

## Channels and contact point

| Channel type (online, counter, phone, e-mail, post) | Address / URL | Opening hours |
| --------------------------------------------------- | ------------- | ------------- |
|                                                     |               |               |

## Rules and legal resources

| Legal resource (with ELI if available) | Rule it establishes |
| -------------------------------------- | ------------------- |
|                                        |                     |

## Related services and events

- Life event / business event it is grouped by:
- Related or required public services:

## Participation of other organisations

| Organisation | Role (e.g. delivers, funds, co-produced) |
| ------------ | ---------------------------------------- |
|              |                                          |
`,
  },
  {
    id: "raci-matrix",
    nature: "knowledge",
    name: {
      en: "Roles and responsibilities (RACI matrix)",
      es: "Funciones y responsabilidades (matriz RACI)",
      it: "Ruoli e responsabilità (matrice RACI)",
      lv: "Lomas un atbildība (RACI matrica)",
    },
    description: {
      en: "A matrix to agree, for each activity, who is Responsible, Accountable, Consulted and Informed among the partners.",
      es: "Una matriz para acordar, para cada actividad, quién es Responsable, quién Rinde cuentas, a quién se Consulta y a quién se Informa.",
      it: "Una matrice per concordare, per ogni attività, chi è Responsabile, chi ne Risponde, chi è Consultato e chi è Informato.",
      lv: "Matrica, lai katrai darbībai vienotos, kurš partneris to veic, kurš par to atbild, kurš tiek konsultēts un kurš informēts.",
    },
    instructions: {
      en: "List the main activities of the phase and the roles or organisations involved, then fill in the matrix together in a meeting. Make sure each activity has exactly one Accountable and at least one Responsible. Resolve gaps and overloads on the spot and attach the matrix to the collaboration agreement.",
      es: "Se enumeran las actividades principales de la fase y las funciones u organizaciones implicadas, y la matriz se completa en común en una reunión. Cada actividad debe tener exactamente una persona que rinde cuentas y al menos una responsable. Los vacíos y las sobrecargas se resuelven en el momento y la matriz se adjunta al acuerdo de colaboración.",
      it: "Elencate le attività principali della fase e i ruoli o le organizzazioni coinvolte, poi compilate insieme la matrice in una riunione. Assicuratevi che ogni attività abbia esattamente un Accountable e almeno un Responsabile. Risolvete subito vuoti e sovraccarichi e allegate la matrice all'accordo di collaborazione.",
      lv: "Uzskaitiet posma galvenās darbības un iesaistītās lomas vai organizācijas, tad sanāksmē kopīgi aizpildiet matricu. Pārliecinieties, ka katrai darbībai ir tieši viens galīgais atbildīgais un vismaz viens izpildītājs. Nepilnības un pārslodzi novērsiet uzreiz un pievienojiet matricu sadarbības vienošanās dokumentam.",
    },
    functions: ["organization", "decision"],
    problemProfiles: ["define-roles-responsibilities", "service-handover", "conflict-resolution"],
    tags: ["raci", "roles", "responsibilities", "governance"],
    licence: "permissive",
    difficulty: "easy",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# Roles and responsibilities (RACI)

**Process / phase:** _name_ · **Agreed on:** _date_ · **Review on:** _date_

## Legend

| Letter | Role | Rule |
| ------ | ---- | ---- |
| **R** | Responsible: does the work | at least one per activity |
| **A** | Accountable: approves and answers for the result | exactly one per activity |
| **C** | Consulted: gives input before the decision (two-way) | as few as needed |
| **I** | Informed: told about the result (one-way) | |

## Roles

| Role | Person(s) | Organisation |
| ---- | --------- | ------------ |
| Process owner (PA) | | |
| Community lead | | |
| Service designer | | |
| Data protection officer | | |
| Technical partner | | |
| Citizen panel | | |

## Matrix

| Activity | Process owner | Community lead | Service designer | DPO | Technical partner | Citizen panel |
| -------- | ------------- | -------------- | ---------------- | --- | ----------------- | ------------- |
| Recruit participants | | | | | | |
| Run co-design workshops | | | | | | |
| Approve service design | | | | | | |
| Data protection assessment | | | | | | |
| Build the prototype | | | | | | |
| Communicate with the public | | | | | | |
| Evaluate results | | | | | | |

## Checks

- [ ] Every activity has exactly one A
- [ ] Every activity has at least one R
- [ ] Nobody carries too many R's for the time they have
- [ ] Citizens have R or C on the activities that affect them most

## Changes

| Date | Change | Agreed by |
| ---- | ------ | --------- |
|      |        |           |
`,
  },
  {
    id: "consent-form",
    nature: "knowledge",
    name: {
      en: "Participant consent form",
      es: "Formulario de consentimiento de participantes",
      it: "Modulo di consenso dei partecipanti",
      lv: "Dalībnieka piekrišanas veidlapa",
    },
    description: {
      en: "A plain-language consent form for people taking part in interviews, workshops or tests, covering recordings, photos and personal data.",
      es: "Un formulario de consentimiento en lenguaje claro para quienes participan en entrevistas, talleres o pruebas, que cubre grabaciones, fotos y datos personales.",
      it: "Un modulo di consenso in linguaggio semplice per chi partecipa a interviste, workshop o test, che copre registrazioni, foto e dati personali.",
      lv: "Vienkāršā valodā rakstīta piekrišanas veidlapa interviju, darbnīcu vai testu dalībniekiem, kas aptver ierakstus, fotoattēlus un personas datus.",
    },
    instructions: {
      en: "Adapt the form with your data protection officer, then read it through with each participant before the activity starts. Let people tick each option separately and keep the signed forms apart from research notes. Give participants a copy with a contact for withdrawing consent.",
      es: "El formulario se adapta con el delegado de protección de datos y se lee con cada participante antes de empezar la actividad. Cada persona marca cada opción por separado y los formularios firmados se guardan aparte de las notas de investigación. Se entrega una copia con un contacto para retirar el consentimiento.",
      it: "Adattate il modulo con il responsabile della protezione dei dati, poi leggetelo con ogni partecipante prima dell'attività. Lasciate che ciascuno spunti ogni opzione separatamente e conservate i moduli firmati separati dagli appunti della ricerca. Consegnate una copia con un contatto per revocare il consenso.",
      lv: "Pielāgojiet veidlapu kopā ar datu aizsardzības speciālistu un pirms aktivitātes izlasiet to kopā ar katru dalībnieku. Ļaujiet atzīmēt katru iespēju atsevišķi un glabājiet parakstītās veidlapas atsevišķi no izpētes piezīmēm. Izsniedziet dalībniekiem kopiju ar kontaktinformāciju piekrišanas atsaukšanai.",
    },
    functions: ["documentation", "engagement"],
    problemProfiles: ["legal-gdpr-compliance", "trust-pa-citizens"],
    tags: ["consent", "gdpr", "ethics", "research"],
    licence: "permissive",
    difficulty: "easy",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# Consent to take part

**Activity:** _interview / workshop / test on …_ · **Date:** _ _
**Organised by:** _organisation (data controller)_ · **Contact:** _name, e-mail, phone_

## What this is about

We are working with residents to improve _service_. We would like to learn from your experience.
Taking part is voluntary. You can stop at any time, without giving a reason, and without any effect on the services you receive.

## What we will do with your information

- We will take notes. We will not write your name in them.
- We will keep your contact details separately and delete them by _date_.
- Only the project team will see the notes and recordings.
- Results will be published without anything that could identify you.
- Legal basis: your consent (GDPR article 6(1)(a)). Read our privacy notice at _link_.

## Your choices

Please tick each box you agree with. You can say yes to some and no to others.

| | Yes | No |
| - | --- | -- |
| I agree to take part in this activity | [ ] | [ ] |
| I agree that the conversation is audio-recorded (deleted after transcription) | [ ] | [ ] |
| I agree that photos showing me may be used in reports and on the project page | [ ] | [ ] |
| I agree that anonymous quotes from me may be used | [ ] | [ ] |
| I would like to be contacted for future activities | [ ] | [ ] |

## Your rights

You can ask to see, correct or delete your information, and withdraw your consent at any time, by contacting _contact_.
You can also complain to the data protection authority: _name and website_.

## Signatures

| | Name | Signature | Date |
| - | ---- | --------- | ---- |
| Participant | | | |
| Parent or guardian (if under _age_) | | | |
| Researcher | | | |
`,
  },
  {
    id: "code-of-conduct",
    nature: "knowledge",
    name: {
      en: "Code of conduct for participants",
      es: "Código de conducta para participantes",
      it: "Codice di condotta per i partecipanti",
      lv: "Dalībnieku rīcības kodekss",
    },
    description: {
      en: "A short code of conduct setting out how participants treat each other in meetings and online, and how problems are reported and handled.",
      es: "Un código de conducta breve que establece cómo se tratan los participantes en reuniones y en línea, y cómo se comunican y gestionan los problemas.",
      it: "Un breve codice di condotta che stabilisce come i partecipanti si trattano negli incontri e online, e come si segnalano e gestiscono i problemi.",
      lv: "Īss rīcības kodekss, kas nosaka, kā dalībnieki izturas cits pret citu sanāksmēs un tiešsaistē un kā ziņot par problēmām un tās risināt.",
    },
    instructions: {
      en: "Adapt the code with the first group of participants so they own it, and publish it on the process page. Refer to it at the start of each workshop and in every online space. Name two contact people of different genders and organisations, and apply the enforcement steps consistently.",
      es: "El código se adapta con el primer grupo de participantes para que lo hagan suyo y se publica en la página del proceso. Se recuerda al inicio de cada taller y en cada espacio en línea. Se nombran dos personas de contacto de distinto género y organización, y las medidas previstas se aplican con coherencia.",
      it: "Adattate il codice con il primo gruppo di partecipanti, così che lo sentano proprio, e pubblicatelo sulla pagina del processo. Richiamatelo all'inizio di ogni workshop e in ogni spazio online. Nominate due referenti di genere e organizzazione diversi e applicate le misure previste con coerenza.",
      lv: "Pielāgojiet kodeksu kopā ar pirmo dalībnieku grupu, lai viņi to uztvertu kā savu, un publicējiet to procesa lapā. Atgādiniet par to katras darbnīcas sākumā un katrā tiešsaistes vidē. Nosakiet divas kontaktpersonas no dažādām organizācijām un ar atšķirīgu dzimumu un konsekventi piemērojiet paredzētos soļus.",
    },
    functions: ["organization", "communication"],
    problemProfiles: ["conflict-resolution", "trust-pa-citizens", "low-citizen-engagement"],
    tags: ["code-of-conduct", "community", "safety", "inclusion"],
    licence: "permissive",
    difficulty: "very_easy",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# Code of conduct

This code applies to everyone taking part in _process name_: residents, civil servants, partners, volunteers and facilitators,
in every meeting, workshop, online space and channel of the process.

## Our commitments

- **Respect.** We listen to each other and assume good intentions. Every experience counts, whatever a person's role, title or background.
- **Inclusion.** We use plain language, avoid jargon and acronyms, and make room for people who speak less.
- **Honesty.** We say what we can and cannot change. Public servants explain constraints; residents share real experiences.
- **Focus on ideas.** We criticise proposals, never people.
- **Privacy.** We do not share what others said or personal details outside the process without their consent.
- **Shared work.** We do what we promised, or say early that we cannot.

## Not acceptable

- Harassment, insults, threats, discriminatory jokes or language
- Unwanted contact, photos or recordings
- Repeatedly interrupting or ignoring others
- Political campaigning or advertising during sessions

## Reporting a problem

If you experience or see behaviour that breaks this code, contact one of:

| Contact person | Organisation | How to reach them |
| -------------- | ------------ | ----------------- |
|                |              |                   |
|                |              |                   |

Reports are treated confidentially. You can report anonymously through _channel_.

## What happens next

1. The contact people listen to the person reporting and agree on next steps with them.
2. They talk to the person concerned within _N_ days.
3. Possible measures: a reminder of this code, a mediated conversation, a temporary or permanent exclusion from the process.
4. Decisions and reasons are recorded confidentially.

## Changes

_This code was agreed on date by whom. It is reviewed at the start of each phase._
`,
  },
  {
    id: "volunteer-onboarding",
    nature: "knowledge",
    name: {
      en: "Volunteer onboarding guide",
      es: "Guía de acogida del voluntariado",
      it: "Guida all'inserimento dei volontari",
      lv: "Brīvprātīgo uzņemšanas ceļvedis",
    },
    description: {
      en: "A template to welcome new volunteers into a co-produced service: role description, first steps, support, safety and recognition.",
      es: "Una plantilla para acoger a nuevos voluntarios en un servicio coproducido: descripción del papel, primeros pasos, apoyo, seguridad y reconocimiento.",
      it: "Un modello per accogliere nuovi volontari in un servizio coprodotto: descrizione del ruolo, primi passi, supporto, sicurezza e riconoscimento.",
      lv: "Veidne jaunu brīvprātīgo uzņemšanai kopradē veidotā pakalpojumā: lomas apraksts, pirmie soļi, atbalsts, drošība un atzinība.",
    },
    instructions: {
      en: "Fill in the guide once per volunteer role and give it to each new volunteer before their first shift. Pair each newcomer with an experienced buddy for the first weeks. Check in after one month and update the guide with the questions newcomers asked.",
      es: "La guía se completa una vez por cada papel de voluntariado y se entrega a cada nueva persona voluntaria antes de su primer turno. Cada recién llegado se empareja con una persona con experiencia durante las primeras semanas. Al cabo de un mes se hace un seguimiento y la guía se actualiza con las preguntas que surgieron.",
      it: "Compilate la guida una volta per ogni ruolo di volontariato e consegnatela a ogni nuovo volontario prima del primo turno. Affiancate ogni nuovo arrivato a un volontario esperto nelle prime settimane. Fate il punto dopo un mese e aggiornate la guida con le domande dei nuovi arrivati.",
      lv: "Aizpildiet ceļvedi vienreiz katrai brīvprātīgā lomai un izsniedziet to katram jaunajam brīvprātīgajam pirms pirmās maiņas. Pirmajās nedēļās katram jaunpienācējam piesaistiet pieredzējušu atbalsta personu. Pēc mēneša aprunājieties un papildiniet ceļvedi ar jaunpienācēju uzdotajiem jautājumiem.",
    },
    functions: ["organization", "engagement"],
    problemProfiles: ["volunteer-motivation", "define-roles-responsibilities", "digital-skills"],
    tags: ["volunteers", "onboarding", "community", "training"],
    licence: "permissive",
    difficulty: "easy",
    administrativeScope: ["national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# Volunteer onboarding guide

## Welcome

_A short message from the service team: why this service exists and why volunteers matter to it._

## Your role

| Item | Detail |
| ---- | ------ |
| Role name | |
| What you will do | |
| What you will not be asked to do | |
| Time commitment | _e.g. 3 hours a week, for at least 3 months_ |
| Where | |
| Who you report to | |
| Your buddy | |

## Your first weeks

| When | What | With whom |
| ---- | ---- | --------- |
| Before day 1 | Read this guide and the code of conduct; sign the volunteer agreement | |
| Day 1 | Welcome, tour, meet the team, get accounts and keys | coordinator |
| Week 1 | Shadow your buddy | buddy |
| Week 2–3 | Do the tasks with your buddy nearby | buddy |
| Month 1 | Check-in conversation: how is it going? | coordinator |

## Training

- [ ] Introduction to the service and its users
- [ ] Data protection and confidentiality
- [ ] Safeguarding (if working with children or vulnerable adults)
- [ ] Tools used (platform, phone, forms)
- [ ] Health and safety, emergency contacts

## Support

- Questions: _channel and contact_
- Expenses: _what is refunded and how_
- Insurance: _covered by_
- If something goes wrong: _who to call, 24/7 number if relevant_

## Recognition

_How we thank volunteers: certificate, reference letter, events, credit in publications, skills training._

## Leaving

_You can stop at any time; please tell us N weeks before. We will ask you for feedback and return your personal data._
`,
  },
  {
    id: "budget-plan",
    nature: "knowledge",
    name: {
      en: "Budget plan",
      es: "Plan presupuestario",
      it: "Piano di bilancio",
      lv: "Budžeta plāns",
    },
    description: {
      en: "A template to plan and track the budget of a co-production process and of the resulting service, including in-kind contributions.",
      es: "Una plantilla para planificar y seguir el presupuesto de un proceso de coproducción y del servicio resultante, incluidas las aportaciones en especie.",
      it: "Un modello per pianificare e monitorare il bilancio di un processo di coproduzione e del servizio risultante, inclusi i contributi in natura.",
      lv: "Veidne koprades procesa un tā rezultātā radītā pakalpojuma budžeta plānošanai un uzraudzībai, ieskaitot nefinansiālos ieguldījumus.",
    },
    instructions: {
      en: "Estimate costs per phase with all partners, including participants' expenses and accessibility measures, which are often forgotten. Record in-kind contributions next to money so everyone's effort is visible. Compare planned and actual figures monthly and discuss deviations at the steering meeting.",
      es: "Los costes se estiman por fase con todos los socios, incluidos los gastos de los participantes y las medidas de accesibilidad, que a menudo se olvidan. Las aportaciones en especie se registran junto al dinero para que el esfuerzo de todos sea visible. Cada mes se comparan las cifras previstas con las reales y las desviaciones se tratan en la reunión de coordinación.",
      it: "Stimate i costi per fase con tutti i partner, includendo le spese dei partecipanti e le misure di accessibilità, spesso dimenticate. Registrate i contributi in natura accanto al denaro, così che l'impegno di tutti sia visibile. Confrontate ogni mese le cifre previste con quelle reali e discutete gli scostamenti nella riunione di coordinamento.",
      lv: "Kopā ar visiem partneriem aplēsiet izmaksas katram posmam, ieskaitot dalībnieku izdevumus un piekļūstamības pasākumus, kas bieži tiek aizmirsti. Nefinansiālos ieguldījumus uzskaitiet līdzās naudai, lai būtu redzams ikviena ieguldījums. Katru mēnesi salīdziniet plānotos un faktiskos skaitļus un novirzes apspriediet vadības sanāksmē.",
    },
    functions: ["organization", "monitoring"],
    problemProfiles: ["financial-sustainability", "manage-risks", "procurement-requirements"],
    tags: ["budget", "finance", "costs", "planning"],
    licence: "permissive",
    difficulty: "medium",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# Budget plan

**Process / service:** _name_ · **Currency:** EUR · **Budget holder:** _name_ · **Last update:** _date_

## Funding sources

| Source | Type (own budget, grant, partner, sponsor) | Amount | Conditions / reporting | Available from – to |
| ------ | ------------------------------------------ | ------ | ---------------------- | ------------------- |
|        |                                            |        |                        |                     |
| **Total** | | | | |

## Costs per phase

| Phase | Item | Category | Planned | Actual | Paid by | Note |
| ----- | ---- | -------- | ------- | ------ | ------- | ---- |
| Engage | Venue and catering for workshops | events | | | | |
| Engage | Outreach materials, translation | communication | | | | |
| Design | Participant compensation and travel | participation | | | | |
| Design | Interpreters, captions, accessible formats | accessibility | | | | |
| Build | Development or configuration | technology | | | | |
| Build | Hosting, licences | technology | | | | |
| Sustain | Evaluation | evaluation | | | | |
| Sustain | Running costs, first year | operations | | | | |
| | Contingency (5–10%) | reserve | | | | |
| **Total** | | | | | | |

## In-kind contributions

| Partner | Contribution (hours, rooms, equipment, data) | Estimated value |
| ------- | -------------------------------------------- | --------------- |
|         |                                              |                 |

## Running cost of the service after the pilot

| Item | Per year | Who pays |
| ---- | -------- | -------- |
|      |          |          |

## Deviations

| Date | Item | Deviation | Reason | Decision |
| ---- | ---- | --------- | ------ | -------- |
|      |      |           |        |          |
`,
  },
  {
    id: "procurement-requirements-checklist",
    nature: "knowledge",
    name: {
      en: "Procurement requirements checklist",
      es: "Lista de requisitos para la contratación",
      it: "Checklist dei requisiti per gli appalti",
      lv: "Iepirkuma prasību kontrolsaraksts",
    },
    description: {
      en: "A checklist to turn co-design results into user-centred, open and legally sound requirements before buying software or services.",
      es: "Una lista para convertir los resultados del codiseño en requisitos centrados en el usuario, abiertos y jurídicamente sólidos antes de comprar software o servicios.",
      it: "Una checklist per trasformare i risultati della co-progettazione in requisiti centrati sull'utente, aperti e giuridicamente solidi prima di acquistare software o servizi.",
      lv: "Kontrolsaraksts, lai pirms programmatūras vai pakalpojumu iegādes pārvērstu kopīgās projektēšanas rezultātus uz lietotāju vērstās, atvērtās un juridiski pamatotās prasībās.",
    },
    instructions: {
      en: "Work through the checklist with the procurement officer, the service owner and at least one user representative. Write requirements as user needs and outcomes rather than as a specific product. Check open standards, accessibility, data protection and exit conditions before the tender is published.",
      es: "La lista se revisa con el responsable de contratación, el titular del servicio y al menos un representante de los usuarios. Los requisitos se redactan como necesidades y resultados para el usuario, no como un producto concreto. Antes de publicar la licitación se comprueban estándares abiertos, accesibilidad, protección de datos y condiciones de salida.",
      it: "Esaminate la checklist con il responsabile degli acquisti, il titolare del servizio e almeno un rappresentante degli utenti. Scrivete i requisiti come bisogni e risultati per l'utente anziché come un prodotto specifico. Verificate standard aperti, accessibilità, protezione dei dati e condizioni di uscita prima di pubblicare la gara.",
      lv: "Izejiet cauri kontrolsarakstam kopā ar iepirkumu speciālistu, pakalpojuma īpašnieku un vismaz vienu lietotāju pārstāvi. Rakstiet prasības kā lietotāju vajadzības un rezultātus, nevis kā konkrētu produktu. Pirms iepirkuma izsludināšanas pārbaudiet atvērtos standartus, piekļūstamību, datu aizsardzību un līguma izbeigšanas nosacījumus.",
    },
    functions: ["documentation", "decision"],
    problemProfiles: ["procurement-requirements", "interoperability", "accessibility"],
    tags: ["procurement", "requirements", "tender", "open-standards"],
    licence: "permissive",
    difficulty: "difficult",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# Procurement requirements checklist

**Purchase:** _what is being bought_ · **Estimated value:** _EUR_ · **Procedure:** _open / negotiated / innovation partnership / small value_
**Procurement officer:** _name_ · **Service owner:** _name_ · **User representative:** _name_

## 1. Need

- [ ] The problem and user needs are described, with evidence from co-design (link)
- [ ] Existing solutions were checked: reuse from other PAs, open source catalogues, shared services
- [ ] Market consultation held or considered

## 2. Functional requirements (as user stories)

| ID | As a… | I need… | So that… | Priority (must / should / could) | How it will be tested |
| -- | ----- | ------- | -------- | -------------------------------- | --------------------- |
| F1 | | | | | |
| F2 | | | | | |

## 3. Quality requirements

- [ ] Accessibility: EN 301 549 / WCAG 2.2 AA, accessibility statement delivered
- [ ] Languages: _list_
- [ ] Data protection: GDPR processor agreement, data stored in the EEA, DPIA input provided
- [ ] Security: _national baseline, penetration test before go-live_
- [ ] Performance and availability: _targets_

## 4. Openness and exit

- [ ] Open standards and documented APIs; data exportable in open formats
- [ ] Licence of delivered software (e.g. EUPL) and ownership of custom code
- [ ] No lock-in: transition assistance and data return at the end of the contract
- [ ] Interoperability with registers and core vocabularies (EIF principles)

## 5. Evaluation criteria

| Criterion | Weight | How it is scored |
| --------- | ------ | ---------------- |
| Price / life-cycle cost | | |
| Quality of the solution against user stories | | |
| Usability test with real users | | |
| Accessibility | | |
| Sustainability and social clauses | | |

## 6. Contract management

- [ ] Acceptance tests with users defined
- [ ] Service levels, support and maintenance defined
- [ ] Users involved in sprint reviews or milestones
`,
  },
  {
    id: "open-data-publication-checklist",
    nature: "knowledge",
    name: {
      en: "Open data publication checklist",
      es: "Lista de comprobación para publicar datos abiertos",
      it: "Checklist per la pubblicazione di dati aperti",
      lv: "Atvērto datu publicēšanas kontrolsaraksts",
    },
    description: {
      en: "A checklist to publish a dataset from the service as open data: legal checks, anonymisation, format, licence and DCAT-AP metadata.",
      es: "Una lista para publicar un conjunto de datos del servicio como datos abiertos: comprobaciones legales, anonimización, formato, licencia y metadatos DCAT-AP.",
      it: "Una checklist per pubblicare un dataset del servizio come dati aperti: verifiche legali, anonimizzazione, formato, licenza e metadati DCAT-AP.",
      lv: "Kontrolsaraksts pakalpojuma datu kopas publicēšanai kā atvērtajiem datiem: juridiskās pārbaudes, anonimizācija, formāts, licence un DCAT-AP metadati.",
    },
    instructions: {
      en: "Use the checklist for each dataset before it leaves the organisation, together with the data owner and the data protection officer. Anonymise and aggregate first, then choose an open format and licence and describe the dataset with DCAT-AP metadata. Publish it on the national open data portal and name someone who keeps it up to date.",
      es: "La lista se aplica a cada conjunto de datos antes de que salga de la organización, junto con su responsable y el delegado de protección de datos. Primero se anonimiza y agrega, después se eligen un formato y una licencia abiertos y se describe el conjunto con metadatos DCAT-AP. Se publica en el portal nacional de datos abiertos y se designa a alguien que lo mantenga actualizado.",
      it: "Usate la checklist per ogni dataset prima che esca dall'organizzazione, insieme al titolare dei dati e al responsabile della protezione dei dati. Prima anonimizzate e aggregate, poi scegliete formato e licenza aperti e descrivete il dataset con metadati DCAT-AP. Pubblicatelo sul portale nazionale dei dati aperti e nominate chi lo terrà aggiornato.",
      lv: "Izmantojiet kontrolsarakstu katrai datu kopai, pirms tā tiek nodota ārpus organizācijas, kopā ar datu īpašnieku un datu aizsardzības speciālistu. Vispirms anonimizējiet un apkopojiet datus, tad izvēlieties atvērtu formātu un licenci un aprakstiet datu kopu ar DCAT-AP metadatiem. Publicējiet to nacionālajā atvērto datu portālā un nosakiet, kurš to uzturēs aktuālu.",
    },
    functions: ["documentation", "communication"],
    problemProfiles: ["open-data-publication", "legal-gdpr-compliance", "knowledge-reuse"],
    tags: ["open-data", "dcat-ap", "anonymisation", "publication"],
    licence: "permissive",
    difficulty: "medium",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# Open data publication checklist

**Dataset:** _name_ · **Data owner:** _organisation, person_ · **Date:** _YYYY-MM-DD_

## 1. May we publish it?

- [ ] We hold the rights to the data, or the source allows republication
- [ ] No personal data, or it has been anonymised so people cannot be re-identified
- [ ] Small counts (e.g. fewer than 5 people) are suppressed or aggregated
- [ ] No commercially confidential or security-sensitive information
- [ ] Data protection officer consulted on: _date_

## 2. Is it useful?

- [ ] Users of the data identified (residents, journalists, researchers, companies, other PAs)
- [ ] Fields and codes documented in a data dictionary
- [ ] Quality known and stated (completeness, errors, update lag)

## 3. Format

- [ ] Machine-readable, open format (CSV with UTF-8, JSON, GeoJSON, RDF)
- [ ] Stable column names; dates as YYYY-MM-DD; decimal point consistent
- [ ] Uses common vocabularies and code lists where they exist
- [ ] A stable URL or API endpoint

## 4. Licence

- [ ] Open licence chosen: _CC BY 4.0 / CC0 / national open licence_
- [ ] Licence stated in the metadata and in the file

## 5. Metadata (DCAT-AP)

| Property | Value |
| -------- | ----- |
| Title | |
| Description | |
| Publisher | |
| Contact point | |
| Keywords / theme | |
| Spatial coverage | |
| Temporal coverage | |
| Update frequency | |
| Distribution (format, URL) | |
| Licence | |

## 6. Publication and maintenance

- [ ] Published on the national open data portal (harvested by data.europa.eu)
- [ ] Person responsible for updates: _name_
- [ ] Feedback channel for data users
`,
  },
  {
    id: "press-release",
    nature: "knowledge",
    name: {
      en: "Press release",
      es: "Nota de prensa",
      it: "Comunicato stampa",
      lv: "Preses relīze",
    },
    description: {
      en: "A template for a press release announcing a co-production process, a call for participants or the launch of a service.",
      es: "Una plantilla de nota de prensa para anunciar un proceso de coproducción, una convocatoria de participantes o el lanzamiento de un servicio.",
      it: "Un modello di comunicato stampa per annunciare un processo di coproduzione, una chiamata ai partecipanti o il lancio di un servizio.",
      lv: "Preses relīzes veidne, lai paziņotu par koprades procesu, aicinājumu piedalīties vai pakalpojuma palaišanu.",
    },
    instructions: {
      en: "Write the headline and first paragraph so that a reader who stops there knows what, who, when, where and why. Quote both a public official and a citizen or partner to show the work is shared. Have every quoted organisation approve the text and send it with a photo and a contact person.",
      es: "El titular y el primer párrafo deben permitir que quien deje de leer ahí sepa qué, quién, cuándo, dónde y por qué. Conviene citar tanto a un responsable público como a un ciudadano o socio para mostrar que el trabajo es compartido. Todas las organizaciones citadas aprueban el texto, que se envía con una foto y una persona de contacto.",
      it: "Scrivete titolo e primo paragrafo in modo che chi si ferma lì sappia cosa, chi, quando, dove e perché. Citate sia un rappresentante dell'amministrazione sia un cittadino o partner per mostrare che il lavoro è condiviso. Fate approvare il testo da ogni organizzazione citata e inviatelo con una foto e un referente.",
      lv: "Uzrakstiet virsrakstu un pirmo rindkopu tā, lai lasītājs, kas apstājas tur, zinātu, kas, kurš, kad, kur un kāpēc. Citējiet gan pārvaldes pārstāvi, gan iedzīvotāju vai partneri, lai parādītu, ka darbs ir kopīgs. Saskaņojiet tekstu ar katru citēto organizāciju un nosūtiet to kopā ar fotoattēlu un kontaktpersonu.",
    },
    functions: ["communication"],
    problemProfiles: ["communicate-progress", "low-citizen-engagement"],
    tags: ["press-release", "media", "communication", "launch"],
    licence: "permissive",
    difficulty: "easy",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# Press release

**FOR IMMEDIATE RELEASE** / **EMBARGOED UNTIL** _date, time_

## Headline: active verb, concrete result, under 12 words

_e.g. "Residents and city hall redesign the school enrolment service together"_

### Sub-headline: one sentence adding the most important detail

**_City, date_** — _First paragraph: who is doing what, when, where and why, in 2–3 sentences.
A reader who stops here must have the whole story._

_Second paragraph: the problem the service addresses, with one number that shows its size._

_Third paragraph: how it was co-produced — who took part (residents, nonprofits, companies, the administration),
how many people, what they contributed._

> "_Quote from a public official about why working with residents matters._"
> — _Name, role, organisation_

> "_Quote from a resident, volunteer or partner about what changes for them._"
> — _Name, role_

_Fourth paragraph: what happens next and how people can take part or use the service (date, link, place)._

### About the process

_Two sentences on the co-production process and the partners involved, with links._

### Media contact

| Name | Role | Phone | E-mail |
| ---- | ---- | ----- | ------ |
|      |      |       |        |

**Photos and materials:** _link to images with credits and licence_

## Checklist before sending

- [ ] All facts and numbers checked
- [ ] Every quoted person and organisation approved the text
- [ ] Photos have consent from the people shown
- [ ] Plain language; no internal jargon or acronyms
- [ ] Published on the process page at the same time
`,
  },
  {
    id: "hackathon-brief",
    nature: "knowledge",
    name: {
      en: "Hackathon brief",
      es: "Documento base del hackatón",
      it: "Documento di presentazione dell'hackathon",
      lv: "Hakatona apraksts",
    },
    description: {
      en: "A template for the brief that defines a civic hackathon: challenges, data and APIs offered, rules, judging criteria, prizes and follow-up.",
      es: "Una plantilla para el documento que define un hackatón cívico: retos, datos y API disponibles, reglas, criterios de evaluación, premios y seguimiento.",
      it: "Un modello per il documento che definisce un hackathon civico: sfide, dati e API disponibili, regole, criteri di valutazione, premi e seguito.",
      lv: "Veidne dokumentam, kas definē pilsonisko hakatonu: izaicinājumi, pieejamie dati un API, noteikumi, vērtēšanas kritēriji, balvas un turpmākā rīcība.",
    },
    instructions: {
      en: "Write the brief with the people who own the problems and the data, at least six weeks before the event. Describe each challenge from the users' point of view and make sure the promised data is actually available and documented. Publish the brief with the call for participants and explain upfront what happens to the winning ideas.",
      es: "El documento se redacta con los responsables de los problemas y de los datos al menos seis semanas antes del evento. Cada reto se describe desde el punto de vista de los usuarios y se comprueba que los datos prometidos están realmente disponibles y documentados. Se publica con la convocatoria de participantes y se explica de antemano qué pasará con las ideas ganadoras.",
      it: "Scrivete il documento con chi è titolare dei problemi e dei dati, almeno sei settimane prima dell'evento. Descrivete ogni sfida dal punto di vista degli utenti e verificate che i dati promessi siano davvero disponibili e documentati. Pubblicatelo con la chiamata ai partecipanti e spiegate in anticipo cosa succederà alle idee vincitrici.",
      lv: "Sagatavojiet aprakstu kopā ar problēmu un datu īpašniekiem vismaz sešas nedēļas pirms pasākuma. Aprakstiet katru izaicinājumu no lietotāju skatpunkta un pārliecinieties, ka solītie dati tiešām ir pieejami un dokumentēti. Publicējiet aprakstu kopā ar aicinājumu piedalīties un jau iepriekš paskaidrojiet, kas notiks ar uzvarējušajām idejām.",
    },
    functions: ["organization", "engagement", "communication"],
    problemProfiles: ["generate-ideas", "open-data-publication", "low-citizen-engagement"],
    tags: ["hackathon", "challenge", "open-data", "innovation"],
    licence: "permissive",
    difficulty: "medium",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# Hackathon brief

## The event

| Item | Detail |
| ---- | ------ |
| Name | |
| Dates and duration | _e.g. Friday 18:00 – Sunday 16:00_ |
| Place / online | |
| Organisers and partners | |
| Who can take part | _developers, designers, residents, students, civil servants_ |
| Language(s) | |
| Registration link and deadline | |

## Why we run it

_The public problem behind the event and what we hope to get out of it._

## Challenges

### Challenge 1: _title_

- **Problem owner:** _department or organisation_
- **Who is affected:** _users, with a short story_
- **What we know:** _key facts and research_
- **What a good solution does:** _outcomes, not features_
- **Constraints:** _legal, technical, budget_
- **Mentor available:** _name_

### Challenge 2: _title_

- _same structure_

## Resources offered

| Dataset / API / tool | Description | Link | Licence | Contact |
| -------------------- | ----------- | ---- | ------- | ------- |
|                      |             |      |         |         |

## Rules

- Teams of 2–5 people, mixing skills; solo participants are matched at the start
- Code and content produced are published under _licence_
- Only the data provided or openly licensed data may be used; no personal data
- The code of conduct applies throughout

## Judging criteria

| Criterion | Weight |
| --------- | ------ |
| Fit with the challenge and user needs | 30% |
| Feasibility for the administration | 25% |
| Inclusion and accessibility | 20% |
| Quality of the prototype | 15% |
| Pitch | 10% |

**Jury:** _names, including at least one user representative_

## Prizes and follow-up

_Prizes, and the concrete path for winners: mentoring, pilot, procurement, incubation._
`,
  },
  {
    id: "meeting-agenda",
    nature: "knowledge",
    name: {
      en: "Meeting agenda and scheduling template",
      es: "Plantilla de orden del día y convocatoria",
      it: "Modello di ordine del giorno e convocazione",
      lv: "Sanāksmes darba kārtības un plānošanas veidne",
    },
    description: {
      en: "A template to prepare a focused meeting: goal, agenda with timings, preparation, logistics and access needs, sent with the invitation.",
      es: "Una plantilla para preparar una reunión centrada: objetivo, orden del día con tiempos, preparación, logística y necesidades de accesibilidad, enviada con la convocatoria.",
      it: "Un modello per preparare una riunione mirata: obiettivo, ordine del giorno con tempi, preparazione, logistica ed esigenze di accessibilità, da inviare con la convocazione.",
      lv: "Veidne mērķtiecīgas sanāksmes sagatavošanai: mērķis, darba kārtība ar laikiem, sagatavošanās, loģistika un piekļūstamības vajadzības, ko nosūta kopā ar uzaicinājumu.",
    },
    instructions: {
      en: "Agree on a date with a poll that includes evening or weekend options for volunteers. Fill in the agenda with a goal and expected outcome for each item, and send it with the invitation at least a week before. Start and end on time, and use the meeting minutes template during the meeting.",
      es: "La fecha se acuerda mediante una encuesta que incluya opciones de tarde o fin de semana para el voluntariado. El orden del día se completa con un objetivo y un resultado esperado para cada punto y se envía con la convocatoria al menos una semana antes. La reunión empieza y termina a su hora y se usa la plantilla de acta durante la misma.",
      it: "Concordate la data con un sondaggio che includa opzioni serali o nel fine settimana per i volontari. Compilate l'ordine del giorno con un obiettivo e un risultato atteso per ogni punto e inviatelo con la convocazione almeno una settimana prima. Iniziate e finite in orario e usate il modello di verbale durante la riunione.",
      lv: "Vienojieties par datumu ar aptauju, kurā iekļauti arī vakara vai nedēļas nogales laiki brīvprātīgajiem. Aizpildiet darba kārtību, katram punktam norādot mērķi un gaidāmo rezultātu, un nosūtiet to kopā ar uzaicinājumu vismaz nedēļu iepriekš. Sāciet un beidziet laikā un sanāksmes gaitā izmantojiet protokola veidni.",
    },
    functions: ["scheduling", "organization"],
    problemProfiles: ["schedule-meetings", "document-decisions"],
    tags: ["agenda", "meetings", "scheduling", "facilitation"],
    licence: "permissive",
    difficulty: "very_easy",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# Meeting agenda

## Invitation

| Item | Detail |
| ---- | ------ |
| Meeting | |
| Goal of the meeting | _one sentence: what will be different when it ends?_ |
| Date and time | _start – end, time zone_ |
| Place | _address, room, step-free access_ |
| Online link | _with dial-in number_ |
| Chair / facilitator | |
| Note-taker | |
| Invited | |
| Please reply by | |

## Finding a date

Proposed slots (poll link: _ _):

| Option | Date | Time | Suits volunteers? |
| ------ | ---- | ---- | ----------------- |
| A | | | |
| B | | | |
| C | | | |

## Agenda

| Time | Item | Purpose (inform / discuss / decide) | Lead | Expected outcome |
| ---- | ---- | ----------------------------------- | ---- | ---------------- |
| 0:00 | Welcome, goal, agenda check | inform | chair | agreed agenda |
| 0:05 | Actions from last meeting | inform | | |
| 0:15 | | discuss | | |
| 0:40 | | decide | | decision recorded |
| 0:55 | Next steps and date of next meeting | decide | chair | actions with owners |
| 1:00 | End | | | |

## Preparation

- Please read: _links_
- Please bring: _data, ideas, questions_

## Access needs

_Let us know by date if you need interpretation, captions, a hearing loop, step-free access, childcare or travel support._
`,
  },
  {
    id: "conflict-resolution-guide",
    nature: "knowledge",
    name: {
      en: "Conflict resolution guide",
      es: "Guía de resolución de conflictos",
      it: "Guida alla risoluzione dei conflitti",
      lv: "Konfliktu risināšanas ceļvedis",
    },
    description: {
      en: "A step-by-step guide to address disagreements between partners or participants early, fairly and with a clear escalation path.",
      es: "Una guía paso a paso para abordar pronto, de forma justa y con una vía de escalado clara los desacuerdos entre socios o participantes.",
      it: "Una guida passo passo per affrontare presto, in modo equo e con un chiaro percorso di escalation i disaccordi tra partner o partecipanti.",
      lv: "Soli pa solim ceļvedis, kā agri, taisnīgi un ar skaidru eskalācijas kārtību risināt domstarpības starp partneriem vai dalībniekiem.",
    },
    instructions: {
      en: "Agree on the escalation steps when the collaboration starts, before any conflict exists. When a disagreement appears, use the guide to separate positions from interests and to look for options together. Record the outcome in the decision log and escalate only when the previous step has really been tried.",
      es: "Los pasos de escalado se acuerdan al inicio de la colaboración, antes de que exista ningún conflicto. Cuando surge un desacuerdo, la guía ayuda a separar posiciones de intereses y a buscar opciones en común. El resultado se anota en el registro de decisiones y solo se escala cuando se ha intentado de verdad el paso anterior.",
      it: "Concordate i passaggi di escalation all'inizio della collaborazione, prima che nasca qualsiasi conflitto. Quando emerge un disaccordo, usate la guida per separare le posizioni dagli interessi e cercare opzioni insieme. Registrate l'esito nel registro delle decisioni e passate al livello successivo solo dopo aver davvero tentato quello precedente.",
      lv: "Vienojieties par eskalācijas soļiem sadarbības sākumā, pirms vēl radies kāds konflikts. Kad rodas domstarpības, izmantojiet ceļvedi, lai nošķirtu nostājas no interesēm un kopīgi meklētu risinājumus. Iznākumu ierakstiet lēmumu žurnālā un pārejiet uz nākamo līmeni tikai tad, kad iepriekšējais solis patiešām izmēģināts.",
    },
    functions: ["decision", "communication"],
    problemProfiles: ["conflict-resolution", "collective-decision-making", "trust-pa-citizens"],
    tags: ["conflict", "mediation", "negotiation", "governance"],
    licence: "permissive",
    difficulty: "medium",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# Conflict resolution guide

## Principles

- Address disagreements early, while they are small.
- Talk to each other before talking about each other.
- Separate the people from the problem; focus on interests, not positions.
- Every party may bring a person they trust.

## Escalation path (agreed at the start)

| Step | Who | Time limit |
| ---- | --- | ---------- |
| 1. Direct conversation | the people involved | 1 week |
| 2. Facilitated conversation | a neutral team member | 2 weeks |
| 3. Steering group decision | steering group, using the agreed decision rule | next meeting |
| 4. External mediation | _named mediator or ombudsperson_ | as agreed |

## Working through a disagreement

### 1. Describe the situation

- What happened, in facts, without judgement?
- What is the disagreement about: goals, information, methods, roles, values, resources?

### 2. Understand each side

| Party | Position (what they ask for) | Interests (why it matters to them) | Constraints |
| ----- | ---------------------------- | ---------------------------------- | ----------- |
|       |                              |                                    |             |
|       |                              |                                    |             |

### 3. Find common ground

- What do all parties want?
- Which facts do we agree on? Which do we need to check?

### 4. Generate options

| Option | Meets interests of… | Concerns |
| ------ | ------------------- | -------- |
|        |                     |          |

### 5. Agree and record

- **Agreement:**
- **Who does what by when:**
- **How we will know it works:**
- **Recorded in decision log as:** _D-xxx_

## When it is not a disagreement

Harassment, discrimination or threats are handled under the code of conduct, not by negotiation.
`,
  },
  {
    id: "ideation-session-guide",
    nature: "knowledge",
    name: {
      en: "Ideation session guide",
      es: "Guía para sesiones de ideación",
      it: "Guida per sessioni di ideazione",
      lv: "Ideju ģenerēšanas sesijas ceļvedis",
    },
    description: {
      en: "A guide to run an ideation session: framing 'How might we…?' questions, generating many ideas, clustering them and choosing fairly.",
      es: "Una guía para dirigir una sesión de ideación: formular preguntas '¿Cómo podríamos…?', generar muchas ideas, agruparlas y elegir de forma justa.",
      it: "Una guida per condurre una sessione di ideazione: formulare domande 'Come potremmo…?', generare molte idee, raggrupparle e scegliere in modo equo.",
      lv: "Ceļvedis ideju ģenerēšanas sesijas vadīšanai: jautājumu 'Kā mēs varētu…?' formulēšana, daudzu ideju radīšana, to grupēšana un taisnīga izvēle.",
    },
    instructions: {
      en: "Turn the main pain points from research into three to five 'How might we…?' questions before the session. Generate ideas individually first and then in groups, so quieter people contribute, and postpone judgement until the selection step. Select with clear criteria and dot voting, and record why the chosen ideas won.",
      es: "Antes de la sesión, los principales puntos de dolor de la investigación se convierten en entre tres y cinco preguntas '¿Cómo podríamos…?'. Las ideas se generan primero de forma individual y luego en grupo, para que también aporten las personas más calladas, y el juicio se aplaza hasta la selección. Se elige con criterios claros y votación por puntos, y se anota por qué ganaron las ideas elegidas.",
      it: "Prima della sessione trasformate i principali punti critici emersi dalla ricerca in tre-cinque domande 'Come potremmo…?'. Generate idee prima individualmente e poi in gruppo, così che contribuiscano anche i più silenziosi, e rimandate il giudizio alla fase di selezione. Scegliete con criteri chiari e voto a punti, e annotate perché hanno vinto le idee scelte.",
      lv: "Pirms sesijas pārvērtiet galvenās izpētē atklātās problēmas trīs līdz piecos jautājumos 'Kā mēs varētu…?'. Vispirms ģenerējiet idejas individuāli un tikai tad grupās, lai savu ieguldījumu dotu arī klusākie, un atlieciet vērtēšanu līdz atlases solim. Izvēlieties pēc skaidriem kritērijiem ar punktu balsojumu un pierakstiet, kāpēc uzvarēja izvēlētās idejas.",
    },
    functions: ["engagement", "decision"],
    problemProfiles: ["generate-ideas", "collective-decision-making"],
    tags: ["ideation", "brainstorming", "how-might-we", "dot-voting"],
    licence: "permissive",
    difficulty: "easy",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# Ideation session guide

**Session:** _name, date_ · **Facilitator:** _name_ · **Participants:** _number and groups_ · **Duration:** 90 min

## 1. Frame the questions (before the session)

Turn each key insight into a "How might we…?" (HMW) question: broad enough for many answers, narrow enough to act on.

| Insight from research | HMW question |
| --------------------- | ------------ |
| _Parents miss the enrolment deadline because letters arrive late_ | _How might we make sure every parent knows the deadline in time?_ |
| | |
| | |

## 2. Agenda

| Time | Step | How |
| ---- | ---- | --- |
| 0:00 | Warm-up | _e.g. "30 circles": draw as many objects as possible in 3 minutes_ |
| 0:10 | Share insights and HMW questions | persona and journey on the wall |
| 0:20 | Silent individual ideas | one idea per sticky note, 8 minutes per question |
| 0:40 | Share and build | "Yes, and…", no criticism yet |
| 0:55 | Cluster | group similar ideas, name each cluster |
| 1:05 | Select | criteria below, 3 dots per person |
| 1:20 | Shape the top ideas | idea card for each |
| 1:30 | Close | next steps |

## 3. Selection criteria

| Criterion | Question |
| --------- | -------- |
| Desirable | Does it solve a real pain for users, including vulnerable groups? |
| Feasible | Can we build and test it with our resources? |
| Viable | Could it be sustained after the pilot? |
| Lawful | Is it compatible with the legal framework and GDPR? |

## 4. Idea card

- **Name:**
- **HMW question it answers:**
- **How it works, in three sentences:**
- **Who benefits:**
- **Riskiest assumption:**
- **Cheapest way to test it:**

## 5. Result

| Idea | Dots | Decision (prototype / park / drop) | Reason |
| ---- | ---- | ---------------------------------- | ------ |
|      |      |                                    |        |
`,
  },
  {
    id: "process-charter",
    nature: "knowledge",
    name: {
      en: "Co-production process charter",
      es: "Carta del proceso de coproducción",
      it: "Carta del processo di coproduzione",
      lv: "Koprades procesa harta",
    },
    description: {
      en: "A one-page charter stating the vision, shared goals, scope, governance model and success criteria that all partners agree on.",
      es: "Una carta de una página que recoge la visión, los objetivos comunes, el alcance, el modelo de gobernanza y los criterios de éxito acordados por todos los socios.",
      it: "Una carta di una pagina con visione, obiettivi comuni, ambito, modello di governance e criteri di successo concordati da tutti i partner.",
      lv: "Vienas lapas harta, kurā noteikts redzējums, kopīgie mērķi, tvērums, pārvaldības modelis un veiksmes kritēriji, par kuriem vienojušies visi partneri.",
    },
    instructions: {
      en: "Draft the charter in the first joint meeting, after the problem tree and stakeholder map are ready. Discuss each section until every partner can live with it and keep it to one page. Publish it on the process page and return to it whenever the team debates direction or scope.",
      es: "La carta se redacta en la primera reunión conjunta, cuando el árbol de problemas y el mapa de actores están listos. Cada sección se discute hasta que todos los socios puedan aceptarla y el texto cabe en una página. Se publica en la página del proceso y se vuelve a ella cada vez que el equipo debate el rumbo o el alcance.",
      it: "Redigete la carta nella prima riunione congiunta, quando albero dei problemi e mappa degli stakeholder sono pronti. Discutete ogni sezione finché ogni partner può accettarla e mantenetela in una pagina. Pubblicatela sulla pagina del processo e riprendetela ogni volta che il team discute di direzione o ambito.",
      lv: "Sagatavojiet hartu pirmajā kopīgajā sanāksmē, kad problēmu koks un ieinteresēto pušu karte ir gatavi. Apspriediet katru sadaļu, līdz katrs partneris to var pieņemt, un ierobežojiet tekstu līdz vienai lapai. Publicējiet to procesa lapā un atgriezieties pie tās ikreiz, kad komanda diskutē par virzienu vai tvērumu.",
    },
    functions: ["decision", "organization"],
    problemProfiles: ["agree-shared-goals", "define-the-problem", "collective-decision-making"],
    tags: ["charter", "vision", "goals", "governance", "scope"],
    licence: "permissive",
    difficulty: "easy",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# Co-production process charter

**Process:** _name_ · **Agreed on:** _date_ · **Partners:** _list_

## Vision

_In one or two sentences: what will be better for people when we succeed?_

> 

## The problem we tackle

_The core problem from the problem tree, with one figure that shows why it matters._

## Shared goals

| # | Goal | How we will know (success criterion) | By when |
| - | ---- | ------------------------------------ | ------- |
| 1 | | | |
| 2 | | | |
| 3 | | | |

## Scope

| In scope | Out of scope |
| -------- | ------------ |
|          |              |

## Who takes part

- **Target users:**
- **Public administration(s):**
- **Nonprofits and citizen groups:**
- **Companies and research:**

## Governance

- **Governance model:** C2G citizen sourcing / G+G public–civic partnership / G2C government as a platform / C2C citizen to citizen
- **Who decides what:** _see RACI matrix_
- **Decision rule:**
- **What is already fixed and not open for discussion:**

## Principles we follow

- Openness: documents and results are public unless there is a reason not to be.
- Inclusion: we go where people are and remove barriers to taking part.
- Honesty: we report back on what happened with every contribution.

## Resources

_Time, money and skills each partner commits (details in the collaboration agreement)._

## Signatures or endorsements

| Partner | Name | Date |
| ------- | ---- | ---- |
|         |      |      |
`,
  },
  {
    id: "digital-inclusion-plan",
    nature: "knowledge",
    name: {
      en: "Digital inclusion plan",
      es: "Plan de inclusión digital",
      it: "Piano di inclusione digitale",
      lv: "Digitālās iekļaušanas plāns",
    },
    description: {
      en: "A template to make sure people with limited digital skills, devices or connectivity can take part in the process and use the service.",
      es: "Una plantilla para garantizar que las personas con pocas competencias digitales, dispositivos o conexión puedan participar en el proceso y usar el servicio.",
      it: "Un modello per garantire che chi ha poche competenze digitali, dispositivi o connessione possa partecipare al processo e usare il servizio.",
      lv: "Veidne, kas palīdz nodrošināt, ka cilvēki ar ierobežotām digitālajām prasmēm, ierīcēm vai savienojumu var piedalīties procesā un lietot pakalpojumu.",
    },
    instructions: {
      en: "Use research data to estimate who may be excluded by a digital-first approach. For each group, plan non-digital alternatives and assisted digital support, and work with libraries and community centres that people already trust. Check during testing that the assisted routes really work.",
      es: "Con los datos de la investigación se estima quién puede quedar excluido por un enfoque digital. Para cada grupo se planifican alternativas no digitales y apoyo digital asistido, en colaboración con bibliotecas y centros comunitarios en los que la gente ya confía. Durante las pruebas se comprueba que las vías asistidas funcionan de verdad.",
      it: "Usate i dati della ricerca per stimare chi potrebbe essere escluso da un approccio digitale. Per ogni gruppo pianificate alternative non digitali e assistenza digitale, collaborando con biblioteche e centri di comunità di cui le persone già si fidano. Durante i test verificate che i percorsi assistiti funzionino davvero.",
      lv: "Izmantojot izpētes datus, aplēsiet, kurus cilvēkus digitāli orientēta pieeja varētu atstumt. Katrai grupai plānojiet nedigitālas alternatīvas un digitālās palīdzības atbalstu, sadarbojoties ar bibliotēkām un kopienu centriem, kuriem cilvēki jau uzticas. Testēšanas laikā pārbaudiet, vai palīdzības ceļi tiešām darbojas.",
    },
    functions: ["engagement", "organization"],
    problemProfiles: ["digital-skills", "reach-vulnerable-groups", "accessibility"],
    tags: ["digital-inclusion", "digital-skills", "assisted-digital", "inclusion"],
    licence: "permissive",
    difficulty: "medium",
    administrativeScope: ["national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# Digital inclusion plan

**Process / service:** _name_ · **Owner:** _name_ · **Date:** _YYYY-MM-DD_

## Who may be left out?

| Group | Estimated size | Barrier (skills, device, connection, confidence, disability, language) | Evidence |
| ----- | -------------- | ---------------------------------------------------------------------- | -------- |
| Older people living alone | | | |
| People on low incomes | | | |
| Recent migrants | | | |
| People with disabilities | | | |
| | | | |

## Taking part in the co-production process

- [ ] Every online activity has an offline or phone alternative
- [ ] Participants can borrow a device or data bundle
- [ ] A helper is available before online sessions to test the connection
- [ ] Materials can be printed and sent by post

## Using the service

| Route | Description | Where / who | Opening hours |
| ----- | ----------- | ----------- | ------------- |
| Fully online | | | |
| Assisted digital (someone helps you online) | | | |
| Phone | | | |
| In person | | | |
| Through an intermediary (family, social worker, nonprofit) | | | |

## Trusted intermediaries

| Organisation | What they offer | Contact | Agreement in place? |
| ------------ | --------------- | ------- | ------------------- |
| Public library | | | |
| Community centre | | | |
| | | | |

## Building skills

_Short training sessions, step-by-step guides with screenshots, videos with captions, peer helpers._

## Checks

- [ ] Assisted routes tested with people from each group
- [ ] Share of users on each route monitored in the KPI plan
- [ ] Nobody is worse off than before the digital service existed
`,
  },
  {
    id: "inclusive-outreach-guide",
    nature: "knowledge",
    name: {
      en: "Inclusive outreach guide",
      es: "Guía de difusión inclusiva",
      it: "Guida al coinvolgimento inclusivo",
      lv: "Iekļaujošas uzrunāšanas ceļvedis",
    },
    description: {
      en: "A guide to reach people who rarely take part in public processes, by going where they are and working through trusted organisations.",
      es: "Una guía para llegar a quienes rara vez participan en procesos públicos, yendo a donde están y trabajando con organizaciones de confianza.",
      it: "Una guida per raggiungere chi partecipa raramente ai processi pubblici, andando dove si trova e lavorando con organizzazioni di fiducia.",
      lv: "Ceļvedis, kā sasniegt cilvēkus, kas reti piedalās publiskos procesos, dodoties tur, kur viņi ir, un sadarbojoties ar uzticamām organizācijām.",
    },
    instructions: {
      en: "Compare who has taken part so far with who uses or needs the service, and choose the groups to reach. For each group, find a trusted partner organisation, go to places and times that suit the group, and pay for people's time and costs. Report back to the groups in person about what changed thanks to them.",
      es: "Se compara quién ha participado hasta ahora con quién usa o necesita el servicio y se eligen los grupos a los que llegar. Para cada grupo se busca una organización de confianza, se va a lugares y horarios que le convengan y se compensa el tiempo y los gastos de las personas. Después se informa en persona a los grupos de lo que cambió gracias a ellos.",
      it: "Confrontate chi ha partecipato finora con chi usa o ha bisogno del servizio e scegliete i gruppi da raggiungere. Per ogni gruppo trovate un'organizzazione partner di fiducia, andate in luoghi e orari adatti e riconoscete il tempo e le spese delle persone. Tornate poi dai gruppi per raccontare di persona cosa è cambiato grazie a loro.",
      lv: "Salīdziniet, kas līdz šim piedalījies, ar tiem, kas pakalpojumu lieto vai kam tas vajadzīgs, un izvēlieties grupas, kuras uzrunāt. Katrai grupai atrodiet uzticamu partnerorganizāciju, tiecieties ar cilvēkiem grupai piemērotās vietās un laikos un atlīdziniet cilvēkiem laiku un izdevumus. Pēc tam klātienē pastāstiet grupām, kas mainījās, pateicoties viņiem.",
    },
    functions: ["engagement", "communication"],
    problemProfiles: ["reach-vulnerable-groups", "low-citizen-engagement", "trust-pa-citizens"],
    tags: ["outreach", "inclusion", "vulnerable-groups", "community"],
    licence: "permissive",
    difficulty: "medium",
    administrativeScope: ["national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# Inclusive outreach guide

## 1. Who is missing?

| Group | Share among service users | Share among participants so far | Gap |
| ----- | ------------------------- | ------------------------------- | --- |
|       |                           |                                 |     |

## 2. Why might they not take part?

- [ ] They do not know about the process
- [ ] They do not believe it will change anything
- [ ] Time, childcare or travel costs
- [ ] Language or literacy
- [ ] Disability or health
- [ ] Fear of authorities (residence status, benefits)
- [ ] Digital barriers
- [ ] Previous bad experiences with consultations

## 3. Outreach plan per group

| Group | Trusted partner | Where they already meet | Best time | Method | Who goes | Support offered |
| ----- | --------------- | ----------------------- | --------- | ------ | -------- | --------------- |
|       |                 |                         |           |        |          |                 |

Methods that work: a stand at the market or school gate, a session inside an existing group meeting,
peer researchers from the community, phone calls, home visits with a partner organisation.

## 4. Our invitation

- Explain in two sentences what the process is about and what it can change.
- Say what is in it for them and what we offer (refreshments, voucher, childcare, travel).
- Say clearly that taking part has no effect on their benefits or status.
- Offer the text in plain language, other languages and easy-read.

## 5. During the activity

- Let the partner organisation open and host the session.
- Use visual materials and stories rather than forms.
- Allow people to contribute anonymously.

## 6. Closing the loop

| Group | What they told us | What we did with it | How and when we told them |
| ----- | ----------------- | ------------------- | ------------------------- |
|       |                   |                     |                           |
`,
  },
  {
    id: "co-reflection-session-guide",
    nature: "knowledge",
    name: {
      en: "Co-reflection session guide",
      es: "Guía para sesiones de correflexión",
      it: "Guida per sessioni di co-riflessione",
      lv: "Kopīgas refleksijas sesijas ceļvedis",
    },
    description: {
      en: "A guide to run a reflection session in which partners and participants look back together at how the collaboration went and what to change.",
      es: "Una guía para dirigir una sesión en la que socios y participantes analizan juntos cómo fue la colaboración y qué cambiar.",
      it: "Una guida per condurre una sessione in cui partner e partecipanti riflettono insieme su come è andata la collaborazione e su cosa cambiare.",
      lv: "Ceļvedis sesijas vadīšanai, kurā partneri un dalībnieki kopīgi atskatās uz sadarbību un lemj, ko mainīt.",
    },
    instructions: {
      en: "Hold the session at the end of each phase with a facilitator who was not deeply involved. Collect anonymous input beforehand so that difficult topics surface, then discuss patterns rather than individuals. End with a short list of concrete changes with owners and check them at the next session.",
      es: "La sesión se celebra al final de cada fase con una persona facilitadora que no haya estado muy implicada. Se recogen aportaciones anónimas de antemano para que salgan a la luz los temas difíciles, y después se discuten patrones, no personas. Se termina con una lista breve de cambios concretos con responsables, que se revisa en la sesión siguiente.",
      it: "Tenete la sessione alla fine di ogni fase con un facilitatore non troppo coinvolto. Raccogliete prima contributi anonimi, così che emergano i temi difficili, poi discutete schemi ricorrenti anziché singole persone. Chiudete con un breve elenco di cambiamenti concreti con responsabili e verificateli nella sessione successiva.",
      lv: "Rīkojiet sesiju katra posma beigās ar vadītāju, kurš nav bijis cieši iesaistīts. Iepriekš savāciet anonīmus viedokļus, lai atklātos arī sarežģīti temati, un pēc tam apspriediet likumsakarības, nevis atsevišķus cilvēkus. Noslēdziet ar īsu konkrētu izmaiņu sarakstu ar atbildīgajiem un pārbaudiet tās nākamajā sesijā.",
    },
    functions: ["evaluation", "communication"],
    problemProfiles: ["knowledge-reuse", "trust-pa-citizens", "conflict-resolution"],
    tags: ["reflection", "retrospective", "learning", "facilitation"],
    licence: "permissive",
    difficulty: "easy",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# Co-reflection session guide

**Process / phase:** _name_ · **Date:** _ _ · **Facilitator:** _name_ · **Duration:** 90 min

## Before the session

Send a short anonymous questionnaire (scale 1–5 plus a comment):

| Statement | Average | Comments |
| --------- | ------- | -------- |
| I understood the goals of this phase | | |
| My contribution was heard and used | | |
| Decisions were taken in a fair and transparent way | | |
| The tools and meetings helped us work together | | |
| The administration and citizens trusted each other | | |
| I want to continue in the next phase | | |

## Agenda

| Time | Step | Method |
| ---- | ---- | ------ |
| 0:00 | Set the stage: purpose, confidentiality, "everyone did their best with what they knew" | |
| 0:10 | Timeline: key moments of the phase, highs and lows | everyone adds to a shared timeline |
| 0:30 | Questionnaire results | facilitator presents, group reacts |
| 0:45 | What to keep / what to stop / what to try | silent writing, then clustering |
| 1:10 | Choose changes | each person picks two; top three are adopted |
| 1:25 | Close: one word each on how you leave | |

## Keep / stop / try

| Keep | Stop | Try |
| ---- | ---- | --- |
|      |      |     |

## Changes adopted

| Change | Owner | Check on |
| ------ | ----- | -------- |
|        |       |          |

## Follow-up from the last session

| Change adopted last time | Done? | Effect |
| ------------------------ | ----- | ------ |
|                          |       |        |

## For the lessons-learned report

_Insights worth sharing with other administrations or future processes._
`,
  },
  {
    id: "service-launch-checklist",
    nature: "knowledge",
    name: {
      en: "Service launch checklist",
      es: "Lista de comprobación para el lanzamiento del servicio",
      it: "Checklist per il lancio del servizio",
      lv: "Pakalpojuma palaišanas kontrolsaraksts",
    },
    description: {
      en: "A checklist to confirm that a co-produced service is ready to go live: legal, technical, support, communication and monitoring.",
      es: "Una lista para confirmar que un servicio coproducido está listo para ponerse en marcha: aspectos legales, técnicos, de soporte, comunicación y seguimiento.",
      it: "Una checklist per confermare che un servizio coprodotto è pronto per l'avvio: aspetti legali, tecnici, assistenza, comunicazione e monitoraggio.",
      lv: "Kontrolsaraksts, lai pārliecinātos, ka kopradē izveidots pakalpojums ir gatavs darbam: juridiskie, tehniskie, atbalsta, komunikācijas un uzraudzības aspekti.",
    },
    instructions: {
      en: "Go through the checklist with all partners two weeks before the planned launch and again the day before. Assign an owner to every open item and agree which items block the launch. After launch, hold a review within a month with users and staff.",
      es: "La lista se revisa con todos los socios dos semanas antes del lanzamiento previsto y de nuevo la víspera. Cada punto abierto recibe un responsable y se acuerda qué puntos bloquean el lanzamiento. Tras el lanzamiento, se hace una revisión con usuarios y personal en el plazo de un mes.",
      it: "Esaminate la checklist con tutti i partner due settimane prima del lancio previsto e di nuovo il giorno prima. Assegnate un responsabile a ogni punto aperto e concordate quali punti bloccano il lancio. Dopo il lancio, fate una revisione con utenti e personale entro un mese.",
      lv: "Izejiet cauri kontrolsarakstam kopā ar visiem partneriem divas nedēļas pirms plānotās palaišanas un vēlreiz dienu iepriekš. Katram atvērtajam punktam norīkojiet atbildīgo un vienojieties, kuri punkti aptur palaišanu. Mēneša laikā pēc palaišanas rīkojiet pārskatu kopā ar lietotājiem un darbiniekiem.",
    },
    functions: ["organization", "monitoring"],
    problemProfiles: ["manage-risks", "communicate-progress", "legal-gdpr-compliance"],
    tags: ["launch", "go-live", "readiness", "checklist"],
    licence: "permissive",
    difficulty: "easy",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    softwareInterlinkerId: "document",
    template: `# Service launch checklist

**Service:** _name_ · **Launch date:** _YYYY-MM-DD_ · **Launch lead:** _name_

Mark each item: ✅ done · ⏳ in progress · ❌ not done · **B** = blocks the launch.

## Legal and governance

- [ ] Legal basis and mandate confirmed by the competent authority (B)
- [ ] DPIA completed or screening shows it is not needed (B)
- [ ] Privacy notice and accessibility statement published (B)
- [ ] Contracts and data-sharing agreements signed

## Service and users

- [ ] Final round of testing with users done; critical issues fixed (B)
- [ ] Accessibility checklist passed at WCAG 2.2 AA
- [ ] Non-digital and assisted routes ready
- [ ] Service description (CPSV-AP) published in the catalogue

## Technology

- [ ] Security review done; credentials rotated (B)
- [ ] Backups configured and a restore tested
- [ ] Monitoring and alerts in place
- [ ] Rollback plan written

## People and support

- [ ] Front-line staff and volunteers trained
- [ ] Support channel, opening hours and response times published
- [ ] FAQ written with questions from testing

## Communication

- [ ] Participants of the co-production process told first, and thanked
- [ ] Press release and social media posts approved
- [ ] Partner organisations ready to spread the word

## Monitoring

- [ ] Baseline values of the KPIs recorded
- [ ] Feedback channel open and monitored daily in the first weeks
- [ ] Date of the post-launch review set

## Open items

| Item | Blocks launch? | Owner | Due |
| ---- | -------------- | ----- | --- |
|      |                |       |     |
`,
  },
];

export const knowledgeInterlinkers: SeedInterlinker[] = withTemplateTranslations(knowledgeSeeds);

export const externalInterlinkers: SeedInterlinker[] = [
  {
    id: "decidim",
    nature: "external_software",
    name: {
      en: "Decidim participatory democracy platform",
      es: "Decidim, plataforma de democracia participativa",
      it: "Decidim, piattaforma di democrazia partecipativa",
      lv: "Decidim līdzdalības demokrātijas platforma",
    },
    description: {
      en: "Free and open-source platform for participatory processes, assemblies, proposals, participatory budgeting and consultations, created by the city of Barcelona.",
      es: "Plataforma libre y de código abierto para procesos participativos, asambleas, propuestas, presupuestos participativos y consultas, creada por el Ayuntamiento de Barcelona.",
      it: "Piattaforma libera e open source per processi partecipativi, assemblee, proposte, bilanci partecipativi e consultazioni, nata dal Comune di Barcellona.",
      lv: "Brīva atvērtā koda platforma līdzdalības procesiem, asamblejām, priekšlikumiem, līdzdalības budžetam un konsultācijām, ko radījusi Barselonas pilsēta.",
    },
    instructions: {
      en: "Use it when a process needs large-scale citizen proposals, debates or votes with a public record. Set up a participatory space for the process and link it from the task as an asset. Bring the outcomes back into the decision log of the co-production process.",
      es: "Conviene usarla cuando un proceso necesita propuestas, debates o votaciones ciudadanas a gran escala con registro público. Se crea un espacio participativo para el proceso y se enlaza desde la tarea como recurso. Los resultados se trasladan al registro de decisiones del proceso de coproducción.",
      it: "Usatela quando un processo richiede proposte, dibattiti o votazioni dei cittadini su larga scala con una traccia pubblica. Create uno spazio partecipativo per il processo e collegatelo all'attività come risorsa. Riportate gli esiti nel registro delle decisioni del processo di coproduzione.",
      lv: "Izmantojiet to, ja procesam vajadzīgi plaša mēroga iedzīvotāju priekšlikumi, debates vai balsojumi ar publisku uzskaiti. Izveidojiet procesam līdzdalības telpu un pievienojiet saiti uz to uzdevumam kā resursu. Rezultātus pārnesiet uz koprades procesa lēmumu žurnālu.",
    },
    functions: ["engagement", "decision"],
    problemProfiles: ["low-citizen-engagement", "collective-decision-making", "generate-ideas"],
    tags: ["participation", "e-democracy", "proposals", "participatory-budgeting", "open-source"],
    licence: "copyleft",
    difficulty: "difficult",
    administrativeScope: ["national", "local"],
    languages: ["en", "es", "it"],
    url: "https://decidim.org",
  },
  {
    id: "consul-democracy",
    nature: "external_software",
    name: {
      en: "Consul Democracy citizen participation software",
      es: "Consul Democracy, software de participación ciudadana",
      it: "Consul Democracy, software di partecipazione civica",
      lv: "Consul Democracy iedzīvotāju līdzdalības programmatūra",
    },
    description: {
      en: "Open-source citizen participation software, first developed by the city of Madrid, for debates, proposals, participatory budgets, votes and collaborative legislation.",
      es: "Software libre de participación ciudadana, desarrollado inicialmente por el Ayuntamiento de Madrid, para debates, propuestas, presupuestos participativos, votaciones y legislación colaborativa.",
      it: "Software open source di partecipazione civica, sviluppato inizialmente dal Comune di Madrid, per dibattiti, proposte, bilanci partecipativi, votazioni e legislazione collaborativa.",
      lv: "Atvērtā koda iedzīvotāju līdzdalības programmatūra, ko sākotnēji izstrādāja Madrides pilsēta, debatēm, priekšlikumiem, līdzdalības budžetiem, balsojumiem un kopīgai normatīvo aktu izstrādei.",
    },
    instructions: {
      en: "Use it when the administration wants citizens to propose and vote on ideas or budget items at city scale. Configure a dedicated budget or proposal phase for the co-production challenge and link it from the task. Publish the results and explain which proposals enter the design phase.",
      es: "Es útil cuando la administración quiere que la ciudadanía proponga y vote ideas o partidas presupuestarias a escala de ciudad. Se configura una fase específica de presupuestos o propuestas para el reto de coproducción y se enlaza desde la tarea. Después se publican los resultados y se explica qué propuestas pasan a la fase de diseño.",
      it: "Usatelo quando l'amministrazione vuole che i cittadini propongano e votino idee o voci di bilancio su scala cittadina. Configurate una fase dedicata di bilancio o di proposte per la sfida di coproduzione e collegatela all'attività. Pubblicate i risultati e spiegate quali proposte passano alla fase di progettazione.",
      lv: "Izmantojiet to, ja pārvalde vēlas, lai iedzīvotāji visas pilsētas mērogā iesniegtu idejas vai budžeta pozīcijas un balsotu par tām. Konfigurējiet koprades izaicinājumam atsevišķu budžeta vai priekšlikumu posmu un pievienojiet saiti uzdevumam. Publicējiet rezultātus un paskaidrojiet, kuri priekšlikumi nonāk dizaina posmā.",
    },
    functions: ["engagement", "decision"],
    problemProfiles: ["low-citizen-engagement", "collective-decision-making", "trust-pa-citizens"],
    tags: ["participation", "e-democracy", "participatory-budgeting", "voting", "open-source"],
    licence: "copyleft",
    difficulty: "difficult",
    administrativeScope: ["national", "local"],
    languages: ["en", "es", "it"],
    url: "https://consuldemocracy.org",
  },
  {
    id: "loomio",
    nature: "external_software",
    name: {
      en: "Loomio group decision-making tool",
      es: "Loomio, herramienta de decisiones en grupo",
      it: "Loomio, strumento per decisioni di gruppo",
      lv: "Loomio grupas lēmumu pieņemšanas rīks",
    },
    description: {
      en: "Open-source tool for discussions and decisions in groups, with proposals, polls, consent and consensus processes, and outcomes on record.",
      es: "Herramienta de código abierto para debatir y decidir en grupo, con propuestas, encuestas, procesos de consentimiento y consenso y resultados registrados.",
      it: "Strumento open source per discutere e decidere in gruppo, con proposte, sondaggi, processi di consenso e consenso informato ed esiti registrati.",
      lv: "Atvērtā koda rīks diskusijām un lēmumiem grupās ar priekšlikumiem, aptaujām, piekrišanas un konsensa procesiem un fiksētiem rezultātiem.",
    },
    instructions: {
      en: "Use it for decisions that need everyone's input but not everyone in the same room. Open a thread with the context, run a proposal with a clear closing date, and state the outcome. Copy the outcome into the decision log.",
      es: "Sirve para decisiones que requieren la opinión de todos sin reunir a todos en la misma sala. Se abre un hilo con el contexto, se lanza una propuesta con fecha de cierre clara y se comunica el resultado. El resultado se copia en el registro de decisiones.",
      it: "Usatelo per decisioni che richiedono il contributo di tutti senza riunire tutti nella stessa stanza. Aprite una discussione con il contesto, lanciate una proposta con una chiara data di chiusura e comunicate l'esito. Copiate l'esito nel registro delle decisioni.",
      lv: "Izmantojiet to lēmumiem, kuros vajadzīgs visu viedoklis, bet nav iespējams visus sapulcināt vienā telpā. Atveriet diskusiju ar kontekstu, izsludiniet priekšlikumu ar skaidru beigu datumu un paziņojiet rezultātu. Rezultātu pārnesiet uz lēmumu žurnālu.",
    },
    functions: ["decision", "communication"],
    problemProfiles: ["collective-decision-making", "document-decisions", "conflict-resolution"],
    tags: ["decision-making", "consensus", "polls", "discussion", "open-source"],
    licence: "copyleft",
    difficulty: "easy",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en", "es", "it"],
    url: "https://www.loomio.com",
  },
  {
    id: "jitsi-meet",
    nature: "external_software",
    name: {
      en: "Jitsi Meet video conferencing",
      es: "Videoconferencias con Jitsi Meet",
      it: "Videoconferenze con Jitsi Meet",
      lv: "Jitsi Meet videokonferences",
    },
    description: {
      en: "Open-source video conferencing that runs in the browser without an account and can be self-hosted by the administration.",
      es: "Videoconferencia de código abierto que funciona en el navegador sin cuenta y que la administración puede alojar en sus propios servidores.",
      it: "Videoconferenza open source che funziona nel browser senza account e che l'amministrazione può installare sui propri server.",
      lv: "Atvērtā koda videokonferenču rīks, kas darbojas pārlūkā bez konta un ko pārvalde var uzstādīt savos serveros.",
    },
    instructions: {
      en: "Use it for online meetings with participants who should not have to install software or create an account. Prefer a server run by your administration for data protection, set a meeting password and share the link with the agenda. Offer a phone dial-in where available for people with poor connections.",
      es: "Es adecuada para reuniones en línea con participantes que no deberían tener que instalar software ni crear una cuenta. Por protección de datos es preferible un servidor gestionado por la administración, con contraseña de reunión y enlace enviado junto al orden del día. Si existe, se ofrece acceso telefónico para quienes tengan mala conexión.",
      it: "Usatelo per incontri online con partecipanti che non dovrebbero installare software né creare un account. Per la protezione dei dati preferite un server gestito dalla vostra amministrazione, impostate una password e condividete il link con l'ordine del giorno. Dove possibile offrite l'accesso telefonico a chi ha una connessione scarsa.",
      lv: "Izmantojiet to tiešsaistes sanāksmēm ar dalībniekiem, kuriem nevajadzētu instalēt programmatūru vai veidot kontu. Datu aizsardzības dēļ dodiet priekšroku pārvaldes uzturētam serverim, iestatiet sanāksmes paroli un nosūtiet saiti kopā ar darba kārtību. Ja iespējams, piedāvājiet pieslēgšanos pa tālruni tiem, kam ir vājš savienojums.",
    },
    functions: ["communication", "scheduling"],
    problemProfiles: ["schedule-meetings", "digital-skills"],
    tags: ["video-conferencing", "meetings", "online", "open-source"],
    licence: "permissive",
    difficulty: "very_easy",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en", "es", "it", "lv"],
    url: "https://jitsi.org/jitsi-meet/",
  },
  {
    id: "nextcloud",
    nature: "external_software",
    name: {
      en: "Nextcloud collaboration suite",
      es: "Suite colaborativa Nextcloud",
      it: "Suite di collaborazione Nextcloud",
      lv: "Nextcloud sadarbības rīku komplekts",
    },
    description: {
      en: "Self-hosted open-source suite for file sharing, calendars, contacts, talk and collaborative office documents, widely used by European public bodies.",
      es: "Suite de código abierto autoalojada para compartir archivos, calendarios, contactos, chat y documentos ofimáticos colaborativos, muy usada por organismos públicos europeos.",
      it: "Suite open source installabile in proprio per condivisione di file, calendari, contatti, chat e documenti d'ufficio collaborativi, molto usata dagli enti pubblici europei.",
      lv: "Pašmitināms atvērtā koda komplekts failu koplietošanai, kalendāriem, kontaktiem, saziņai un kopīgiem biroja dokumentiem, ko plaši izmanto Eiropas publiskās iestādes.",
    },
    instructions: {
      en: "Use it when partners need a shared file space under the administration's control instead of commercial cloud services. Create a shared folder for the process with permissions per team and link it from the relevant tasks. Agree on folder structure and naming at the start.",
      es: "Es útil cuando los socios necesitan un espacio de archivos compartido bajo control de la administración en lugar de servicios comerciales en la nube. Se crea una carpeta compartida para el proceso con permisos por equipo y se enlaza desde las tareas correspondientes. La estructura de carpetas y los nombres se acuerdan al principio.",
      it: "Usatela quando i partner hanno bisogno di uno spazio di file condiviso sotto il controllo dell'amministrazione anziché servizi cloud commerciali. Create una cartella condivisa per il processo con permessi per team e collegatela alle attività pertinenti. Concordate all'inizio struttura delle cartelle e nomi dei file.",
      lv: "Izmantojiet to, ja partneriem vajadzīga kopīga failu vieta pārvaldes kontrolē, nevis komerciāli mākoņpakalpojumi. Izveidojiet procesam koplietojamu mapi ar atļaujām katrai komandai un pievienojiet saiti attiecīgajiem uzdevumiem. Sākumā vienojieties par mapju struktūru un nosaukumiem.",
    },
    functions: ["documentation", "organization", "scheduling"],
    problemProfiles: ["data-sharing-between-organisations", "legal-gdpr-compliance", "schedule-meetings"],
    tags: ["file-sharing", "cloud", "calendar", "office", "open-source", "self-hosted"],
    licence: "copyleft",
    difficulty: "medium",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en", "es", "it", "lv"],
    url: "https://nextcloud.com",
  },
  {
    id: "framadate",
    nature: "external_software",
    name: {
      en: "Framadate scheduling polls",
      es: "Encuestas de fechas con Framadate",
      it: "Sondaggi per date con Framadate",
      lv: "Framadate datumu aptaujas",
    },
    description: {
      en: "Simple open-source tool, run by the French nonprofit Framasoft, to find a meeting date or make a quick poll without creating an account.",
      es: "Herramienta sencilla de código abierto, gestionada por la asociación francesa Framasoft, para encontrar una fecha de reunión o hacer una encuesta rápida sin crear cuenta.",
      it: "Semplice strumento open source, gestito dall'associazione francese Framasoft, per trovare una data di incontro o fare un sondaggio rapido senza creare un account.",
      lv: "Vienkāršs atvērtā koda rīks, ko uztur franču bezpeļņas organizācija Framasoft, lai atrastu sanāksmes datumu vai veiktu ātru aptauju bez konta izveides.",
    },
    instructions: {
      en: "Create a poll with several date options, including evenings for volunteers, and share the link with everyone invited. Ask people to use initials instead of full names if the poll is public. Close the poll by a set date and announce the chosen slot with the agenda.",
      es: "Se crea una encuesta con varias fechas posibles, incluidas tardes para el voluntariado, y se comparte el enlace con todas las personas invitadas. Si la encuesta es pública, se pide usar iniciales en lugar de nombres completos. Se cierra en una fecha fijada y se anuncia la opción elegida junto con el orden del día.",
      it: "Create un sondaggio con più date possibili, comprese fasce serali per i volontari, e condividete il link con tutti gli invitati. Se il sondaggio è pubblico, chiedete di usare le iniziali invece del nome completo. Chiudetelo entro una data stabilita e annunciate la data scelta insieme all'ordine del giorno.",
      lv: "Izveidojiet aptauju ar vairākiem iespējamiem datumiem, arī vakariem brīvprātīgajiem, un nosūtiet saiti visiem uzaicinātajiem. Ja aptauja ir publiska, lūdziet vārdu vietā norādīt iniciāļus. Slēdziet aptauju noteiktā datumā un paziņojiet izvēlēto laiku kopā ar darba kārtību.",
    },
    functions: ["scheduling"],
    problemProfiles: ["schedule-meetings"],
    tags: ["scheduling", "poll", "doodle-alternative", "open-source"],
    licence: "permissive",
    difficulty: "very_easy",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en", "es", "it"],
    url: "https://framadate.org",
  },
  {
    id: "limesurvey",
    nature: "external_software",
    name: {
      en: "LimeSurvey online surveys",
      es: "Encuestas en línea con LimeSurvey",
      it: "Questionari online con LimeSurvey",
      lv: "LimeSurvey tiešsaistes aptaujas",
    },
    description: {
      en: "Open-source survey software with advanced question types, multilingual surveys and the option to host it yourself for data protection.",
      es: "Software de encuestas de código abierto con tipos de preguntas avanzados, encuestas multilingües y la opción de alojarlo en servidores propios por protección de datos.",
      it: "Software open source per questionari con tipi di domanda avanzati, questionari multilingue e la possibilità di installarlo in proprio per la protezione dei dati.",
      lv: "Atvērtā koda aptauju programmatūra ar sarežģītiem jautājumu veidiem, daudzvalodu aptaujām un iespēju to mitināt pašiem datu aizsardzības nolūkā.",
    },
    instructions: {
      en: "Build the questionnaire from the survey template, then create it in LimeSurvey with all languages your users speak. Enable anonymised responses unless you have a reason and a legal basis to link answers to people. Export the results in an open format and attach the summary to the task.",
      es: "El cuestionario se elabora a partir de la plantilla de encuesta y se crea en LimeSurvey en todos los idiomas que hablan los usuarios. Se activan las respuestas anónimas salvo que haya un motivo y una base jurídica para vincularlas a personas. Los resultados se exportan en un formato abierto y el resumen se adjunta a la tarea.",
      it: "Costruite il questionario partendo dal modello di questionario, poi createlo in LimeSurvey in tutte le lingue parlate dagli utenti. Attivate le risposte anonime, a meno che non abbiate un motivo e una base giuridica per collegarle alle persone. Esportate i risultati in un formato aperto e allegate la sintesi all'attività.",
      lv: "Sastādiet anketu pēc aptaujas veidnes, tad izveidojiet to LimeSurvey visās valodās, kurās runā jūsu lietotāji. Ieslēdziet anonīmas atbildes, ja vien jums nav iemesla un tiesiska pamata sasaistīt atbildes ar cilvēkiem. Eksportējiet rezultātus atvērtā formātā un pievienojiet kopsavilkumu uzdevumam.",
    },
    functions: ["engagement", "evaluation"],
    problemProfiles: ["understand-user-needs", "measure-impact", "legal-gdpr-compliance"],
    tags: ["survey", "questionnaire", "feedback", "open-source", "self-hosted"],
    licence: "copyleft",
    difficulty: "medium",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en", "es", "it", "lv"],
    url: "https://www.limesurvey.org",
  },
  {
    id: "etherpad",
    nature: "external_software",
    name: {
      en: "Etherpad collaborative text editor",
      es: "Editor de texto colaborativo Etherpad",
      it: "Editor di testo collaborativo Etherpad",
      lv: "Etherpad kopīgas teksta rediģēšanas rīks",
    },
    description: {
      en: "Open-source editor where many people write the same text in real time, each author in their own colour, with full history.",
      es: "Editor de código abierto en el que muchas personas escriben el mismo texto en tiempo real, cada autor con su color, con historial completo.",
      it: "Editor open source in cui molte persone scrivono lo stesso testo in tempo reale, ogni autore con il proprio colore, con cronologia completa.",
      lv: "Atvērtā koda redaktors, kurā daudzi cilvēki reāllaikā raksta vienu tekstu, katrs autors savā krāsā, ar pilnu vēsturi.",
    },
    instructions: {
      en: "Open a pad for live note-taking in meetings or for drafting short texts together. Ask participants to set their name so contributions are visible. Move the final text into the process documents, because public pads may be deleted after a period of inactivity.",
      es: "Se abre un pad para tomar notas en directo en reuniones o redactar textos breves en común. Se pide a los participantes que indiquen su nombre para que las aportaciones sean visibles. El texto final se traslada a los documentos del proceso, ya que los pads públicos pueden borrarse tras un periodo de inactividad.",
      it: "Aprite un pad per prendere appunti in diretta nelle riunioni o per scrivere insieme testi brevi. Chiedete ai partecipanti di impostare il proprio nome, così che i contributi siano visibili. Spostate il testo finale nei documenti del processo, perché i pad pubblici possono essere eliminati dopo un periodo di inattività.",
      lv: "Atveriet Etherpad dokumentu, lai sanāksmē kopīgi pierakstītu piezīmes vai kopā uzrakstītu īsus tekstus. Lūdziet dalībniekiem norādīt savu vārdu, lai ieguldījums būtu redzams. Galīgo tekstu pārnesiet uz procesa dokumentiem, jo publiskie Etherpad dokumenti pēc neaktivitātes perioda var tikt dzēsti.",
    },
    functions: ["documentation", "communication"],
    problemProfiles: ["document-decisions", "generate-ideas"],
    tags: ["collaborative-editing", "notes", "real-time", "open-source"],
    licence: "permissive",
    difficulty: "very_easy",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en", "es", "it", "lv"],
    url: "https://etherpad.org",
  },
  {
    id: "openstreetmap",
    nature: "external_software",
    name: {
      en: "OpenStreetMap collaborative map",
      es: "Mapa colaborativo OpenStreetMap",
      it: "Mappa collaborativa OpenStreetMap",
      lv: "OpenStreetMap kopīgi veidotā karte",
    },
    description: {
      en: "The free, editable map of the world built by volunteers, with open data that can be reused to map services, barriers and places.",
      es: "El mapa libre y editable del mundo creado por voluntarios, con datos abiertos reutilizables para cartografiar servicios, barreras y lugares.",
      it: "La mappa libera e modificabile del mondo costruita da volontari, con dati aperti riutilizzabili per mappare servizi, barriere e luoghi.",
      lv: "Brīvi rediģējama pasaules karte, ko veido brīvprātīgie, ar atvērtiem datiem, kurus var izmantot pakalpojumu, šķēršļu un vietu kartēšanai.",
    },
    instructions: {
      en: "Use it to map where the service is delivered, where users live or where physical barriers are, for example in a mapping party with residents. Respect the community's editing rules and the ODbL share-alike licence when reusing the data. Link the resulting map or dataset from the task.",
      es: "Sirve para cartografiar dónde se presta el servicio, dónde viven los usuarios o dónde hay barreras físicas, por ejemplo en una jornada de mapeo con vecinos. Al reutilizar los datos hay que respetar las normas de edición de la comunidad y la licencia ODbL de compartir igual. El mapa o conjunto de datos resultante se enlaza desde la tarea.",
      it: "Usatela per mappare dove viene erogato il servizio, dove vivono gli utenti o dove ci sono barriere fisiche, ad esempio in un mapping party con i residenti. Rispettate le regole di modifica della comunità e la licenza ODbL di condivisione allo stesso modo quando riutilizzate i dati. Collegate all'attività la mappa o il dataset risultante.",
      lv: "Izmantojiet to, lai kartētu, kur pakalpojums tiek sniegts, kur dzīvo lietotāji vai kur ir fiziski šķēršļi, piemēram, kartēšanas pasākumā ar iedzīvotājiem. Atkārtoti izmantojot datus, ievērojiet kopienas rediģēšanas noteikumus un ODbL licences nosacījumu izplatīt ar tādu pašu licenci. Pievienojiet iegūto karti vai datu kopu uzdevumam.",
    },
    functions: ["engagement", "documentation"],
    problemProfiles: ["open-data-publication", "accessibility", "low-citizen-engagement"],
    tags: ["maps", "open-data", "geodata", "volunteers", "mapping-party"],
    licence: "copyleft",
    difficulty: "medium",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en", "es", "it", "lv"],
    url: "https://www.openstreetmap.org",
  },
  {
    id: "miro",
    nature: "external_software",
    name: {
      en: "Miro online whiteboard",
      es: "Pizarra en línea Miro",
      it: "Lavagna online Miro",
      lv: "Miro tiešsaistes tāfele",
    },
    description: {
      en: "Commercial online whiteboard for remote workshops, with sticky notes, templates for journeys and canvases, and voting.",
      es: "Pizarra en línea comercial para talleres a distancia, con notas adhesivas, plantillas de recorridos y lienzos, y votaciones.",
      it: "Lavagna online commerciale per workshop a distanza, con post-it, modelli per percorsi e canvas, e votazioni.",
      lv: "Komerciāla tiešsaistes tāfele attālinātām darbnīcām ar līmlapiņām, ceļa karšu un audeklu veidnēm un balsošanu.",
    },
    instructions: {
      en: "Use it for remote co-design workshops when participants are comfortable with online tools. Prepare the board before the session with frames for each activity and a short tutorial area. Check the data protection terms with your DPO, avoid personal data on boards, and export the results to the process documents.",
      es: "Es útil en talleres de codiseño a distancia cuando los participantes se manejan bien con herramientas en línea. La pizarra se prepara antes de la sesión con un marco por actividad y una zona breve de tutorial. Hay que revisar las condiciones de protección de datos con el delegado, evitar datos personales en las pizarras y exportar los resultados a los documentos del proceso.",
      it: "Usatela per workshop di co-progettazione a distanza quando i partecipanti hanno dimestichezza con gli strumenti online. Preparate la lavagna prima della sessione con un riquadro per ogni attività e una breve area tutorial. Verificate le condizioni sulla protezione dei dati con il DPO, evitate dati personali sulle lavagne ed esportate i risultati nei documenti del processo.",
      lv: "Izmantojiet to attālinātās kopīgas projektēšanas darbnīcās, ja dalībnieki labi pārzina tiešsaistes rīkus. Pirms sesijas sagatavojiet tāfeli ar atsevišķu laukumu katrai aktivitātei un īsu apmācības zonu. Pārbaudiet datu aizsardzības noteikumus ar datu aizsardzības speciālistu, neievietojiet tāfelēs personas datus un eksportējiet rezultātus uz procesa dokumentiem.",
    },
    functions: ["engagement", "documentation"],
    problemProfiles: ["generate-ideas", "understand-user-needs", "prototype-service"],
    tags: ["whiteboard", "workshop", "remote", "visual-collaboration"],
    licence: "proprietary",
    difficulty: "easy",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en", "es"],
    url: "https://miro.com",
  },
  {
    id: "trello",
    nature: "external_software",
    name: {
      en: "Trello task boards",
      es: "Tableros de tareas Trello",
      it: "Bacheche di attività Trello",
      lv: "Trello uzdevumu dēļi",
    },
    description: {
      en: "Commercial kanban tool for organising tasks on boards with lists and cards, easy for mixed teams of volunteers and staff.",
      es: "Herramienta kanban comercial para organizar tareas en tableros con listas y tarjetas, sencilla para equipos mixtos de voluntariado y personal.",
      it: "Strumento kanban commerciale per organizzare le attività su bacheche con liste e schede, semplice per team misti di volontari e personale.",
      lv: "Komerciāls kanban rīks uzdevumu organizēšanai dēļos ar sarakstiem un kartītēm, viegli lietojams jauktām brīvprātīgo un darbinieku komandām.",
    },
    instructions: {
      en: "Use it to follow the small actions that come out of meetings when a team already works with it. Create lists such as To do, Doing and Done, give each card one owner and a due date, and link the board from the task. Keep official decisions and documents in the process itself, not only on the board.",
      es: "Sirve para seguir las pequeñas acciones que salen de las reuniones cuando un equipo ya trabaja con él. Se crean listas como Pendiente, En curso y Hecho, cada tarjeta tiene un responsable y una fecha, y el tablero se enlaza desde la tarea. Las decisiones y documentos oficiales se guardan en el propio proceso, no solo en el tablero.",
      it: "Usatelo per seguire le piccole azioni che escono dalle riunioni, quando un team lo usa già. Create liste come Da fare, In corso e Fatto, assegnate a ogni scheda un responsabile e una scadenza e collegate la bacheca all'attività. Conservate decisioni e documenti ufficiali nel processo stesso, non solo sulla bacheca.",
      lv: "Izmantojiet to sanāksmēs nolemto nelielo darbību izsekošanai, ja komanda jau ar to strādā. Izveidojiet sarakstus, piemēram, Jādara, Procesā un Paveikts, katrai kartītei norīkojiet vienu atbildīgo un termiņu un pievienojiet dēļa saiti uzdevumam. Oficiālos lēmumus un dokumentus glabājiet pašā procesā, ne tikai dēlī.",
    },
    functions: ["organization", "monitoring"],
    problemProfiles: ["define-roles-responsibilities", "communicate-progress"],
    tags: ["kanban", "task-management", "project-management"],
    licence: "proprietary",
    difficulty: "very_easy",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en", "es", "it"],
    url: "https://trello.com",
  },
  {
    id: "element-matrix",
    nature: "external_software",
    name: {
      en: "Element secure chat (Matrix)",
      es: "Chat seguro Element (Matrix)",
      it: "Chat sicura Element (Matrix)",
      lv: "Element drošā tērzēšana (Matrix)",
    },
    description: {
      en: "Open-source messaging app on the decentralised Matrix protocol, with end-to-end encryption and self-hosting, used by several European governments.",
      es: "Aplicación de mensajería de código abierto basada en el protocolo descentralizado Matrix, con cifrado de extremo a extremo y alojamiento propio, usada por varios gobiernos europeos.",
      it: "App di messaggistica open source basata sul protocollo decentralizzato Matrix, con crittografia end-to-end e installazione in proprio, usata da diversi governi europei.",
      lv: "Atvērtā koda saziņas lietotne, kas balstīta decentralizētajā Matrix protokolā, ar pilnīgu šifrēšanu un pašmitināšanas iespēju, ko izmanto vairākas Eiropas valdības.",
    },
    instructions: {
      en: "Use it for day-to-day chat between partners when e-mail is too slow and consumer messengers are not acceptable. Create one room per team or topic and invite people from partner organisations, even if they use a different Matrix server. Record decisions taken in chat in the decision log.",
      es: "Es adecuada para la comunicación diaria entre socios cuando el correo es demasiado lento y las mensajerías de consumo no son aceptables. Se crea una sala por equipo o tema y se invita a personas de las organizaciones socias, aunque usen otro servidor Matrix. Las decisiones tomadas en el chat se anotan en el registro de decisiones.",
      it: "Usatela per la chat quotidiana tra partner quando l'e-mail è troppo lenta e le app di messaggistica commerciali non sono accettabili. Create una stanza per team o argomento e invitate persone delle organizzazioni partner, anche se usano un altro server Matrix. Registrate nel registro delle decisioni quelle prese in chat.",
      lv: "Izmantojiet to ikdienas saziņai starp partneriem, ja e-pasts ir par lēnu un patērētāju ziņapmaiņas lietotnes nav pieņemamas. Izveidojiet pa vienai istabai katrai komandai vai tematam un uzaiciniet partnerorganizāciju pārstāvjus, pat ja viņi izmanto citu Matrix serveri. Tērzēšanā pieņemtos lēmumus ierakstiet lēmumu žurnālā.",
    },
    functions: ["communication"],
    problemProfiles: ["communicate-progress", "data-sharing-between-organisations"],
    tags: ["chat", "messaging", "matrix", "encryption", "open-source"],
    licence: "copyleft",
    difficulty: "easy",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en", "es", "it", "lv"],
    url: "https://element.io",
  },
  {
    id: "bigbluebutton",
    nature: "external_software",
    name: {
      en: "BigBlueButton virtual classroom",
      es: "Aula virtual BigBlueButton",
      it: "Aula virtuale BigBlueButton",
      lv: "BigBlueButton virtuālā klase",
    },
    description: {
      en: "Open-source web conferencing built for teaching, with breakout rooms, shared notes, whiteboard, polls and live captions.",
      es: "Sistema de conferencias web de código abierto pensado para la enseñanza, con salas de grupos, notas compartidas, pizarra, encuestas y subtítulos en directo.",
      it: "Sistema di web conference open source pensato per la didattica, con stanze separate, note condivise, lavagna, sondaggi e sottotitoli dal vivo.",
      lv: "Atvērtā koda tīmekļa konferenču sistēma, kas veidota mācībām, ar darba grupu istabām, kopīgām piezīmēm, tāfeli, aptaujām un tiešraides subtitriem.",
    },
    instructions: {
      en: "Use it for online workshops that need small-group work in breakout rooms and a shared whiteboard. Rehearse the session with the facilitators, assign a moderator per breakout room and enable captions for accessibility. Save the shared notes into the workshop outputs before closing the room.",
      es: "Es adecuado para talleres en línea que requieren trabajo en grupos pequeños en salas separadas y una pizarra compartida. Se ensaya la sesión con las personas facilitadoras, se asigna una persona moderadora por sala y se activan los subtítulos por accesibilidad. Antes de cerrar la sala, las notas compartidas se guardan en los resultados del taller.",
      it: "Usatelo per workshop online che richiedono lavoro in piccoli gruppi in stanze separate e una lavagna condivisa. Provate la sessione con i facilitatori, assegnate un moderatore a ogni stanza e attivate i sottotitoli per l'accessibilità. Salvate le note condivise tra i risultati del workshop prima di chiudere la stanza.",
      lv: "Izmantojiet to tiešsaistes darbnīcām, kurās vajadzīgs darbs mazās grupās atsevišķās istabās un kopīga tāfele. Izmēģiniet sesiju kopā ar vadītājiem, katrai grupu istabai norīkojiet moderatoru un piekļūstamības nolūkā ieslēdziet subtitrus. Pirms istabas aizvēršanas saglabājiet kopīgās piezīmes darbnīcas rezultātos.",
    },
    functions: ["communication", "engagement"],
    problemProfiles: ["schedule-meetings", "generate-ideas", "accessibility"],
    tags: ["video-conferencing", "workshop", "breakout-rooms", "open-source"],
    licence: "copyleft",
    difficulty: "medium",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en", "es", "it", "lv"],
    url: "https://bigbluebutton.org",
  },
  {
    id: "cryptpad",
    nature: "external_software",
    name: {
      en: "CryptPad encrypted collaboration suite",
      es: "Suite colaborativa cifrada CryptPad",
      it: "Suite di collaborazione cifrata CryptPad",
      lv: "CryptPad šifrētais sadarbības komplekts",
    },
    description: {
      en: "Open-source, end-to-end encrypted suite of collaborative documents, spreadsheets, forms, kanban boards and whiteboards.",
      es: "Suite de código abierto con cifrado de extremo a extremo para documentos, hojas de cálculo, formularios, tableros kanban y pizarras colaborativos.",
      it: "Suite open source con crittografia end-to-end per documenti, fogli di calcolo, moduli, bacheche kanban e lavagne collaborativi.",
      lv: "Atvērtā koda komplekts ar pilnīgu šifrēšanu kopīgiem dokumentiem, izklājlapām, veidlapām, kanban dēļiem un tāfelēm.",
    },
    instructions: {
      en: "Use it when partners need to co-edit sensitive working documents or run a form without the host being able to read the content. Create the document in a shared team drive, share edit links only with the people who need them, and link it from the task. Keep the final version in the process documents.",
      es: "Es útil cuando los socios deben coeditar documentos de trabajo sensibles o gestionar un formulario sin que el proveedor pueda leer el contenido. El documento se crea en una unidad de equipo compartida, los enlaces de edición solo se comparten con quien los necesita y se enlaza desde la tarea. La versión final se guarda en los documentos del proceso.",
      it: "Usatela quando i partner devono modificare insieme documenti di lavoro sensibili o gestire un modulo senza che il fornitore possa leggerne il contenuto. Create il documento in uno spazio di team condiviso, condividete i link di modifica solo con chi ne ha bisogno e collegatelo all'attività. Conservate la versione finale nei documenti del processo.",
      lv: "Izmantojiet to, ja partneriem kopīgi jārediģē sensitīvi darba dokumenti vai jāvada veidlapa tā, lai mitinātājs nevarētu lasīt saturu. Izveidojiet dokumentu komandas koplietojamā diskā, rediģēšanas saites dodiet tikai tiem, kam tās vajadzīgas, un pievienojiet saiti uzdevumam. Galīgo versiju glabājiet procesa dokumentos.",
    },
    functions: ["documentation", "organization"],
    problemProfiles: ["legal-gdpr-compliance", "document-decisions"],
    tags: ["encryption", "collaborative-editing", "privacy", "open-source"],
    licence: "copyleft",
    difficulty: "easy",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en", "es", "it"],
    url: "https://cryptpad.org",
  },
  {
    id: "openproject",
    nature: "external_software",
    name: {
      en: "OpenProject project management",
      es: "Gestión de proyectos con OpenProject",
      it: "Gestione di progetti con OpenProject",
      lv: "OpenProject projektu vadība",
    },
    description: {
      en: "Open-source project management software with work packages, Gantt charts, agile boards, meetings and time tracking, available self-hosted.",
      es: "Software de gestión de proyectos de código abierto con paquetes de trabajo, diagramas de Gantt, tableros ágiles, reuniones y control de tiempos, que puede alojarse en servidores propios.",
      it: "Software open source di gestione progetti con pacchetti di lavoro, diagrammi di Gantt, bacheche agili, riunioni e rilevazione dei tempi, installabile in proprio.",
      lv: "Atvērtā koda projektu vadības programmatūra ar darba paketēm, Ganta diagrammām, elastīgās izstrādes dēļiem, sanāksmēm un laika uzskaiti, ko var mitināt pašiem.",
    },
    instructions: {
      en: "Use it when the Build phase involves several organisations and a delivery plan with dependencies and deadlines. Mirror the phases and milestones of the co-production process as work packages and give partners access to their part. Report progress back into the process at each milestone.",
      es: "Es útil cuando la fase de construcción implica a varias organizaciones y un plan de entregas con dependencias y plazos. Las fases e hitos del proceso de coproducción se reflejan como paquetes de trabajo y cada socio accede a su parte. El avance se comunica al proceso en cada hito.",
      it: "Usatelo quando la fase di realizzazione coinvolge più organizzazioni e un piano di consegne con dipendenze e scadenze. Riproducete fasi e tappe del processo di coproduzione come pacchetti di lavoro e date ai partner accesso alla loro parte. Riportate l'avanzamento nel processo a ogni tappa.",
      lv: "Izmantojiet to, ja izveides posmā iesaistītas vairākas organizācijas un vajadzīgs piegādes plāns ar atkarībām un termiņiem. Atspoguļojiet koprades procesa posmus un atskaites punktus kā darba paketes un dodiet partneriem piekļuvi viņu daļai. Katrā atskaites punktā ziņojiet par progresu procesā.",
    },
    functions: ["organization", "scheduling", "monitoring"],
    problemProfiles: ["define-roles-responsibilities", "manage-risks", "communicate-progress"],
    tags: ["project-management", "gantt", "agile", "open-source", "self-hosted"],
    licence: "copyleft",
    difficulty: "medium",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en", "es", "it"],
    url: "https://www.openproject.org",
  },
  {
    id: "ckan",
    nature: "external_software",
    name: {
      en: "CKAN open data portal software",
      es: "CKAN, software para portales de datos abiertos",
      it: "CKAN, software per portali di dati aperti",
      lv: "CKAN atvērto datu portālu programmatūra",
    },
    description: {
      en: "Open-source data management system behind many national and city open data portals, with DCAT metadata and APIs.",
      es: "Sistema de gestión de datos de código abierto en el que se basan muchos portales nacionales y municipales de datos abiertos, con metadatos DCAT y API.",
      it: "Sistema open source di gestione dei dati alla base di molti portali nazionali e cittadini di dati aperti, con metadati DCAT e API.",
      lv: "Atvērtā koda datu pārvaldības sistēma, uz kuras darbojas daudzi valstu un pilsētu atvērto datu portāli, ar DCAT metadatiem un API.",
    },
    instructions: {
      en: "Use it to publish the datasets of the service, usually through the CKAN-based portal your country or city already runs. Prepare each dataset with the open data publication checklist, then create it with complete metadata and an open licence. Link the dataset page from the task and from the service description.",
      es: "Sirve para publicar los conjuntos de datos del servicio, normalmente a través del portal basado en CKAN que ya gestiona el país o la ciudad. Cada conjunto se prepara con la lista para publicar datos abiertos y se crea con metadatos completos y una licencia abierta. La página del conjunto se enlaza desde la tarea y desde la descripción del servicio.",
      it: "Usatelo per pubblicare i dataset del servizio, di solito attraverso il portale basato su CKAN già gestito dal vostro paese o dalla vostra città. Preparate ogni dataset con la checklist per i dati aperti, poi createlo con metadati completi e una licenza aperta. Collegate la pagina del dataset all'attività e alla descrizione del servizio.",
      lv: "Izmantojiet to pakalpojuma datu kopu publicēšanai, parasti ar jūsu valsts vai pilsētas jau uzturētā CKAN portāla starpniecību. Sagatavojiet katru datu kopu pēc atvērto datu publicēšanas kontrolsaraksta un izveidojiet to ar pilniem metadatiem un atvērtu licenci. Pievienojiet datu kopas lapas saiti uzdevumam un pakalpojuma aprakstam.",
    },
    functions: ["documentation", "communication"],
    problemProfiles: ["open-data-publication", "interoperability"],
    tags: ["open-data", "data-portal", "dcat", "api", "open-source"],
    licence: "copyleft",
    difficulty: "difficult",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en", "es", "it", "lv"],
    url: "https://ckan.org",
  },
  {
    id: "european-interoperability-framework",
    nature: "external_knowledge",
    name: {
      en: "European Interoperability Framework (EIF)",
      es: "Marco Europeo de Interoperabilidad (EIF)",
      it: "Quadro europeo di interoperabilità (EIF)",
      lv: "Eiropas sadarbspējas satvars (EIF)",
    },
    description: {
      en: "The European Commission's framework of principles and recommendations for interoperable digital public services: legal, organisational, semantic and technical.",
      es: "El marco de principios y recomendaciones de la Comisión Europea para servicios públicos digitales interoperables en los planos jurídico, organizativo, semántico y técnico.",
      it: "Il quadro di principi e raccomandazioni della Commissione europea per servizi pubblici digitali interoperabili sul piano giuridico, organizzativo, semantico e tecnico.",
      lv: "Eiropas Komisijas principu un ieteikumu satvars sadarbspējīgiem digitālajiem publiskajiem pakalpojumiem juridiskā, organizatoriskā, semantiskā un tehniskā līmenī.",
    },
    instructions: {
      en: "Read the principles and the four interoperability layers when the service will exchange data with other administrations or countries. Use the recommendations as a checklist for the service blueprint and the procurement requirements. Record where the design deviates from them and why.",
      es: "Conviene leer los principios y los cuatro niveles de interoperabilidad cuando el servicio vaya a intercambiar datos con otras administraciones o países. Las recomendaciones sirven de lista de comprobación para el plano del servicio y los requisitos de contratación. Se anota dónde se aparta el diseño de ellas y por qué.",
      it: "Leggete i principi e i quattro livelli di interoperabilità quando il servizio dovrà scambiare dati con altre amministrazioni o paesi. Usate le raccomandazioni come checklist per il blueprint del servizio e per i requisiti di acquisto. Annotate dove il progetto se ne discosta e perché.",
      lv: "Iepazīstieties ar principiem un četriem sadarbspējas līmeņiem, ja pakalpojums apmainīsies ar datiem ar citām iestādēm vai valstīm. Izmantojiet ieteikumus kā kontrolsarakstu pakalpojuma shēmai un iepirkuma prasībām. Pierakstiet, kur dizains no tiem atkāpjas un kāpēc.",
    },
    functions: ["documentation", "evaluation"],
    problemProfiles: ["interoperability", "data-sharing-between-organisations", "procurement-requirements"],
    tags: ["interoperability", "eif", "guidelines", "european-commission"],
    licence: "permissive",
    difficulty: "difficult",
    administrativeScope: ["eu", "national"],
    languages: ["en", "es", "it", "lv"],
    url: "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52017DC0134",
  },
  {
    id: "wcag-quick-reference",
    nature: "external_knowledge",
    name: {
      en: "How to Meet WCAG (quick reference)",
      es: "Cómo cumplir las WCAG (referencia rápida)",
      it: "Come soddisfare le WCAG (riferimento rapido)",
      lv: "Kā izpildīt WCAG (īsa rokasgrāmata)",
    },
    description: {
      en: "The W3C's customisable quick reference to the Web Content Accessibility Guidelines, with each success criterion and techniques to meet it.",
      es: "La referencia rápida personalizable del W3C sobre las Pautas de Accesibilidad para el Contenido Web, con cada criterio de conformidad y técnicas para cumplirlo.",
      it: "Il riferimento rapido personalizzabile del W3C alle linee guida per l'accessibilità dei contenuti web, con ogni criterio di successo e le tecniche per soddisfarlo.",
      lv: "W3C pielāgojama īsā rokasgrāmata par tīmekļa satura piekļūstamības vadlīnijām ar katru atbilstības kritēriju un tehnikām tā izpildei.",
    },
    instructions: {
      en: "Filter the reference to level A and AA and to the content types your service has. Use it alongside the accessibility checklist when designing and when fixing issues found in tests. Share the links to specific criteria with developers and suppliers.",
      es: "Se filtra la referencia por los niveles A y AA y por los tipos de contenido que tiene el servicio. Se usa junto con la lista de comprobación de accesibilidad durante el diseño y al corregir problemas detectados en las pruebas. Los enlaces a criterios concretos se comparten con desarrolladores y proveedores.",
      it: "Filtrate il riferimento per i livelli A e AA e per i tipi di contenuto del vostro servizio. Usatelo insieme alla checklist di accessibilità durante la progettazione e nella correzione dei problemi emersi nei test. Condividete con sviluppatori e fornitori i link ai singoli criteri.",
      lv: "Atlasiet rokasgrāmatā A un AA līmeni un tos satura veidus, kas ir jūsu pakalpojumā. Izmantojiet to kopā ar piekļūstamības kontrolsarakstu dizaina laikā un, labojot testos atrastās nepilnības. Dalieties ar saitēm uz konkrētiem kritērijiem ar izstrādātājiem un piegādātājiem.",
    },
    functions: ["evaluation", "documentation"],
    problemProfiles: ["accessibility", "procurement-requirements"],
    tags: ["accessibility", "wcag", "w3c", "guidelines"],
    licence: "permissive",
    difficulty: "medium",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en"],
    url: "https://www.w3.org/WAI/WCAG22/quickref/",
  },
  {
    id: "service-design-toolkit",
    nature: "external_knowledge",
    name: {
      en: "Service Design Toolkit for public services",
      es: "Service Design Toolkit para servicios públicos",
      it: "Service Design Toolkit per i servizi pubblici",
      lv: "Service Design Toolkit publiskajiem pakalpojumiem",
    },
    description: {
      en: "A do-it-yourself toolkit by Namahn and Design Flanders with a step-by-step roadmap, posters and templates for service design in local government.",
      es: "Un kit práctico de Namahn y Design Flanders con una hoja de ruta paso a paso, pósteres y plantillas para el diseño de servicios en la administración local.",
      it: "Un kit pratico di Namahn e Design Flanders con una tabella di marcia passo passo, poster e modelli per il service design nelle amministrazioni locali.",
      lv: "Namahn un Design Flanders praktisks rīku komplekts ar soli pa solim ceļakarti, plakātiem un veidnēm pakalpojumu dizainam pašvaldībās.",
    },
    instructions: {
      en: "Use the roadmap to plan a service design project if your team has no design experience. Download the posters and templates for the step you are in and use them in workshops. Check the licence terms before reusing the material in commercial work.",
      es: "La hoja de ruta ayuda a planificar un proyecto de diseño de servicios cuando el equipo no tiene experiencia en diseño. Se descargan los pósteres y plantillas de la etapa en curso y se usan en los talleres. Antes de reutilizar el material en trabajos comerciales hay que revisar la licencia.",
      it: "Usate la tabella di marcia per pianificare un progetto di service design se il team non ha esperienza di progettazione. Scaricate poster e modelli della fase in cui vi trovate e usateli nei workshop. Verificate la licenza prima di riutilizzare il materiale in lavori commerciali.",
      lv: "Izmantojiet ceļakarti pakalpojumu dizaina projekta plānošanai, ja komandai nav dizaina pieredzes. Lejupielādējiet plakātus un veidnes posmam, kurā atrodaties, un izmantojiet tos darbnīcās. Pirms materiāla atkārtotas izmantošanas komerciālā darbā pārbaudiet licences noteikumus.",
    },
    functions: ["organization", "engagement"],
    problemProfiles: ["understand-user-needs", "prototype-service", "generate-ideas"],
    tags: ["service-design", "toolkit", "local-government", "templates"],
    licence: "non_commercial",
    difficulty: "easy",
    administrativeScope: ["local"],
    languages: ["en"],
    url: "https://www.servicedesigntoolkit.org",
  },
  {
    id: "gov-uk-service-manual",
    nature: "external_knowledge",
    name: {
      en: "GOV.UK Service Manual",
      es: "Manual de servicios de GOV.UK",
      it: "Manuale dei servizi di GOV.UK",
      lv: "GOV.UK pakalpojumu rokasgrāmata",
    },
    description: {
      en: "The UK government's guidance on designing, building and running digital public services, organised around the Service Standard and agile phases.",
      es: "La guía del Gobierno británico para diseñar, construir y gestionar servicios públicos digitales, organizada en torno al Service Standard y a fases ágiles.",
      it: "La guida del governo britannico per progettare, realizzare e gestire servizi pubblici digitali, organizzata attorno al Service Standard e alle fasi agili.",
      lv: "Lielbritānijas valdības vadlīnijas digitālo publisko pakalpojumu projektēšanai, izveidei un uzturēšanai, kas strukturētas ap pakalpojumu standartu un elastīgās izstrādes posmiem.",
    },
    instructions: {
      en: "Read the relevant sections on user research, accessibility and agile phases when planning each phase of the process. Adapt its practices, such as discovery, alpha and beta, to your own legal and organisational context. Reuse its guidance under the Open Government Licence, crediting the source.",
      es: "Conviene leer las secciones sobre investigación con usuarios, accesibilidad y fases ágiles al planificar cada fase del proceso. Sus prácticas, como discovery, alpha y beta, se adaptan al contexto jurídico y organizativo propio. Sus pautas pueden reutilizarse bajo la Open Government Licence citando la fuente.",
      it: "Leggete le sezioni su ricerca con gli utenti, accessibilità e fasi agili quando pianificate ogni fase del processo. Adattate le sue pratiche, come discovery, alpha e beta, al vostro contesto giuridico e organizzativo. Riutilizzate le sue indicazioni secondo la Open Government Licence, citando la fonte.",
      lv: "Plānojot katru procesa posmu, izlasiet attiecīgās sadaļas par lietotāju izpēti, piekļūstamību un elastīgās izstrādes posmiem. Pielāgojiet tās prakses, piemēram, izpētes, alfa un beta posmu, savam juridiskajam un organizatoriskajam kontekstam. Vadlīnijas varat atkārtoti izmantot saskaņā ar Open Government Licence, norādot avotu.",
    },
    functions: ["organization", "evaluation"],
    problemProfiles: ["understand-user-needs", "test-with-users", "accessibility"],
    tags: ["service-design", "digital-government", "agile", "guidelines", "user-research"],
    licence: "permissive",
    difficulty: "easy",
    administrativeScope: ["national", "local"],
    languages: ["en"],
    url: "https://www.gov.uk/service-manual",
  },
  {
    id: "cpsv-ap-specification",
    nature: "external_knowledge",
    name: {
      en: "CPSV-AP specification",
      es: "Especificación CPSV-AP",
      it: "Specifica CPSV-AP",
      lv: "CPSV-AP specifikācija",
    },
    description: {
      en: "The Core Public Service Vocabulary Application Profile maintained by SEMIC, the EU data model for describing public services and their evidence, channels and rules.",
      es: "El perfil de aplicación del vocabulario básico de servicios públicos mantenido por SEMIC, el modelo de datos europeo para describir servicios públicos, sus pruebas, canales y normas.",
      it: "Il profilo applicativo del vocabolario di base dei servizi pubblici curato da SEMIC, il modello di dati europeo per descrivere i servizi pubblici, le evidenze, i canali e le norme.",
      lv: "SEMIC uzturētais publisko pakalpojumu pamatvārdnīcas lietojumprofils — ES datu modelis publisko pakalpojumu, to pierādījumu, kanālu un noteikumu aprakstīšanai.",
    },
    instructions: {
      en: "Consult it when filling in the service description template or when connecting the service catalogue to national portals. Check the mandatory and recommended properties and the controlled vocabularies to use. Validate exported descriptions against the published shapes.",
      es: "Se consulta al completar la plantilla de descripción del servicio o al conectar el catálogo de servicios con portales nacionales. Hay que revisar las propiedades obligatorias y recomendadas y los vocabularios controlados que deben usarse. Las descripciones exportadas se validan con las formas (shapes) publicadas.",
      it: "Consultatela quando compilate il modello di descrizione del servizio o collegate il catalogo dei servizi ai portali nazionali. Verificate le proprietà obbligatorie e raccomandate e i vocabolari controllati da usare. Validate le descrizioni esportate rispetto alle shape pubblicate.",
      lv: "Izmantojiet to, aizpildot pakalpojuma apraksta veidni vai savienojot pakalpojumu katalogu ar valsts portāliem. Pārbaudiet obligātās un ieteicamās īpašības un izmantojamās kontrolētās vārdnīcas. Validējiet eksportētos aprakstus pret publicētajām SHACL formām.",
    },
    functions: ["documentation"],
    problemProfiles: ["interoperability", "knowledge-reuse"],
    tags: ["cpsv-ap", "semic", "data-model", "service-catalogue", "semantic-interoperability"],
    licence: "permissive",
    difficulty: "difficult",
    administrativeScope: ["eu", "national"],
    languages: ["en"],
    url: "https://semiceu.github.io/CPSV-AP/",
  },
  {
    id: "participedia",
    nature: "external_knowledge",
    name: {
      en: "Participedia case and method database",
      es: "Participedia, base de casos y métodos",
      it: "Participedia, banca dati di casi e metodi",
      lv: "Participedia gadījumu un metožu datubāze",
    },
    description: {
      en: "A global, crowdsourced database of participatory processes, methods and organisations, written by researchers and practitioners.",
      es: "Una base de datos mundial y colaborativa de procesos, métodos y organizaciones de participación, escrita por investigadores y profesionales.",
      it: "Una banca dati mondiale e collaborativa di processi, metodi e organizzazioni partecipative, scritta da ricercatori e professionisti.",
      lv: "Pasaules mēroga kopīgi veidota līdzdalības procesu, metožu un organizāciju datubāze, ko raksta pētnieki un praktiķi.",
    },
    instructions: {
      en: "Search it when choosing an engagement method, to learn how similar processes worked elsewhere. Compare several cases with a context like yours and note what made them succeed or fail. Consider adding your own process as a case once it is finished.",
      es: "Se consulta al elegir un método de participación, para saber cómo funcionaron procesos similares en otros lugares. Se comparan varios casos con un contexto parecido y se anota qué los hizo triunfar o fracasar. Al terminar el proceso, conviene añadirlo como caso.",
      it: "Consultatela quando scegliete un metodo di coinvolgimento, per capire come hanno funzionato processi simili altrove. Confrontate più casi in un contesto simile al vostro e annotate cosa li ha fatti riuscire o fallire. Una volta concluso, valutate di aggiungere il vostro processo come caso.",
      lv: "Meklējiet tajā, izvēloties iesaistes metodi, lai uzzinātu, kā līdzīgi procesi norisinājušies citur. Salīdziniet vairākus gadījumus ar līdzīgu kontekstu un pierakstiet, kas noteica to izdošanos vai neveiksmi. Kad process beidzies, apsveriet iespēju pievienot to kā gadījumu.",
    },
    functions: ["engagement", "evaluation"],
    problemProfiles: ["low-citizen-engagement", "knowledge-reuse", "collective-decision-making"],
    tags: ["participation", "case-studies", "methods", "research"],
    licence: "copyleft",
    difficulty: "easy",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en", "es", "it"],
    url: "https://participedia.net",
  },
  {
    id: "gdpr-official-text",
    nature: "external_knowledge",
    name: {
      en: "General Data Protection Regulation (official text)",
      es: "Reglamento General de Protección de Datos (texto oficial)",
      it: "Regolamento generale sulla protezione dei dati (testo ufficiale)",
      lv: "Vispārīgā datu aizsardzības regula (oficiālais teksts)",
    },
    description: {
      en: "The official text of Regulation (EU) 2016/679 on EUR-Lex, in all official EU languages.",
      es: "El texto oficial del Reglamento (UE) 2016/679 en EUR-Lex, en todas las lenguas oficiales de la UE.",
      it: "Il testo ufficiale del Regolamento (UE) 2016/679 su EUR-Lex, in tutte le lingue ufficiali dell'UE.",
      lv: "Regulas (ES) 2016/679 oficiālais teksts EUR-Lex vietnē visās ES oficiālajās valodās.",
    },
    instructions: {
      en: "Refer to the articles cited in the GDPR checklist when you need the exact wording, for example on legal bases, rights and impact assessments. Read it in the language of your users and your data protection officer. Rely on your DPO and national guidance for interpretation.",
      es: "Se consultan los artículos citados en la lista del RGPD cuando hace falta la redacción exacta, por ejemplo sobre bases jurídicas, derechos y evaluaciones de impacto. Conviene leerlo en el idioma de los usuarios y del delegado de protección de datos. Para interpretarlo, hay que apoyarse en el delegado y en las guías nacionales.",
      it: "Consultate gli articoli citati nella checklist GDPR quando serve il testo esatto, ad esempio su basi giuridiche, diritti e valutazioni d'impatto. Leggetelo nella lingua dei vostri utenti e del vostro responsabile della protezione dei dati. Per l'interpretazione affidatevi al DPO e alle linee guida nazionali.",
      lv: "Ieskatieties VDAR kontrolsarakstā minētajos pantos, ja vajadzīgs precīzs formulējums, piemēram, par tiesisko pamatu, tiesībām un ietekmes novērtējumu. Lasiet to savu lietotāju un datu aizsardzības speciālista valodā. Interpretācijā paļaujieties uz datu aizsardzības speciālistu un valsts vadlīnijām.",
    },
    functions: ["documentation"],
    problemProfiles: ["legal-gdpr-compliance", "data-sharing-between-organisations"],
    tags: ["gdpr", "data-protection", "legislation", "eur-lex"],
    licence: "public_domain",
    difficulty: "very_difficult",
    administrativeScope: ["eu", "national", "local"],
    languages: ["en", "es", "it", "lv"],
    url: "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
  },
];
