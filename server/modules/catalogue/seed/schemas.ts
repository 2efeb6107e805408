// Catalogue seed: reusable co-production schemas (phase → objective → task trees).
import type { SeedSchema } from "./types.js";

export const schemas: SeedSchema[] = [
  {
    id: "default",
    name: {
      en: "Co-production of a public service",
      es: "Coproducción de un servicio público",
      it: "Coproduzione di un servizio pubblico",
      lv: "Publiskā pakalpojuma koprade",
    },
    description: {
      en: "The standard INTERLINK path from a shared challenge to a sustainable service: Engage, Design, Build and Sustain.",
      es: "El recorrido estándar de INTERLINK desde un reto compartido hasta un servicio sostenible: implicación, diseño, construcción y sostenibilidad.",
      it: "Il percorso standard di INTERLINK da una sfida condivisa a un servizio sostenibile: coinvolgimento, progettazione, realizzazione e sostenibilità.",
      lv: "INTERLINK standarta ceļš no kopīga izaicinājuma līdz ilgtspējīgam pakalpojumam: iesaiste, dizains, izveide un ilgtspēja.",
    },
    tags: ["co-production", "service-design", "public-service", "default"],
    phases: [
      {
        id: "engage",
        name: {
          en: "Engage",
          es: "Implicación",
          it: "Coinvolgimento",
          lv: "Iesaiste",
        },
        description: {
          en: "Understand the context, bring the right people together and agree on what the process should achieve.",
          es: "Comprender el contexto, reunir a las personas adecuadas y acordar qué debe lograr el proceso.",
          it: "Comprendere il contesto, riunire le persone giuste e concordare cosa deve ottenere il processo.",
          lv: "Izprast kontekstu, apvienot īstos cilvēkus un vienoties, kas procesam jāsasniedz.",
        },
        prerequisites: [],
        objectives: [
          {
            id: "engage-understand-context",
            name: {
              en: "Understand the context",
              es: "Comprender el contexto",
              it: "Comprendere il contesto",
              lv: "Izprast kontekstu",
            },
            description: {
              en: "Find out who is involved, what the real problem is and what already exists.",
              es: "Averiguar quién está implicado, cuál es el problema real y qué existe ya.",
              it: "Scoprire chi è coinvolto, qual è il problema reale e cosa esiste già.",
              lv: "Noskaidrot, kas ir iesaistīts, kāda ir patiesā problēma un kas jau pastāv.",
            },
            tasks: [
              {
                id: "engage-map-stakeholders",
                name: {
                  en: "Map the stakeholders",
                  es: "Mapear a los actores",
                  it: "Mappare gli stakeholder",
                  lv: "Apzināt ieinteresētās puses",
                },
                description: {
                  en: "List everyone affected by or able to influence the service, including groups that are rarely heard.",
                  es: "Enumerar a todos los que el servicio afecta o que pueden influir en él, incluidos los grupos que rara vez se escuchan.",
                  it: "Elencare chiunque sia toccato dal servizio o possa influenzarlo, compresi i gruppi raramente ascoltati.",
                  lv: "Uzskaitīt visus, ko pakalpojums ietekmē vai kas var to ietekmēt, arī grupas, kuras reti tiek uzklausītas.",
                },
                problemProfiles: ["identify-stakeholders", "reach-vulnerable-groups"],
              },
              {
                id: "engage-analyse-problem",
                name: {
                  en: "Analyse the problem",
                  es: "Analizar el problema",
                  it: "Analizzare il problema",
                  lv: "Analizēt problēmu",
                },
                description: {
                  en: "Separate the core problem from its causes and effects, using evidence from people and data.",
                  es: "Distinguir el problema central de sus causas y efectos, con evidencias de personas y datos.",
                  it: "Distinguere il problema centrale da cause ed effetti, sulla base di evidenze raccolte da persone e dati.",
                  lv: "Nošķirt galveno problēmu no tās cēloņiem un sekām, izmantojot cilvēku sniegtus pierādījumus un datus.",
                },
                problemProfiles: ["define-the-problem", "understand-user-needs"],
              },
              {
                id: "engage-review-existing-services",
                name: {
                  en: "Review existing services and data",
                  es: "Revisar los servicios y datos existentes",
                  it: "Esaminare i servizi e i dati esistenti",
                  lv: "Pārskatīt esošos pakalpojumus un datus",
                },
                description: {
                  en: "Check what the administration and others already offer, and which solutions from elsewhere could be reused.",
                  es: "Comprobar qué ofrecen ya la administración y otros actores y qué soluciones de otros lugares podrían reutilizarse.",
                  it: "Verificare cosa offrono già l'amministrazione e altri soggetti e quali soluzioni adottate altrove si potrebbero riutilizzare.",
                  lv: "Pārbaudīt, ko jau piedāvā pārvalde un citi, un kurus citur izmantotos risinājumus varētu izmantot atkārtoti.",
                },
                problemProfiles: ["knowledge-reuse", "interoperability"],
              },
            ],
          },
          {
            id: "engage-build-team",
            name: {
              en: "Build the co-production team",
              es: "Formar el equipo de coproducción",
              it: "Costruire il team di coproduzione",
              lv: "Izveidot koprades komandu",
            },
            description: {
              en: "Bring public, civic and private partners together and agree how you will work.",
              es: "Reunir a socios públicos, cívicos y privados y acordar cómo se trabajará.",
              it: "Riunire partner pubblici, civici e privati e concordare come lavorare insieme.",
              lv: "Apvienot publiskos, pilsoniskos un privātos partnerus un vienoties par darba kārtību.",
            },
            tasks: [
              {
                id: "engage-invite-participants",
                name: {
                  en: "Invite participants",
                  es: "Invitar a los participantes",
                  it: "Invitare i partecipanti",
                  lv: "Uzaicināt dalībniekus",
                },
                description: {
                  en: "Reach out to citizens, nonprofits, companies and colleagues, removing barriers to taking part.",
                  es: "Dirigirse a ciudadanos, entidades sin ánimo de lucro, empresas y colegas, eliminando las barreras a la participación.",
                  it: "Contattare cittadini, organizzazioni non profit, aziende e colleghi, rimuovendo gli ostacoli alla partecipazione.",
                  lv: "Uzrunāt iedzīvotājus, bezpeļņas organizācijas, uzņēmumus un kolēģus, novēršot šķēršļus līdzdalībai.",
                },
                problemProfiles: ["low-citizen-engagement", "reach-vulnerable-groups"],
              },
              {
                id: "engage-agree-roles",
                name: {
                  en: "Agree on roles and responsibilities",
                  es: "Acordar funciones y responsabilidades",
                  it: "Concordare ruoli e responsabilità",
                  lv: "Vienoties par lomām un atbildību",
                },
                description: {
                  en: "Decide who does what, who decides and who is accountable in each phase.",
                  es: "Decidir quién hace qué, quién decide y quién rinde cuentas en cada fase.",
                  it: "Decidere chi fa cosa, chi decide e chi ne risponde in ogni fase.",
                  lv: "Izlemt, kurš ko dara, kurš lemj un kurš atbild katrā posmā.",
                },
                problemProfiles: ["define-roles-responsibilities"],
              },
              {
                id: "engage-set-collaboration-rules",
                name: {
                  en: "Set the rules of collaboration",
                  es: "Establecer las reglas de colaboración",
                  it: "Stabilire le regole di collaborazione",
                  lv: "Noteikt sadarbības noteikumus",
                },
                description: {
                  en: "Agree on a code of conduct, a decision rule and a way to settle disagreements before they arise.",
                  es: "Acordar un código de conducta, una regla de decisión y una forma de resolver desacuerdos antes de que surjan.",
                  it: "Concordare un codice di condotta, una regola decisionale e un modo per risolvere i disaccordi prima che nascano.",
                  lv: "Vienoties par rīcības kodeksu, lēmumu pieņemšanas kārtību un domstarpību risināšanas veidu, pirms tās rodas.",
                },
                problemProfiles: ["trust-pa-citizens", "conflict-resolution", "collective-decision-making"],
              },
            ],
          },
          {
            id: "engage-agree-goals",
            name: {
              en: "Agree on shared goals",
              es: "Acordar objetivos comunes",
              it: "Concordare obiettivi comuni",
              lv: "Vienoties par kopīgiem mērķiem",
            },
            description: {
              en: "Turn different expectations into a common vision, a plan and the resources to carry it out.",
              es: "Convertir expectativas distintas en una visión común, un plan y los recursos para llevarlo a cabo.",
              it: "Trasformare aspettative diverse in una visione comune, un piano e le risorse per realizzarlo.",
              lv: "Pārvērst atšķirīgas gaidas kopīgā redzējumā, plānā un resursos tā īstenošanai.",
            },
            tasks: [
              {
                id: "engage-define-vision",
                name: {
                  en: "Define the vision and scope",
                  es: "Definir la visión y el alcance",
                  it: "Definire visione e ambito",
                  lv: "Definēt redzējumu un tvērumu",
                },
                description: {
                  en: "Write down in a process charter what will be better when the process succeeds and what is out of scope.",
                  es: "Recoger en una carta del proceso qué mejorará si el proceso tiene éxito y qué queda fuera de su alcance.",
                  it: "Scrivere in una carta del processo cosa migliorerà se il processo avrà successo e cosa resta fuori dal suo ambito.",
                  lv: "Procesa hartā pierakstīt, kas uzlabosies, ja process izdosies, un kas neietilpst tā tvērumā.",
                },
                problemProfiles: ["agree-shared-goals", "define-the-problem"],
              },
              {
                id: "engage-plan-engagement",
                name: {
                  en: "Plan engagement and communication",
                  es: "Planificar la participación y la comunicación",
                  it: "Pianificare coinvolgimento e comunicazione",
                  lv: "Plānot iesaisti un komunikāciju",
                },
                description: {
                  en: "Decide who takes part at which level in each phase and how you will keep everyone informed.",
                  es: "Decidir quién participa y con qué nivel en cada fase y cómo se mantendrá informado a todo el mundo.",
                  it: "Decidere chi partecipa e a quale livello in ogni fase e come tenere tutti informati.",
                  lv: "Izlemt, kas un kādā līmenī piedalās katrā posmā un kā visi tiks informēti.",
                },
                problemProfiles: ["low-citizen-engagement", "communicate-progress"],
              },
              {
                id: "engage-plan-resources",
                name: {
                  en: "Plan time and resources",
                  es: "Planificar tiempo y recursos",
                  it: "Pianificare tempi e risorse",
                  lv: "Plānot laiku un resursus",
                },
                description: {
                  en: "Agree on a calendar, a budget and the main risks, including the cost of involving citizens properly.",
                  es: "Acordar un calendario, un presupuesto y los riesgos principales, incluido el coste de implicar bien a la ciudadanía.",
                  it: "Concordare un calendario, un bilancio e i rischi principali, compreso il costo di un vero coinvolgimento dei cittadini.",
                  lv: "Vienoties par laika grafiku, budžetu un galvenajiem riskiem, ieskaitot izmaksas, kas saistītas ar pienācīgu iedzīvotāju iesaisti.",
                },
                problemProfiles: ["financial-sustainability", "manage-risks", "schedule-meetings"],
              },
            ],
          },
        ],
      },
      {
        id: "design",
        name: {
          en: "Design",
          es: "Diseño",
          it: "Progettazione",
          lv: "Dizains",
        },
        description: {
          en: "Explore user needs together, generate ideas and shape the future service.",
          es: "Explorar juntos las necesidades de los usuarios, generar ideas y dar forma al futuro servicio.",
          it: "Esplorare insieme i bisogni degli utenti, generare idee e dare forma al servizio futuro.",
          lv: "Kopīgi izpētīt lietotāju vajadzības, radīt idejas un veidot nākotnes pakalpojumu.",
        },
        prerequisites: ["engage"],
        objectives: [
          {
            id: "design-explore-needs",
            name: {
              en: "Explore user needs",
              es: "Explorar las necesidades de los usuarios",
              it: "Esplorare i bisogni degli utenti",
              lv: "Izpētīt lietotāju vajadzības",
            },
            description: {
              en: "Learn from the people who use or need the service how they experience it today.",
              es: "Aprender de quienes usan o necesitan el servicio cómo lo viven hoy.",
              it: "Imparare da chi usa o ha bisogno del servizio come lo vive oggi.",
              lv: "Uzzināt no pakalpojuma lietotājiem un tiem, kam tas vajadzīgs, kā viņi to šobrīd piedzīvo.",
            },
            tasks: [
              {
                id: "design-research-users",
                name: {
                  en: "Research with users",
                  es: "Investigar con los usuarios",
                  it: "Fare ricerca con gli utenti",
                  lv: "Veikt izpēti ar lietotājiem",
                },
                description: {
                  en: "Run interviews, surveys or observation with a diverse group of current and potential users.",
                  es: "Hacer entrevistas, encuestas u observación con un grupo diverso de usuarios actuales y potenciales.",
                  it: "Condurre interviste, questionari o osservazioni con un gruppo eterogeneo di utenti attuali e potenziali.",
                  lv: "Veikt intervijas, aptaujas vai novērošanu ar daudzveidīgu esošo un potenciālo lietotāju grupu.",
                },
                problemProfiles: ["understand-user-needs", "reach-vulnerable-groups"],
              },
              {
                id: "design-create-personas",
                name: {
                  en: "Create personas",
                  es: "Crear perfiles de usuario",
                  it: "Creare le personas",
                  lv: "Izveidot lietotāju personas",
                },
                description: {
                  en: "Summarise the research in a few evidence-based personas that the whole team designs for.",
                  es: "Resumir la investigación en unos pocos perfiles basados en evidencias para los que diseña todo el equipo.",
                  it: "Sintetizzare la ricerca in poche personas basate su evidenze, per cui progetta tutto il team.",
                  lv: "Apkopot izpēti dažās uz pierādījumiem balstītās personās, kurām projektē visa komanda.",
                },
                problemProfiles: ["understand-user-needs"],
              },
              {
                id: "design-map-journeys",
                name: {
                  en: "Map the current user journey",
                  es: "Trazar el recorrido actual del usuario",
                  it: "Tracciare il percorso attuale dell'utente",
                  lv: "Attēlot pašreizējo lietotāja ceļu",
                },
                description: {
                  en: "Show step by step how people experience the service today and where it hurts most.",
                  es: "Mostrar paso a paso cómo vive hoy la gente el servicio y dónde más duele.",
                  it: "Mostrare passo dopo passo come le persone vivono oggi il servizio e dove fa più male.",
                  lv: "Soli pa solim parādīt, kā cilvēki šobrīd piedzīvo pakalpojumu un kur ir lielākās problēmas.",
                },
                problemProfiles: ["understand-user-needs", "define-the-problem"],
              },
            ],
          },
          {
            id: "design-generate-ideas",
            name: {
              en: "Generate and select ideas",
              es: "Generar y seleccionar ideas",
              it: "Generare e selezionare idee",
              lv: "Radīt un atlasīt idejas",
            },
            description: {
              en: "Come up with many possible solutions together and choose the most promising ones fairly.",
              es: "Proponer juntos muchas soluciones posibles y elegir de forma justa las más prometedoras.",
              it: "Proporre insieme molte soluzioni possibili e scegliere in modo equo le più promettenti.",
              lv: "Kopīgi izdomāt daudzus iespējamos risinājumus un taisnīgi izvēlēties daudzsološākos.",
            },
            tasks: [
              {
                id: "design-run-workshops",
                name: {
                  en: "Run co-design workshops",
                  es: "Organizar talleres de codiseño",
                  it: "Condurre workshop di co-progettazione",
                  lv: "Rīkot kopīgas projektēšanas darbnīcas",
                },
                description: {
                  en: "Bring users, staff and partners together in accessible workshops to generate ideas from the research.",
                  es: "Reunir a usuarios, personal y socios en talleres accesibles para generar ideas a partir de la investigación.",
                  it: "Riunire utenti, personale e partner in workshop accessibili per generare idee a partire dalla ricerca.",
                  lv: "Apvienot lietotājus, darbiniekus un partnerus piekļūstamās darbnīcās, lai no izpētes rezultātiem radītu idejas.",
                },
                problemProfiles: ["generate-ideas", "low-citizen-engagement", "accessibility"],
              },
              {
                id: "design-select-ideas",
                name: {
                  en: "Select ideas together",
                  es: "Seleccionar ideas en común",
                  it: "Selezionare le idee insieme",
                  lv: "Kopīgi izvēlēties idejas",
                },
                description: {
                  en: "Choose which ideas to prototype using agreed criteria, and record why.",
                  es: "Elegir qué ideas prototipar según criterios acordados y dejar constancia de por qué.",
                  it: "Scegliere quali idee prototipare con criteri concordati e registrarne il motivo.",
                  lv: "Pēc saskaņotiem kritērijiem izvēlēties, kuras idejas prototipēt, un pierakstīt, kāpēc.",
                },
                problemProfiles: ["collective-decision-making", "document-decisions"],
              },
            ],
          },
          {
            id: "design-shape-service",
            name: {
              en: "Shape the future service",
              es: "Dar forma al futuro servicio",
              it: "Dare forma al servizio futuro",
              lv: "Veidot nākotnes pakalpojumu",
            },
            description: {
              en: "Describe how the new service will work, who delivers each part and under which rules.",
              es: "Describir cómo funcionará el nuevo servicio, quién presta cada parte y con qué reglas.",
              it: "Descrivere come funzionerà il nuovo servizio, chi eroga ogni parte e con quali regole.",
              lv: "Aprakstīt, kā darbosies jaunais pakalpojums, kurš nodrošina katru tā daļu un pēc kādiem noteikumiem.",
            },
            tasks: [
              {
                id: "design-blueprint-service",
                name: {
                  en: "Design the service blueprint",
                  es: "Diseñar el plano del servicio",
                  it: "Progettare il blueprint del servizio",
                  lv: "Izstrādāt pakalpojuma shēmu",
                },
                description: {
                  en: "Link each step the user sees to the staff, processes, systems and organisations behind it.",
                  es: "Relacionar cada paso que ve el usuario con el personal, los procesos, los sistemas y las organizaciones que hay detrás.",
                  it: "Collegare ogni passo visto dall'utente al personale, ai processi, ai sistemi e alle organizzazioni che lo rendono possibile.",
                  lv: "Sasaistīt katru soli, ko redz lietotājs, ar darbiniekiem, procesiem, sistēmām un organizācijām, kas to nodrošina.",
                },
                problemProfiles: ["prototype-service", "define-roles-responsibilities", "interoperability"],
              },
              {
                id: "design-assess-legal-data",
                name: {
                  en: "Assess legal and data protection requirements",
                  es: "Evaluar los requisitos legales y de protección de datos",
                  it: "Valutare i requisiti normativi e di protezione dei dati",
                  lv: "Izvērtēt juridiskās un datu aizsardzības prasības",
                },
                description: {
                  en: "Check the legal basis, the personal data involved and the data exchanged between partners.",
                  es: "Comprobar la base jurídica, los datos personales implicados y los datos que intercambian los socios.",
                  it: "Verificare la base giuridica, i dati personali coinvolti e i dati scambiati tra i partner.",
                  lv: "Pārbaudīt tiesisko pamatu, iesaistītos personas datus un datus, ar kuriem apmainās partneri.",
                },
                problemProfiles: ["legal-gdpr-compliance", "data-sharing-between-organisations"],
              },
              {
                id: "design-define-value",
                name: {
                  en: "Define the value proposition and business model",
                  es: "Definir la propuesta de valor y el modelo de negocio",
                  it: "Definire la proposta di valore e il modello di business",
                  lv: "Definēt vērtības piedāvājumu un biznesa modeli",
                },
                description: {
                  en: "Describe the value the service creates for each group and how it will be resourced.",
                  es: "Describir el valor que crea el servicio para cada grupo y con qué recursos se sostendrá.",
                  it: "Descrivere il valore che il servizio crea per ogni gruppo e con quali risorse sarà sostenuto.",
                  lv: "Aprakstīt, kādu vērtību pakalpojums rada katrai grupai un ar kādiem resursiem tas tiks nodrošināts.",
                },
                problemProfiles: ["financial-sustainability", "agree-shared-goals"],
              },
            ],
          },
        ],
      },
      {
        id: "build",
        coDelivery: true,
        name: {
          en: "Build",
          es: "Construcción",
          it: "Realizzazione",
          lv: "Izveide",
        },
        description: {
          en: "Prototype, test and implement the service with its future users.",
          es: "Prototipar, probar e implantar el servicio con sus futuros usuarios.",
          it: "Prototipare, testare e implementare il servizio con i suoi futuri utenti.",
          lv: "Prototipēt, testēt un ieviest pakalpojumu kopā ar tā nākamajiem lietotājiem.",
        },
        prerequisites: ["design"],
        objectives: [
          {
            id: "build-prototype-test",
            name: {
              en: "Prototype and test",
              es: "Prototipar y probar",
              it: "Prototipare e testare",
              lv: "Prototipēt un testēt",
            },
            description: {
              en: "Make the chosen ideas tangible and learn from real users before investing in them.",
              es: "Hacer tangibles las ideas elegidas y aprender de usuarios reales antes de invertir en ellas.",
              it: "Rendere concrete le idee scelte e imparare da utenti reali prima di investirci.",
              lv: "Padarīt izvēlētās idejas taustāmas un mācīties no reāliem lietotājiem, pirms tajās ieguldīt.",
            },
            tasks: [
              {
                id: "build-create-prototype",
                name: {
                  en: "Build a prototype",
                  es: "Construir un prototipo",
                  it: "Costruire un prototipo",
                  lv: "Izveidot prototipu",
                },
                description: {
                  en: "Create a quick, cheap version of the service, on paper, clickable or as a role-play.",
                  es: "Crear una versión rápida y barata del servicio, en papel, navegable o como juego de roles.",
                  it: "Creare una versione rapida ed economica del servizio, su carta, cliccabile o come gioco di ruolo.",
                  lv: "Izveidot ātru un lētu pakalpojuma versiju uz papīra, kā klikšķināmu maketu vai lomu spēli.",
                },
                problemProfiles: ["prototype-service"],
              },
              {
                id: "build-test-prototype",
                name: {
                  en: "Test the prototype with users",
                  es: "Probar el prototipo con usuarios",
                  it: "Testare il prototipo con gli utenti",
                  lv: "Testēt prototipu ar lietotājiem",
                },
                description: {
                  en: "Watch diverse users try the prototype, including people with disabilities or low digital skills.",
                  es: "Observar cómo usuarios diversos prueban el prototipo, incluidas personas con discapacidad o pocas competencias digitales.",
                  it: "Osservare utenti diversi mentre provano il prototipo, comprese persone con disabilità o scarse competenze digitali.",
                  lv: "Vērot, kā prototipu izmēģina dažādi lietotāji, arī cilvēki ar invaliditāti vai vājām digitālajām prasmēm.",
                },
                problemProfiles: ["test-with-users", "accessibility", "digital-skills"],
              },
              {
                id: "build-iterate-design",
                name: {
                  en: "Improve the design from test results",
                  es: "Mejorar el diseño según los resultados",
                  it: "Migliorare il progetto in base ai risultati",
                  lv: "Uzlabot dizainu pēc testu rezultātiem",
                },
                description: {
                  en: "Decide what to change after each round of testing and record the decisions.",
                  es: "Decidir qué cambiar tras cada ronda de pruebas y registrar las decisiones.",
                  it: "Decidere cosa cambiare dopo ogni ciclo di test e registrare le decisioni.",
                  lv: "Pēc katras testēšanas kārtas izlemt, ko mainīt, un pierakstīt lēmumus.",
                },
                problemProfiles: ["test-with-users", "document-decisions"],
              },
            ],
          },
          {
            id: "build-implement",
            name: {
              en: "Implement the service",
              es: "Implantar el servicio",
              it: "Implementare il servizio",
              lv: "Ieviest pakalpojumu",
            },
            description: {
              en: "Turn the tested design into a working service that fits existing systems and rules.",
              es: "Convertir el diseño probado en un servicio que funcione y encaje con los sistemas y normas existentes.",
              it: "Trasformare il progetto testato in un servizio funzionante, compatibile con i sistemi e le regole esistenti.",
              lv: "Pārvērst pārbaudīto dizainu strādājošā pakalpojumā, kas iekļaujas esošajās sistēmās un noteikumos.",
            },
            tasks: [
              {
                id: "build-define-requirements",
                name: {
                  en: "Define requirements and procure",
                  es: "Definir requisitos y contratar",
                  it: "Definire i requisiti e acquistare",
                  lv: "Noteikt prasības un veikt iepirkumu",
                },
                description: {
                  en: "Write user-centred requirements and buy or reuse what is needed under public procurement rules.",
                  es: "Redactar requisitos centrados en el usuario y adquirir o reutilizar lo necesario según las normas de contratación pública.",
                  it: "Scrivere requisiti centrati sull'utente e acquistare o riutilizzare il necessario secondo le regole degli appalti pubblici.",
                  lv: "Uzrakstīt uz lietotāju vērstas prasības un iegādāties vai atkārtoti izmantot vajadzīgo saskaņā ar publisko iepirkumu noteikumiem.",
                },
                problemProfiles: ["procurement-requirements", "interoperability"],
              },
              {
                id: "build-develop-service",
                name: {
                  en: "Develop and integrate the service",
                  es: "Desarrollar e integrar el servicio",
                  it: "Sviluppare e integrare il servizio",
                  lv: "Izstrādāt un integrēt pakalpojumu",
                },
                description: {
                  en: "Build the service and connect it to registers and partner systems, with users reviewing progress.",
                  es: "Construir el servicio y conectarlo con registros y sistemas de los socios, con usuarios revisando el avance.",
                  it: "Realizzare il servizio e collegarlo ai registri e ai sistemi dei partner, con gli utenti che ne verificano l'avanzamento.",
                  lv: "Izveidot pakalpojumu un savienot to ar reģistriem un partneru sistēmām, lietotājiem pārskatot progresu.",
                },
                problemProfiles: ["interoperability", "data-sharing-between-organisations", "manage-risks"],
              },
              {
                id: "build-ensure-accessibility",
                name: {
                  en: "Ensure accessibility and inclusion",
                  es: "Garantizar la accesibilidad y la inclusión",
                  it: "Garantire accessibilità e inclusione",
                  lv: "Nodrošināt piekļūstamību un iekļaušanu",
                },
                description: {
                  en: "Check the service against accessibility requirements and provide non-digital and assisted routes.",
                  es: "Comprobar el servicio frente a los requisitos de accesibilidad y ofrecer vías no digitales y asistidas.",
                  it: "Verificare il servizio rispetto ai requisiti di accessibilità e offrire percorsi non digitali e assistiti.",
                  lv: "Pārbaudīt pakalpojuma atbilstību piekļūstamības prasībām un nodrošināt nedigitālus un asistētus piekļuves ceļus.",
                },
                problemProfiles: ["accessibility", "digital-skills", "reach-vulnerable-groups"],
              },
            ],
          },
          {
            id: "build-launch",
            name: {
              en: "Launch the service",
              es: "Lanzar el servicio",
              it: "Lanciare il servizio",
              lv: "Palaist pakalpojumu",
            },
            description: {
              en: "Go live safely and make sure the people who need the service know about it.",
              es: "Poner el servicio en marcha con seguridad y asegurarse de que lo conocen quienes lo necesitan.",
              it: "Avviare il servizio in sicurezza e assicurarsi che lo conosca chi ne ha bisogno.",
              lv: "Droši uzsākt pakalpojuma darbību un pārliecināties, ka par to zina tie, kam tas vajadzīgs.",
            },
            tasks: [
              {
                id: "build-prepare-launch",
                name: {
                  en: "Prepare the launch",
                  es: "Preparar el lanzamiento",
                  it: "Preparare il lancio",
                  lv: "Sagatavot palaišanu",
                },
                description: {
                  en: "Confirm legal, technical and support readiness and agree what would stop the launch.",
                  es: "Confirmar que los aspectos legales, técnicos y de soporte están listos y acordar qué detendría el lanzamiento.",
                  it: "Confermare che gli aspetti legali, tecnici e di assistenza sono pronti e concordare cosa fermerebbe il lancio.",
                  lv: "Apstiprināt juridisko, tehnisko un atbalsta gatavību un vienoties, kas varētu apturēt palaišanu.",
                },
                problemProfiles: ["manage-risks", "legal-gdpr-compliance"],
              },
              {
                id: "build-announce-service",
                name: {
                  en: "Announce the service",
                  es: "Anunciar el servicio",
                  it: "Annunciare il servizio",
                  lv: "Paziņot par pakalpojumu",
                },
                description: {
                  en: "Tell participants first, then the public and target groups, through channels they actually use.",
                  es: "Informar primero a los participantes y después al público y a los grupos destinatarios, por los canales que realmente usan.",
                  it: "Informare prima i partecipanti, poi il pubblico e i gruppi destinatari, attraverso i canali che usano davvero.",
                  lv: "Vispirms informēt dalībniekus, tad sabiedrību un mērķgrupas, izmantojot kanālus, ko viņi patiešām lieto.",
                },
                problemProfiles: ["communicate-progress", "low-citizen-engagement"],
              },
            ],
          },
        ],
      },
      {
        id: "sustain",
        coDelivery: true,
        name: {
          en: "Sustain",
          es: "Sostenibilidad",
          it: "Sostenibilità",
          lv: "Ilgtspēja",
        },
        description: {
          en: "Evaluate the results, secure the future of the service and share what was learned.",
          es: "Evaluar los resultados, asegurar el futuro del servicio y compartir lo aprendido.",
          it: "Valutare i risultati, assicurare il futuro del servizio e condividere quanto appreso.",
          lv: "Izvērtēt rezultātus, nodrošināt pakalpojuma nākotni un dalīties ar gūtajām mācībām.",
        },
        prerequisites: ["build"],
        objectives: [
          {
            id: "sustain-evaluate",
            name: {
              en: "Monitor and evaluate",
              es: "Seguir y evaluar",
              it: "Monitorare e valutare",
              lv: "Uzraudzīt un izvērtēt",
            },
            description: {
              en: "Find out whether the service reaches its goals and for whom, and keep listening to users.",
              es: "Averiguar si el servicio alcanza sus objetivos y para quién, y seguir escuchando a los usuarios.",
              it: "Capire se il servizio raggiunge i suoi obiettivi e per chi, e continuare ad ascoltare gli utenti.",
              lv: "Noskaidrot, vai pakalpojums sasniedz savus mērķus un kam, un turpināt uzklausīt lietotājus.",
            },
            tasks: [
              {
                id: "sustain-monitor-kpis",
                name: {
                  en: "Monitor the key indicators",
                  es: "Seguir los indicadores clave",
                  it: "Monitorare gli indicatori chiave",
                  lv: "Uzraudzīt galvenos rādītājus",
                },
                description: {
                  en: "Measure the agreed indicators on a fixed rhythm and act when they go off track.",
                  es: "Medir los indicadores acordados con un ritmo fijo y actuar cuando se desvían.",
                  it: "Misurare gli indicatori concordati con un ritmo fisso e intervenire quando si discostano.",
                  lv: "Regulāri mērīt saskaņotos rādītājus un rīkoties, ja tie novirzās.",
                },
                problemProfiles: ["measure-impact"],
              },
              {
                id: "sustain-evaluate-impact",
                name: {
                  en: "Evaluate the impact",
                  es: "Evaluar el impacto",
                  it: "Valutare l'impatto",
                  lv: "Izvērtēt ietekmi",
                },
                description: {
                  en: "Assess the outcomes of the service and of the co-production process, and publish the findings.",
                  es: "Valorar los resultados del servicio y del proceso de coproducción y publicar las conclusiones.",
                  it: "Valutare i risultati del servizio e del processo di coproduzione e pubblicarne le conclusioni.",
                  lv: "Novērtēt pakalpojuma un koprades procesa rezultātus un publicēt secinājumus.",
                },
                problemProfiles: ["measure-impact", "trust-pa-citizens"],
              },
              {
                id: "sustain-collect-feedback",
                name: {
                  en: "Collect feedback from users",
                  es: "Recoger opiniones de los usuarios",
                  it: "Raccogliere il feedback degli utenti",
                  lv: "Apkopot lietotāju atsauksmes",
                },
                description: {
                  en: "Keep a feedback channel open and tell users what changed because of their comments.",
                  es: "Mantener abierto un canal de opinión y contar a los usuarios qué cambió gracias a sus comentarios.",
                  it: "Mantenere aperto un canale di feedback e dire agli utenti cosa è cambiato grazie ai loro commenti.",
                  lv: "Uzturēt atvērtu atsauksmju kanālu un pastāstīt lietotājiem, kas mainījās, pateicoties viņu komentāriem.",
                },
                problemProfiles: ["understand-user-needs", "communicate-progress"],
              },
            ],
          },
          {
            id: "sustain-secure-future",
            name: {
              en: "Secure the future of the service",
              es: "Asegurar el futuro del servicio",
              it: "Assicurare il futuro del servizio",
              lv: "Nodrošināt pakalpojuma nākotni",
            },
            description: {
              en: "Make sure the service has an owner, funding and people to keep it running after the pilot.",
              es: "Garantizar que el servicio tenga un titular, financiación y personas que lo mantengan tras el piloto.",
              it: "Assicurarsi che il servizio abbia un titolare, finanziamenti e persone che lo mantengano dopo la sperimentazione.",
              lv: "Nodrošināt, lai pakalpojumam pēc izmēģinājuma būtu īpašnieks, finansējums un cilvēki, kas to uztur.",
            },
            tasks: [
              {
                id: "sustain-plan-funding",
                name: {
                  en: "Plan long-term funding",
                  es: "Planificar la financiación a largo plazo",
                  it: "Pianificare il finanziamento a lungo termine",
                  lv: "Plānot ilgtermiņa finansējumu",
                },
                description: {
                  en: "Agree on the budget line, fees, grants or partnerships that will pay for the service.",
                  es: "Acordar la partida presupuestaria, las tasas, las subvenciones o las alianzas que financiarán el servicio.",
                  it: "Concordare la voce di bilancio, le tariffe, i contributi o le partnership che finanzieranno il servizio.",
                  lv: "Vienoties par budžeta pozīciju, maksām, dotācijām vai partnerībām, kas finansēs pakalpojumu.",
                },
                problemProfiles: ["financial-sustainability"],
              },
              {
                id: "sustain-hand-over",
                name: {
                  en: "Hand the service over",
                  es: "Traspasar el servicio",
                  it: "Passare di mano il servizio",
                  lv: "Nodot pakalpojumu",
                },
                description: {
                  en: "Transfer ownership, knowledge, systems and data to the organisation that will run the service.",
                  es: "Transferir la titularidad, el conocimiento, los sistemas y los datos a la organización que gestionará el servicio.",
                  it: "Trasferire titolarità, conoscenze, sistemi e dati all'organizzazione che gestirà il servizio.",
                  lv: "Nodot īpašumtiesības, zināšanas, sistēmas un datus organizācijai, kas nodrošinās pakalpojuma darbību.",
                },
                problemProfiles: ["service-handover", "define-roles-responsibilities"],
              },
              {
                id: "sustain-keep-community",
                name: {
                  en: "Keep the community involved",
                  es: "Mantener implicada a la comunidad",
                  it: "Mantenere coinvolta la comunità",
                  lv: "Uzturēt kopienas iesaisti",
                },
                description: {
                  en: "Give volunteers and civic partners a lasting role, recognition and a voice in improvements.",
                  es: "Dar al voluntariado y a los socios cívicos un papel duradero, reconocimiento y voz en las mejoras.",
                  it: "Dare a volontari e partner civici un ruolo duraturo, riconoscimento e voce nei miglioramenti.",
                  lv: "Piešķirt brīvprātīgajiem un pilsoniskajiem partneriem ilgstošu lomu, atzinību un balsi uzlabojumos.",
                },
                problemProfiles: ["volunteer-motivation", "low-citizen-engagement"],
              },
            ],
          },
          {
            id: "sustain-share",
            name: {
              en: "Share and reuse",
              es: "Compartir y reutilizar",
              it: "Condividere e riutilizzare",
              lv: "Dalīties un atkārtoti izmantot",
            },
            description: {
              en: "Make what was built and learned available so others can reuse it.",
              es: "Poner a disposición lo construido y aprendido para que otros puedan reutilizarlo.",
              it: "Rendere disponibile quanto realizzato e appreso, così che altri possano riutilizzarlo.",
              lv: "Padarīt izveidoto un apgūto pieejamu, lai citi to varētu izmantot atkārtoti.",
            },
            tasks: [
              {
                id: "sustain-document-lessons",
                name: {
                  en: "Document lessons learned",
                  es: "Documentar las lecciones aprendidas",
                  it: "Documentare le lezioni apprese",
                  lv: "Dokumentēt gūtās mācības",
                },
                description: {
                  en: "Write down what worked, what did not and what others should do differently.",
                  es: "Poner por escrito qué funcionó, qué no y qué deberían hacer otros de forma distinta.",
                  it: "Mettere per iscritto cosa ha funzionato, cosa no e cosa dovrebbero fare diversamente altri.",
                  lv: "Pierakstīt, kas izdevās, kas ne un kas citiem būtu jādara citādi.",
                },
                problemProfiles: ["knowledge-reuse"],
              },
              {
                id: "sustain-publish-results",
                name: {
                  en: "Publish the service and its data",
                  es: "Publicar el servicio y sus datos",
                  it: "Pubblicare il servizio e i suoi dati",
                  lv: "Publicēt pakalpojumu un tā datus",
                },
                description: {
                  en: "Publish the service description, open data and reusable materials in open formats.",
                  es: "Publicar la descripción del servicio, los datos abiertos y los materiales reutilizables en formatos abiertos.",
                  it: "Pubblicare la descrizione del servizio, i dati aperti e i materiali riutilizzabili in formati aperti.",
                  lv: "Publicēt pakalpojuma aprakstu, atvērtos datus un atkārtoti izmantojamos materiālus atvērtos formātos.",
                },
                problemProfiles: ["open-data-publication", "interoperability", "knowledge-reuse"],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    id: "hackathon",
    name: {
      en: "Civic hackathon",
      es: "Hackatón cívico",
      it: "Hackathon civico",
      lv: "Pilsoniskais hakatons",
    },
    description: {
      en: "Prepare, run and follow up a hackathon in which residents, developers and civil servants build solutions to public challenges.",
      es: "Preparar, celebrar y dar seguimiento a un hackatón en el que vecinos, desarrolladores y funcionarios crean soluciones a retos públicos.",
      it: "Preparare, svolgere e dare seguito a un hackathon in cui residenti, sviluppatori e funzionari costruiscono soluzioni a sfide pubbliche.",
      lv: "Sagatavot, novadīt un turpināt hakatonu, kurā iedzīvotāji, izstrādātāji un ierēdņi veido risinājumus publiskiem izaicinājumiem.",
    },
    tags: ["hackathon", "open-data", "innovation", "event"],
    phases: [
      {
        id: "hackathon-prepare",
        name: {
          en: "Prepare",
          es: "Preparación",
          it: "Preparazione",
          lv: "Sagatavošana",
        },
        description: {
          en: "Define meaningful challenges, get data ready and organise an inclusive event.",
          es: "Definir retos con sentido, preparar los datos y organizar un evento inclusivo.",
          it: "Definire sfide significative, preparare i dati e organizzare un evento inclusivo.",
          lv: "Definēt jēgpilnus izaicinājumus, sagatavot datus un organizēt iekļaujošu pasākumu.",
        },
        prerequisites: [],
        objectives: [
          {
            id: "hackathon-define-challenges",
            name: {
              en: "Define the challenges",
              es: "Definir los retos",
              it: "Definire le sfide",
              lv: "Definēt izaicinājumus",
            },
            description: {
              en: "Turn real public problems into clear challenges backed by data.",
              es: "Convertir problemas públicos reales en retos claros respaldados por datos.",
              it: "Trasformare problemi pubblici reali in sfide chiare supportate da dati.",
              lv: "Pārvērst reālas publiskas problēmas skaidros, ar datiem pamatotos izaicinājumos.",
            },
            tasks: [
              {
                id: "hackathon-collect-challenges",
                name: {
                  en: "Collect challenges from problem owners",
                  es: "Recoger retos de los responsables de los problemas",
                  it: "Raccogliere le sfide dai titolari dei problemi",
                  lv: "Apkopot izaicinājumus no problēmu īpašniekiem",
                },
                description: {
                  en: "Ask departments and community groups for problems worth solving, described from the users' side.",
                  es: "Pedir a los departamentos y grupos comunitarios problemas que merezca la pena resolver, descritos desde el lado de los usuarios.",
                  it: "Chiedere a uffici e gruppi della comunità problemi che valga la pena risolvere, descritti dal punto di vista degli utenti.",
                  lv: "Lūgt nodaļām un kopienu grupām nosaukt risināšanas vērtas problēmas, kas aprakstītas no lietotāju skatpunkta.",
                },
                problemProfiles: ["define-the-problem", "understand-user-needs"],
              },
              {
                id: "hackathon-prepare-data",
                name: {
                  en: "Prepare data and APIs",
                  es: "Preparar datos y API",
                  it: "Preparare dati e API",
                  lv: "Sagatavot datus un API",
                },
                description: {
                  en: "Publish the datasets and interfaces participants will need, open and free of personal data.",
                  es: "Publicar los conjuntos de datos e interfaces que necesitarán los participantes, abiertos y sin datos personales.",
                  it: "Pubblicare i dataset e le interfacce di cui avranno bisogno i partecipanti, aperti e privi di dati personali.",
                  lv: "Publicēt dalībniekiem vajadzīgās datu kopas un saskarnes — atvērtas un bez personas datiem.",
                },
                problemProfiles: ["open-data-publication", "legal-gdpr-compliance"],
              },
              {
                id: "hackathon-write-brief",
                name: {
                  en: "Write the hackathon brief",
                  es: "Redactar el documento base del hackatón",
                  it: "Scrivere il documento di presentazione dell'hackathon",
                  lv: "Uzrakstīt hakatona aprakstu",
                },
                description: {
                  en: "Describe challenges, resources, rules, judging criteria and what happens to the winning ideas.",
                  es: "Describir retos, recursos, reglas, criterios de evaluación y qué pasará con las ideas ganadoras.",
                  it: "Descrivere sfide, risorse, regole, criteri di valutazione e cosa succederà alle idee vincitrici.",
                  lv: "Aprakstīt izaicinājumus, resursus, noteikumus, vērtēšanas kritērijus un to, kas notiks ar uzvarējušajām idejām.",
                },
                problemProfiles: ["agree-shared-goals", "communicate-progress"],
              },
            ],
          },
          {
            id: "hackathon-organise-event",
            name: {
              en: "Organise the event",
              es: "Organizar el evento",
              it: "Organizzare l'evento",
              lv: "Organizēt pasākumu",
            },
            description: {
              en: "Bring together a diverse group of participants, mentors and jury in a welcoming setting.",
              es: "Reunir a un grupo diverso de participantes, mentores y jurado en un entorno acogedor.",
              it: "Riunire un gruppo eterogeneo di partecipanti, mentori e giuria in un ambiente accogliente.",
              lv: "Apvienot daudzveidīgu dalībnieku, mentoru un žūrijas grupu viesmīlīgā vidē.",
            },
            tasks: [
              {
                id: "hackathon-recruit-participants",
                name: {
                  en: "Recruit diverse participants",
                  es: "Captar participantes diversos",
                  it: "Reclutare partecipanti diversi",
                  lv: "Piesaistīt daudzveidīgus dalībniekus",
                },
                description: {
                  en: "Invite not only developers but also residents, designers, students and people affected by the challenges.",
                  es: "Invitar no solo a desarrolladores, sino también a vecinos, diseñadores, estudiantes y personas afectadas por los retos.",
                  it: "Invitare non solo sviluppatori ma anche residenti, designer, studenti e persone toccate dalle sfide.",
                  lv: "Uzaicināt ne tikai izstrādātājus, bet arī iedzīvotājus, dizainerus, studentus un cilvēkus, kurus izaicinājumi skar.",
                },
                problemProfiles: ["low-citizen-engagement", "reach-vulnerable-groups"],
              },
              {
                id: "hackathon-arrange-logistics",
                name: {
                  en: "Arrange venue, schedule and mentors",
                  es: "Organizar lugar, horario y mentores",
                  it: "Organizzare luogo, programma e mentori",
                  lv: "Sarūpēt norises vietu, grafiku un mentorus",
                },
                description: {
                  en: "Book an accessible venue, plan the timetable and line up mentors for each challenge.",
                  es: "Reservar un lugar accesible, planificar el horario y contar con mentores para cada reto.",
                  it: "Prenotare un luogo accessibile, pianificare il programma e individuare mentori per ogni sfida.",
                  lv: "Rezervēt piekļūstamu norises vietu, plānot laika grafiku un piesaistīt mentorus katram izaicinājumam.",
                },
                problemProfiles: ["schedule-meetings", "accessibility"],
              },
              {
                id: "hackathon-set-rules-jury",
                name: {
                  en: "Set the rules and the jury",
                  es: "Fijar las reglas y el jurado",
                  it: "Stabilire le regole e la giuria",
                  lv: "Noteikt noteikumus un žūriju",
                },
                description: {
                  en: "Agree on rules, licences, the code of conduct and a balanced jury that includes users.",
                  es: "Acordar las reglas, las licencias, el código de conducta y un jurado equilibrado que incluya a usuarios.",
                  it: "Concordare regole, licenze, codice di condotta e una giuria equilibrata che includa utenti.",
                  lv: "Vienoties par noteikumiem, licencēm, rīcības kodeksu un līdzsvarotu žūriju, kurā ir arī lietotāji.",
                },
                problemProfiles: ["collective-decision-making", "conflict-resolution"],
              },
            ],
          },
        ],
      },
      {
        id: "hackathon-run",
        name: {
          en: "Run the hackathon",
          es: "Celebración del hackatón",
          it: "Svolgimento dell'hackathon",
          lv: "Hakatona norise",
        },
        description: {
          en: "Form teams, build and test prototypes, and choose the most promising solutions.",
          es: "Formar equipos, construir y probar prototipos y elegir las soluciones más prometedoras.",
          it: "Formare i team, costruire e testare prototipi e scegliere le soluzioni più promettenti.",
          lv: "Izveidot komandas, veidot un testēt prototipus un izvēlēties daudzsološākos risinājumus.",
        },
        prerequisites: ["hackathon-prepare"],
        objectives: [
          {
            id: "hackathon-develop-solutions",
            name: {
              en: "Form teams and develop solutions",
              es: "Formar equipos y desarrollar soluciones",
              it: "Formare i team e sviluppare soluzioni",
              lv: "Izveidot komandas un izstrādāt risinājumus",
            },
            description: {
              en: "Help mixed teams turn challenges into working prototypes checked with users.",
              es: "Ayudar a equipos mixtos a convertir los retos en prototipos que funcionen, contrastados con usuarios.",
              it: "Aiutare team misti a trasformare le sfide in prototipi funzionanti, verificati con gli utenti.",
              lv: "Palīdzēt jauktām komandām pārvērst izaicinājumus strādājošos prototipos, kas pārbaudīti ar lietotājiem.",
            },
            tasks: [
              {
                id: "hackathon-match-teams",
                name: {
                  en: "Match participants into teams",
                  es: "Agrupar a los participantes en equipos",
                  it: "Suddividere i partecipanti in team",
                  lv: "Sadalīt dalībniekus komandās",
                },
                description: {
                  en: "Form teams that mix skills and perspectives, with clear roles inside each team.",
                  es: "Formar equipos que mezclen competencias y perspectivas, con funciones claras dentro de cada uno.",
                  it: "Formare team che uniscano competenze e prospettive diverse, con ruoli chiari al loro interno.",
                  lv: "Izveidot komandas, kurās apvienotas dažādas prasmes un skatpunkti, ar skaidrām lomām katrā komandā.",
                },
                problemProfiles: ["define-roles-responsibilities"],
              },
              {
                id: "hackathon-build-prototypes",
                name: {
                  en: "Build prototypes",
                  es: "Construir prototipos",
                  it: "Costruire prototipi",
                  lv: "Veidot prototipus",
                },
                description: {
                  en: "Develop quick prototypes that show how each idea would work for users.",
                  es: "Desarrollar prototipos rápidos que muestren cómo funcionaría cada idea para los usuarios.",
                  it: "Sviluppare prototipi rapidi che mostrino come funzionerebbe ogni idea per gli utenti.",
                  lv: "Izstrādāt ātrus prototipus, kas parāda, kā katra ideja darbotos lietotājiem.",
                },
                problemProfiles: ["prototype-service", "generate-ideas"],
              },
              {
                id: "hackathon-check-with-users",
                name: {
                  en: "Check ideas with users on site",
                  es: "Contrastar las ideas con usuarios en el lugar",
                  it: "Verificare le idee con gli utenti sul posto",
                  lv: "Pārbaudīt idejas ar lietotājiem uz vietas",
                },
                description: {
                  en: "Invite residents and front-line staff to try the prototypes and give quick feedback during the event.",
                  es: "Invitar a vecinos y personal de atención al público a probar los prototipos y opinar durante el evento.",
                  it: "Invitare residenti e personale di sportello a provare i prototipi e dare un riscontro rapido durante l'evento.",
                  lv: "Uzaicināt iedzīvotājus un klientu apkalpošanas darbiniekus pasākuma laikā izmēģināt prototipus un sniegt ātru atgriezenisko saiti.",
                },
                problemProfiles: ["test-with-users", "understand-user-needs"],
              },
            ],
          },
          {
            id: "hackathon-pitch-judge",
            name: {
              en: "Pitch and judge",
              es: "Presentar y evaluar",
              it: "Presentare e valutare",
              lv: "Prezentēt un vērtēt",
            },
            description: {
              en: "Present the solutions and select winners transparently against the published criteria.",
              es: "Presentar las soluciones y elegir a los ganadores con transparencia según los criterios publicados.",
              it: "Presentare le soluzioni e scegliere i vincitori in modo trasparente secondo i criteri pubblicati.",
              lv: "Prezentēt risinājumus un pārredzami izvēlēties uzvarētājus pēc publicētajiem kritērijiem.",
            },
            tasks: [
              {
                id: "hackathon-pitch-solutions",
                name: {
                  en: "Pitch the solutions",
                  es: "Presentar las soluciones",
                  it: "Presentare le soluzioni",
                  lv: "Prezentēt risinājumus",
                },
                description: {
                  en: "Each team presents the problem, the solution, a demo and the next steps in a few minutes.",
                  es: "Cada equipo presenta en pocos minutos el problema, la solución, una demostración y los próximos pasos.",
                  it: "Ogni team presenta in pochi minuti il problema, la soluzione, una dimostrazione e i passi successivi.",
                  lv: "Katra komanda dažās minūtēs prezentē problēmu, risinājumu, demonstrāciju un nākamos soļus.",
                },
                problemProfiles: ["communicate-progress"],
              },
              {
                id: "hackathon-select-winners",
                name: {
                  en: "Judge and select winners",
                  es: "Evaluar y elegir a los ganadores",
                  it: "Valutare e scegliere i vincitori",
                  lv: "Izvērtēt un izvēlēties uzvarētājus",
                },
                description: {
                  en: "The jury scores each solution, explains its choice and records the result.",
                  es: "El jurado puntúa cada solución, explica su elección y deja constancia del resultado.",
                  it: "La giuria assegna un punteggio a ogni soluzione, motiva la scelta e registra il risultato.",
                  lv: "Žūrija novērtē katru risinājumu, pamato savu izvēli un fiksē rezultātu.",
                },
                problemProfiles: ["collective-decision-making", "document-decisions"],
              },
            ],
          },
        ],
      },
      {
        id: "hackathon-follow-up",
        name: {
          en: "Follow up",
          es: "Seguimiento",
          it: "Seguito",
          lv: "Turpmākā rīcība",
        },
        description: {
          en: "Give the best solutions a real path towards a pilot and share the results openly.",
          es: "Dar a las mejores soluciones un camino real hacia un piloto y compartir los resultados abiertamente.",
          it: "Offrire alle soluzioni migliori un percorso concreto verso una sperimentazione e condividere apertamente i risultati.",
          lv: "Dot labākajiem risinājumiem reālu ceļu uz izmēģinājumu un atklāti dalīties ar rezultātiem.",
        },
        prerequisites: ["hackathon-run"],
        objectives: [
          {
            id: "hackathon-develop-winners",
            name: {
              en: "Develop the winning solutions",
              es: "Desarrollar las soluciones ganadoras",
              it: "Sviluppare le soluzioni vincitrici",
              lv: "Attīstīt uzvarējušos risinājumus",
            },
            description: {
              en: "Support the winning teams in turning their prototypes into pilots with the administration.",
              es: "Apoyar a los equipos ganadores para convertir sus prototipos en pilotos con la administración.",
              it: "Sostenere i team vincitori nel trasformare i prototipi in sperimentazioni con l'amministrazione.",
              lv: "Atbalstīt uzvarējušās komandas, lai to prototipi kopā ar pārvaldi kļūtu par izmēģinājumiem.",
            },
            tasks: [
              {
                id: "hackathon-plan-pilot",
                name: {
                  en: "Plan a pilot with the administration",
                  es: "Planificar un piloto con la administración",
                  it: "Pianificare una sperimentazione con l'amministrazione",
                  lv: "Plānot izmēģinājumu kopā ar pārvaldi",
                },
                description: {
                  en: "Agree on scope, funding and the legal route, such as procurement or a grant, for piloting the solution.",
                  es: "Acordar el alcance, la financiación y la vía jurídica, como una contratación o una subvención, para el piloto.",
                  it: "Concordare ambito, finanziamento e percorso giuridico, come un appalto o un contributo, per la sperimentazione.",
                  lv: "Vienoties par izmēģinājuma tvērumu, finansējumu un juridisko ceļu, piemēram, iepirkumu vai dotāciju.",
                },
                problemProfiles: ["procurement-requirements", "financial-sustainability"],
              },
              {
                id: "hackathon-mentor-teams",
                name: {
                  en: "Mentor the winning teams",
                  es: "Acompañar a los equipos ganadores",
                  it: "Affiancare i team vincitori",
                  lv: "Sniegt mentoru atbalstu uzvarējušajām komandām",
                },
                description: {
                  en: "Pair each team with mentors from the administration and keep volunteers motivated after the event.",
                  es: "Asignar a cada equipo mentores de la administración y mantener la motivación del voluntariado tras el evento.",
                  it: "Affiancare a ogni team mentori dell'amministrazione e mantenere motivati i volontari dopo l'evento.",
                  lv: "Katrai komandai piesaistīt mentorus no pārvaldes un uzturēt brīvprātīgo motivāciju arī pēc pasākuma.",
                },
                problemProfiles: ["volunteer-motivation", "service-handover"],
              },
            ],
          },
          {
            id: "hackathon-share-results",
            name: {
              en: "Share the results",
              es: "Compartir los resultados",
              it: "Condividere i risultati",
              lv: "Dalīties ar rezultātiem",
            },
            description: {
              en: "Publish what was produced and tell everyone involved what happens next.",
              es: "Publicar lo producido y contar a todos los implicados qué pasará a continuación.",
              it: "Pubblicare quanto prodotto e dire a tutti i coinvolti cosa succederà dopo.",
              lv: "Publicēt paveikto un pastāstīt visiem iesaistītajiem, kas notiks tālāk.",
            },
            tasks: [
              {
                id: "hackathon-publish-code",
                name: {
                  en: "Publish code and documentation",
                  es: "Publicar el código y la documentación",
                  it: "Pubblicare codice e documentazione",
                  lv: "Publicēt kodu un dokumentāciju",
                },
                description: {
                  en: "Publish the prototypes' code, data and documentation under open licences so others can reuse them.",
                  es: "Publicar el código, los datos y la documentación de los prototipos con licencias abiertas para que otros puedan reutilizarlos.",
                  it: "Pubblicare codice, dati e documentazione dei prototipi con licenze aperte, così che altri possano riutilizzarli.",
                  lv: "Publicēt prototipu kodu, datus un dokumentāciju ar atvērtām licencēm, lai citi tos varētu izmantot atkārtoti.",
                },
                problemProfiles: ["knowledge-reuse", "open-data-publication"],
              },
              {
                id: "hackathon-report-back",
                name: {
                  en: "Report back to participants and the public",
                  es: "Informar a los participantes y al público",
                  it: "Riferire ai partecipanti e al pubblico",
                  lv: "Informēt dalībniekus un sabiedrību",
                },
                description: {
                  en: "Explain which ideas move forward, which do not and why.",
                  es: "Explicar qué ideas siguen adelante, cuáles no y por qué.",
                  it: "Spiegare quali idee vanno avanti, quali no e perché.",
                  lv: "Paskaidrot, kuras idejas tiek virzītas tālāk, kuras ne un kāpēc.",
                },
                problemProfiles: ["communicate-progress", "trust-pa-citizens"],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    id: "service_description_enhancement",
    name: {
      en: "Service description enhancement",
      es: "Mejora de la descripción de servicios",
      it: "Miglioramento della descrizione dei servizi",
      lv: "Pakalpojumu aprakstu uzlabošana",
    },
    description: {
      en: "Improve how an existing public service is described, together with its users, and publish it in CPSV-AP form.",
      es: "Mejorar, junto con sus usuarios, cómo se describe un servicio público existente y publicarlo en formato CPSV-AP.",
      it: "Migliorare insieme agli utenti il modo in cui è descritto un servizio pubblico esistente e pubblicarlo in formato CPSV-AP.",
      lv: "Kopā ar lietotājiem uzlabot esoša publiskā pakalpojuma aprakstu un publicēt to CPSV-AP formā.",
    },
    tags: ["service-description", "cpsv-ap", "plain-language", "service-catalogue"],
    phases: [
      {
        id: "description-analyse",
        name: {
          en: "Analyse the current description",
          es: "Análisis de la descripción actual",
          it: "Analisi della descrizione attuale",
          lv: "Pašreizējā apraksta analīze",
        },
        description: {
          en: "Gather what is said about the service today and find out where users get lost.",
          es: "Reunir lo que se dice hoy del servicio y averiguar dónde se pierden los usuarios.",
          it: "Raccogliere ciò che oggi si dice del servizio e capire dove gli utenti si perdono.",
          lv: "Apkopot, kas šobrīd teikts par pakalpojumu, un noskaidrot, kur lietotāji apmaldās.",
        },
        prerequisites: [],
        objectives: [
          {
            id: "description-collect-current",
            name: {
              en: "Collect the current information",
              es: "Recopilar la información actual",
              it: "Raccogliere le informazioni attuali",
              lv: "Apkopot pašreizējo informāciju",
            },
            description: {
              en: "Bring together every existing description of the service and compare it with the CPSV-AP model.",
              es: "Reunir todas las descripciones existentes del servicio y compararlas con el modelo CPSV-AP.",
              it: "Riunire tutte le descrizioni esistenti del servizio e confrontarle con il modello CPSV-AP.",
              lv: "Savākt visus esošos pakalpojuma aprakstus un salīdzināt tos ar CPSV-AP modeli.",
            },
            tasks: [
              {
                id: "description-inventory-sources",
                name: {
                  en: "Inventory where the service is described",
                  es: "Inventariar dónde se describe el servicio",
                  it: "Censire dove è descritto il servizio",
                  lv: "Apzināt, kur pakalpojums ir aprakstīts",
                },
                description: {
                  en: "List web pages, leaflets, forms, legal texts and catalogues that describe the service.",
                  es: "Enumerar páginas web, folletos, formularios, textos legales y catálogos que describen el servicio.",
                  it: "Elencare pagine web, opuscoli, moduli, testi normativi e cataloghi che descrivono il servizio.",
                  lv: "Uzskaitīt tīmekļa lapas, bukletus, veidlapas, tiesību aktus un katalogus, kuros pakalpojums aprakstīts.",
                },
                problemProfiles: ["knowledge-reuse", "interoperability"],
              },
              {
                id: "description-map-cpsv-fields",
                name: {
                  en: "Map the information to CPSV-AP fields",
                  es: "Relacionar la información con los campos CPSV-AP",
                  it: "Ricondurre le informazioni ai campi CPSV-AP",
                  lv: "Sasaistīt informāciju ar CPSV-AP laukiem",
                },
                description: {
                  en: "Sort the existing information into the CPSV-AP fields and mark what is missing or contradictory.",
                  es: "Clasificar la información existente en los campos CPSV-AP y señalar lo que falta o se contradice.",
                  it: "Ordinare le informazioni esistenti nei campi CPSV-AP e segnare ciò che manca o è contraddittorio.",
                  lv: "Sakārtot esošo informāciju CPSV-AP laukos un atzīmēt, kas trūkst vai ir pretrunīgs.",
                },
                problemProfiles: ["interoperability"],
              },
            ],
          },
          {
            id: "description-understand-users",
            name: {
              en: "Understand how users read it",
              es: "Entender cómo la leen los usuarios",
              it: "Capire come la leggono gli utenti",
              lv: "Saprast, kā lietotāji to uztver",
            },
            description: {
              en: "Learn which questions users still have after reading the current description.",
              es: "Averiguar qué dudas siguen teniendo los usuarios tras leer la descripción actual.",
              it: "Capire quali domande hanno ancora gli utenti dopo aver letto la descrizione attuale.",
              lv: "Noskaidrot, kādi jautājumi lietotājiem paliek pēc pašreizējā apraksta izlasīšanas.",
            },
            tasks: [
              {
                id: "description-gather-feedback",
                name: {
                  en: "Gather user feedback and questions",
                  es: "Recoger opiniones y preguntas de los usuarios",
                  it: "Raccogliere feedback e domande degli utenti",
                  lv: "Apkopot lietotāju atsauksmes un jautājumus",
                },
                description: {
                  en: "Collect the questions front-line staff hear most often and ask users what is unclear.",
                  es: "Recoger las preguntas que más oye el personal de atención y preguntar a los usuarios qué no está claro.",
                  it: "Raccogliere le domande che il personale di sportello sente più spesso e chiedere agli utenti cosa non è chiaro.",
                  lv: "Apkopot jautājumus, ko klientu apkalpošanas darbinieki dzird visbiežāk, un pajautāt lietotājiem, kas nav skaidrs.",
                },
                problemProfiles: ["understand-user-needs", "low-citizen-engagement"],
              },
              {
                id: "description-test-comprehension",
                name: {
                  en: "Test whether users understand it",
                  es: "Comprobar si los usuarios la entienden",
                  it: "Verificare se gli utenti la capiscono",
                  lv: "Pārbaudīt, vai lietotāji to saprot",
                },
                description: {
                  en: "Ask a few users, including people with low literacy or digital skills, to find key facts in the text.",
                  es: "Pedir a algunos usuarios, incluidas personas con baja alfabetización o pocas competencias digitales, que encuentren datos clave en el texto.",
                  it: "Chiedere ad alcuni utenti, comprese persone con bassa alfabetizzazione o scarse competenze digitali, di trovare le informazioni chiave nel testo.",
                  lv: "Palūgt dažiem lietotājiem, arī cilvēkiem ar vājākām lasītprasmēm vai digitālajām prasmēm, atrast tekstā galveno informāciju.",
                },
                problemProfiles: ["test-with-users", "accessibility", "digital-skills"],
              },
            ],
          },
        ],
      },
      {
        id: "description-improve",
        name: {
          en: "Improve the description",
          es: "Mejora de la descripción",
          it: "Miglioramento della descrizione",
          lv: "Apraksta uzlabošana",
        },
        description: {
          en: "Rewrite the description with users, complete it and have it validated.",
          es: "Reescribir la descripción con los usuarios, completarla y validarla.",
          it: "Riscrivere la descrizione con gli utenti, completarla e farla convalidare.",
          lv: "Pārrakstīt aprakstu kopā ar lietotājiem, papildināt to un apstiprināt.",
        },
        prerequisites: ["description-analyse"],
        objectives: [
          {
            id: "description-rewrite",
            name: {
              en: "Rewrite with users",
              es: "Reescribir con los usuarios",
              it: "Riscrivere con gli utenti",
              lv: "Pārrakstīt kopā ar lietotājiem",
            },
            description: {
              en: "Produce a clear, complete description in the languages users speak.",
              es: "Elaborar una descripción clara y completa en los idiomas que hablan los usuarios.",
              it: "Produrre una descrizione chiara e completa nelle lingue parlate dagli utenti.",
              lv: "Sagatavot skaidru un pilnīgu aprakstu valodās, kurās runā lietotāji.",
            },
            tasks: [
              {
                id: "description-rewrite-plain-language",
                name: {
                  en: "Rewrite in plain language",
                  es: "Reescribir en lenguaje claro",
                  it: "Riscrivere in linguaggio semplice",
                  lv: "Pārrakstīt vienkāršā valodā",
                },
                description: {
                  en: "Explain who the service is for, what you get, what you need and how long it takes, in plain words.",
                  es: "Explicar con palabras sencillas para quién es el servicio, qué se obtiene, qué se necesita y cuánto tarda.",
                  it: "Spiegare con parole semplici a chi è rivolto il servizio, cosa si ottiene, cosa serve e quanto tempo richiede.",
                  lv: "Vienkāršiem vārdiem paskaidrot, kam pakalpojums paredzēts, ko var saņemt, kas vajadzīgs un cik ilgi tas aizņem.",
                },
                problemProfiles: ["accessibility", "understand-user-needs"],
              },
              {
                id: "description-complete-fields",
                name: {
                  en: "Complete the missing fields",
                  es: "Completar los campos que faltan",
                  it: "Completare i campi mancanti",
                  lv: "Aizpildīt trūkstošos laukus",
                },
                description: {
                  en: "Fill in costs, evidence, channels, legal basis and competent authority with the service owner.",
                  es: "Completar con el titular del servicio los costes, los documentos, los canales, la base jurídica y la autoridad competente.",
                  it: "Compilare con il titolare del servizio costi, documenti richiesti, canali, base giuridica e autorità competente.",
                  lv: "Kopā ar pakalpojuma īpašnieku aizpildīt izmaksas, nepieciešamos dokumentus, kanālus, tiesisko pamatu un kompetento iestādi.",
                },
                problemProfiles: ["interoperability", "legal-gdpr-compliance"],
              },
              {
                id: "description-translate",
                name: {
                  en: "Translate into users' languages",
                  es: "Traducir a los idiomas de los usuarios",
                  it: "Tradurre nelle lingue degli utenti",
                  lv: "Iztulkot lietotāju valodās",
                },
                description: {
                  en: "Translate the description and, where useful, produce an easy-to-read version.",
                  es: "Traducir la descripción y, cuando sea útil, elaborar una versión de lectura fácil.",
                  it: "Tradurre la descrizione e, se utile, produrne una versione facile da leggere.",
                  lv: "Iztulkot aprakstu un, ja noderīgi, sagatavot vieglās valodas versiju.",
                },
                problemProfiles: ["reach-vulnerable-groups", "accessibility"],
              },
            ],
          },
          {
            id: "description-validate",
            name: {
              en: "Validate the new description",
              es: "Validar la nueva descripción",
              it: "Convalidare la nuova descrizione",
              lv: "Apstiprināt jauno aprakstu",
            },
            description: {
              en: "Make sure the new text works for users and is correct for the administration.",
              es: "Asegurarse de que el nuevo texto sirve a los usuarios y es correcto para la administración.",
              it: "Assicurarsi che il nuovo testo funzioni per gli utenti e sia corretto per l'amministrazione.",
              lv: "Pārliecināties, ka jaunais teksts der lietotājiem un ir pareizs no pārvaldes viedokļa.",
            },
            tasks: [
              {
                id: "description-review-with-users",
                name: {
                  en: "Review it with users",
                  es: "Revisarla con los usuarios",
                  it: "Rivederla con gli utenti",
                  lv: "Pārskatīt to kopā ar lietotājiem",
                },
                description: {
                  en: "Repeat the comprehension test with the new text and compare the results.",
                  es: "Repetir la prueba de comprensión con el nuevo texto y comparar los resultados.",
                  it: "Ripetere il test di comprensione con il nuovo testo e confrontare i risultati.",
                  lv: "Atkārtot sapratnes testu ar jauno tekstu un salīdzināt rezultātus.",
                },
                problemProfiles: ["test-with-users"],
              },
              {
                id: "description-approve",
                name: {
                  en: "Have it approved by the competent authority",
                  es: "Obtener la aprobación de la autoridad competente",
                  it: "Farla approvare dall'autorità competente",
                  lv: "Saņemt kompetentās iestādes apstiprinājumu",
                },
                description: {
                  en: "Ask the responsible department to check legal accuracy and approve publication.",
                  es: "Pedir al departamento responsable que compruebe la exactitud jurídica y apruebe la publicación.",
                  it: "Chiedere all'ufficio responsabile di verificare la correttezza giuridica e approvare la pubblicazione.",
                  lv: "Lūgt atbildīgajai struktūrvienībai pārbaudīt juridisko precizitāti un apstiprināt publicēšanu.",
                },
                problemProfiles: ["document-decisions", "legal-gdpr-compliance"],
              },
            ],
          },
        ],
      },
      {
        id: "description-publish",
        name: {
          en: "Publish and maintain",
          es: "Publicación y mantenimiento",
          it: "Pubblicazione e manutenzione",
          lv: "Publicēšana un uzturēšana",
        },
        description: {
          en: "Publish the description everywhere users look for it and keep it up to date.",
          es: "Publicar la descripción allí donde los usuarios la buscan y mantenerla actualizada.",
          it: "Pubblicare la descrizione ovunque gli utenti la cerchino e mantenerla aggiornata.",
          lv: "Publicēt aprakstu visur, kur lietotāji to meklē, un uzturēt to aktuālu.",
        },
        prerequisites: ["description-improve"],
        objectives: [
          {
            id: "description-publish-catalogue",
            name: {
              en: "Publish the description",
              es: "Publicar la descripción",
              it: "Pubblicare la descrizione",
              lv: "Publicēt aprakstu",
            },
            description: {
              en: "Make the new description available on the website and in machine-readable catalogues.",
              es: "Poner la nueva descripción a disposición en la web y en catálogos legibles por máquina.",
              it: "Rendere disponibile la nuova descrizione sul sito e nei cataloghi leggibili dalle macchine.",
              lv: "Padarīt jauno aprakstu pieejamu tīmekļvietnē un mašīnlasāmos katalogos.",
            },
            tasks: [
              {
                id: "description-publish-portals",
                name: {
                  en: "Publish on the website and catalogues",
                  es: "Publicar en la web y en los catálogos",
                  it: "Pubblicare sul sito e nei cataloghi",
                  lv: "Publicēt tīmekļvietnē un katalogos",
                },
                description: {
                  en: "Update the website and export the CPSV-AP description to national and European catalogues.",
                  es: "Actualizar la web y exportar la descripción CPSV-AP a los catálogos nacionales y europeos.",
                  it: "Aggiornare il sito ed esportare la descrizione CPSV-AP nei cataloghi nazionali ed europei.",
                  lv: "Atjaunināt tīmekļvietni un eksportēt CPSV-AP aprakstu uz valsts un Eiropas katalogiem.",
                },
                problemProfiles: ["interoperability", "open-data-publication"],
              },
              {
                id: "description-announce-changes",
                name: {
                  en: "Announce the improved description",
                  es: "Anunciar la descripción mejorada",
                  it: "Annunciare la descrizione migliorata",
                  lv: "Paziņot par uzlaboto aprakstu",
                },
                description: {
                  en: "Tell staff, partners and the users who helped that the new description is online.",
                  es: "Informar al personal, a los socios y a los usuarios que ayudaron de que la nueva descripción está en línea.",
                  it: "Comunicare a personale, partner e utenti che hanno collaborato che la nuova descrizione è online.",
                  lv: "Paziņot darbiniekiem, partneriem un lietotājiem, kas palīdzēja, ka jaunais apraksts ir pieejams tiešsaistē.",
                },
                problemProfiles: ["communicate-progress"],
              },
            ],
          },
          {
            id: "description-maintain",
            name: {
              en: "Keep it up to date",
              es: "Mantenerla actualizada",
              it: "Mantenerla aggiornata",
              lv: "Uzturēt to aktuālu",
            },
            description: {
              en: "Make someone responsible for the description and watch how it is used.",
              es: "Designar a alguien responsable de la descripción y observar cómo se usa.",
              it: "Affidare a qualcuno la responsabilità della descrizione e osservare come viene usata.",
              lv: "Noteikt atbildīgo par aprakstu un sekot, kā tas tiek izmantots.",
            },
            tasks: [
              {
                id: "description-assign-owner",
                name: {
                  en: "Assign an owner for updates",
                  es: "Designar un responsable de las actualizaciones",
                  it: "Nominare un responsabile degli aggiornamenti",
                  lv: "Noteikt atbildīgo par atjauninājumiem",
                },
                description: {
                  en: "Name who updates the description when rules, costs or channels change.",
                  es: "Designar quién actualiza la descripción cuando cambian las normas, los costes o los canales.",
                  it: "Indicare chi aggiorna la descrizione quando cambiano regole, costi o canali.",
                  lv: "Noteikt, kurš atjaunina aprakstu, kad mainās noteikumi, izmaksas vai kanāli.",
                },
                problemProfiles: ["define-roles-responsibilities", "service-handover"],
              },
              {
                id: "description-monitor-use",
                name: {
                  en: "Monitor use and questions",
                  es: "Seguir el uso y las consultas",
                  it: "Monitorare l'uso e le domande",
                  lv: "Uzraudzīt lietojumu un jautājumus",
                },
                description: {
                  en: "Track page visits, search terms and recurring questions to see whether the description helps.",
                  es: "Seguir las visitas, los términos de búsqueda y las preguntas recurrentes para ver si la descripción ayuda.",
                  it: "Monitorare visite, termini di ricerca e domande ricorrenti per capire se la descrizione aiuta.",
                  lv: "Sekot apmeklējumiem, meklēšanas vaicājumiem un atkārtotiem jautājumiem, lai redzētu, vai apraksts palīdz.",
                },
                problemProfiles: ["measure-impact"],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    id: "co_reflection",
    name: {
      en: "Co-reflection",
      es: "Correflexión",
      it: "Co-riflessione",
      lv: "Kopīga refleksija",
    },
    description: {
      en: "Look back together on a co-production process or a running service, learn from it and agree on improvements.",
      es: "Analizar juntos un proceso de coproducción o un servicio en marcha, aprender de ello y acordar mejoras.",
      it: "Riflettere insieme su un processo di coproduzione o su un servizio attivo, imparare e concordare miglioramenti.",
      lv: "Kopīgi atskatīties uz koprades procesu vai darbojošos pakalpojumu, mācīties no tā un vienoties par uzlabojumiem.",
    },
    tags: ["reflection", "evaluation", "learning", "retrospective"],
    phases: [
      {
        id: "reflection-prepare",
        name: {
          en: "Prepare the reflection",
          es: "Preparación de la reflexión",
          it: "Preparazione della riflessione",
          lv: "Refleksijas sagatavošana",
        },
        description: {
          en: "Decide what to reflect on, invite all voices and gather evidence beforehand.",
          es: "Decidir sobre qué reflexionar, invitar a todas las voces y reunir evidencias de antemano.",
          it: "Decidere su cosa riflettere, invitare tutte le voci e raccogliere prima le evidenze.",
          lv: "Izlemt, par ko reflektēt, uzaicināt visus iesaistītos un iepriekš apkopot pierādījumus.",
        },
        prerequisites: [],
        objectives: [
          {
            id: "reflection-define-scope",
            name: {
              en: "Define the scope",
              es: "Definir el alcance",
              it: "Definire l'ambito",
              lv: "Noteikt tvērumu",
            },
            description: {
              en: "Agree on the questions and the people that the reflection must include.",
              es: "Acordar las preguntas y las personas que debe incluir la reflexión.",
              it: "Concordare le domande e le persone che la riflessione deve includere.",
              lv: "Vienoties par jautājumiem un cilvēkiem, kas jāiekļauj refleksijā.",
            },
            tasks: [
              {
                id: "reflection-choose-questions",
                name: {
                  en: "Choose the questions to reflect on",
                  es: "Elegir las preguntas de reflexión",
                  it: "Scegliere le domande su cui riflettere",
                  lv: "Izvēlēties refleksijas jautājumus",
                },
                description: {
                  en: "Select a few questions about goals, collaboration and results that matter to all partners.",
                  es: "Seleccionar unas pocas preguntas sobre objetivos, colaboración y resultados que importen a todos los socios.",
                  it: "Selezionare poche domande su obiettivi, collaborazione e risultati che contino per tutti i partner.",
                  lv: "Izvēlēties dažus jautājumus par mērķiem, sadarbību un rezultātiem, kas ir svarīgi visiem partneriem.",
                },
                problemProfiles: ["agree-shared-goals", "measure-impact"],
              },
              {
                id: "reflection-invite-voices",
                name: {
                  en: "Invite all voices",
                  es: "Invitar a todas las voces",
                  it: "Invitare tutte le voci",
                  lv: "Uzaicināt visus iesaistītos",
                },
                description: {
                  en: "Invite partners, participants and users, including those who left the process, at a time that suits them.",
                  es: "Invitar a socios, participantes y usuarios, incluidos quienes dejaron el proceso, en un horario que les convenga.",
                  it: "Invitare partner, partecipanti e utenti, compresi quelli che hanno lasciato il processo, in un orario adatto a loro.",
                  lv: "Uzaicināt partnerus, dalībniekus un lietotājus, arī tos, kas procesu pameta, viņiem piemērotā laikā.",
                },
                problemProfiles: ["reach-vulnerable-groups", "low-citizen-engagement", "schedule-meetings"],
              },
            ],
          },
          {
            id: "reflection-gather-evidence",
            name: {
              en: "Gather evidence",
              es: "Reunir evidencias",
              it: "Raccogliere evidenze",
              lv: "Apkopot pierādījumus",
            },
            description: {
              en: "Collect facts and anonymous views so the discussion rests on more than memories.",
              es: "Recoger hechos y opiniones anónimas para que el debate no se base solo en recuerdos.",
              it: "Raccogliere fatti e opinioni anonime, così che la discussione non si basi solo sui ricordi.",
              lv: "Savākt faktus un anonīmus viedokļus, lai diskusija balstītos ne tikai atmiņās.",
            },
            tasks: [
              {
                id: "reflection-collect-data",
                name: {
                  en: "Collect data on results",
                  es: "Recopilar datos sobre los resultados",
                  it: "Raccogliere dati sui risultati",
                  lv: "Savākt datus par rezultātiem",
                },
                description: {
                  en: "Gather indicator values, participation figures and key documents from the process.",
                  es: "Reunir los valores de los indicadores, las cifras de participación y los documentos clave del proceso.",
                  it: "Raccogliere i valori degli indicatori, i dati sulla partecipazione e i documenti chiave del processo.",
                  lv: "Apkopot rādītāju vērtības, līdzdalības skaitļus un galvenos procesa dokumentus.",
                },
                problemProfiles: ["measure-impact"],
              },
              {
                id: "reflection-anonymous-survey",
                name: {
                  en: "Run an anonymous survey of participants",
                  es: "Hacer una encuesta anónima a los participantes",
                  it: "Condurre un questionario anonimo tra i partecipanti",
                  lv: "Veikt anonīmu dalībnieku aptauju",
                },
                description: {
                  en: "Ask participants how they experienced the collaboration, so difficult topics can surface safely.",
                  es: "Preguntar a los participantes cómo vivieron la colaboración, para que los temas difíciles salgan a la luz con seguridad.",
                  it: "Chiedere ai partecipanti come hanno vissuto la collaborazione, così che i temi difficili emergano in sicurezza.",
                  lv: "Pajautāt dalībniekiem, kā viņi piedzīvoja sadarbību, lai sarežģīti temati varētu droši nākt gaismā.",
                },
                problemProfiles: ["trust-pa-citizens", "understand-user-needs"],
              },
            ],
          },
        ],
      },
      {
        id: "reflection-reflect",
        name: {
          en: "Reflect together",
          es: "Reflexión conjunta",
          it: "Riflessione comune",
          lv: "Kopīgas pārdomas",
        },
        description: {
          en: "Discuss openly what happened, why, and what it means for the future.",
          es: "Debatir abiertamente qué ocurrió, por qué y qué significa para el futuro.",
          it: "Discutere apertamente cosa è successo, perché e cosa significa per il futuro.",
          lv: "Atklāti apspriest, kas notika, kāpēc un ko tas nozīmē nākotnei.",
        },
        prerequisites: ["reflection-prepare"],
        objectives: [
          {
            id: "reflection-hold-sessions",
            name: {
              en: "Hold reflection sessions",
              es: "Celebrar sesiones de reflexión",
              it: "Tenere sessioni di riflessione",
              lv: "Rīkot refleksijas sesijas",
            },
            description: {
              en: "Run facilitated sessions where every participant can speak safely.",
              es: "Celebrar sesiones facilitadas en las que cada participante pueda hablar con seguridad.",
              it: "Condurre sessioni facilitate in cui ogni partecipante possa parlare in sicurezza.",
              lv: "Rīkot vadītas sesijas, kurās katrs dalībnieks var droši izteikties.",
            },
            tasks: [
              {
                id: "reflection-run-session",
                name: {
                  en: "Run the co-reflection session",
                  es: "Dirigir la sesión de correflexión",
                  it: "Condurre la sessione di co-riflessione",
                  lv: "Vadīt kopīgas refleksijas sesiju",
                },
                description: {
                  en: "Walk through the timeline, the survey results and what to keep, stop and try, with a neutral facilitator.",
                  es: "Repasar la cronología, los resultados de la encuesta y qué mantener, dejar y probar, con una persona facilitadora neutral.",
                  it: "Ripercorrere la cronologia, i risultati del questionario e cosa mantenere, interrompere e provare, con un facilitatore neutrale.",
                  lv: "Kopā ar neitrālu vadītāju izskatīt notikumu laika līniju, aptaujas rezultātus un to, ko saglabāt, pārtraukt un izmēģināt.",
                },
                problemProfiles: ["trust-pa-citizens", "conflict-resolution"],
              },
              {
                id: "reflection-record-insights",
                name: {
                  en: "Record the insights",
                  es: "Registrar las conclusiones",
                  it: "Registrare le osservazioni emerse",
                  lv: "Pierakstīt atziņas",
                },
                description: {
                  en: "Write down the main insights and any disagreements, without naming individuals.",
                  es: "Anotar las principales conclusiones y los desacuerdos, sin nombrar a personas concretas.",
                  it: "Annotare le principali osservazioni e gli eventuali disaccordi, senza nominare singole persone.",
                  lv: "Pierakstīt galvenās atziņas un domstarpības, nenosaucot konkrētus cilvēkus.",
                },
                problemProfiles: ["document-decisions", "knowledge-reuse"],
              },
            ],
          },
          {
            id: "reflection-analyse",
            name: {
              en: "Analyse what happened",
              es: "Analizar lo ocurrido",
              it: "Analizzare quanto accaduto",
              lv: "Analizēt notikušo",
            },
            description: {
              en: "Look for patterns behind successes and problems and compare them with the original goals.",
              es: "Buscar patrones detrás de los éxitos y los problemas y compararlos con los objetivos iniciales.",
              it: "Cercare gli schemi dietro successi e problemi e confrontarli con gli obiettivi iniziali.",
              lv: "Meklēt likumsakarības aiz veiksmēm un problēmām un salīdzināt tās ar sākotnējiem mērķiem.",
            },
            tasks: [
              {
                id: "reflection-find-patterns",
                name: {
                  en: "Find patterns and root causes",
                  es: "Encontrar patrones y causas de fondo",
                  it: "Individuare schemi e cause profonde",
                  lv: "Atrast likumsakarības un pamatcēloņus",
                },
                description: {
                  en: "Group the insights and ask why they happened until the underlying causes are clear.",
                  es: "Agrupar las conclusiones y preguntar por qué ocurrieron hasta que las causas de fondo estén claras.",
                  it: "Raggruppare le osservazioni e chiedersi perché sono avvenute finché le cause profonde non sono chiare.",
                  lv: "Sagrupēt atziņas un jautāt, kāpēc tā notika, līdz pamatcēloņi kļūst skaidri.",
                },
                problemProfiles: ["define-the-problem"],
              },
              {
                id: "reflection-compare-goals",
                name: {
                  en: "Compare results with the goals",
                  es: "Comparar los resultados con los objetivos",
                  it: "Confrontare i risultati con gli obiettivi",
                  lv: "Salīdzināt rezultātus ar mērķiem",
                },
                description: {
                  en: "Check which shared goals were reached, partly reached or missed, and for whom.",
                  es: "Comprobar qué objetivos comunes se alcanzaron, se alcanzaron en parte o no se alcanzaron, y para quién.",
                  it: "Verificare quali obiettivi comuni sono stati raggiunti, raggiunti in parte o mancati, e per chi.",
                  lv: "Pārbaudīt, kuri kopīgie mērķi ir sasniegti, daļēji sasniegti vai nav sasniegti, un kam.",
                },
                problemProfiles: ["measure-impact", "agree-shared-goals"],
              },
            ],
          },
        ],
      },
      {
        id: "reflection-act",
        name: {
          en: "Act on the learning",
          es: "Aplicación de lo aprendido",
          it: "Messa in pratica di quanto appreso",
          lv: "Mācību īstenošana",
        },
        description: {
          en: "Turn insights into concrete improvements and share the learning with others.",
          es: "Convertir las conclusiones en mejoras concretas y compartir lo aprendido con otros.",
          it: "Trasformare le osservazioni in miglioramenti concreti e condividere quanto appreso con altri.",
          lv: "Pārvērst atziņas konkrētos uzlabojumos un dalīties ar gūtajām mācībām ar citiem.",
        },
        prerequisites: ["reflection-reflect"],
        objectives: [
          {
            id: "reflection-agree-changes",
            name: {
              en: "Agree on changes",
              es: "Acordar cambios",
              it: "Concordare i cambiamenti",
              lv: "Vienoties par izmaiņām",
            },
            description: {
              en: "Decide together which changes to make and who is responsible for each.",
              es: "Decidir juntos qué cambios introducir y quién se responsabiliza de cada uno.",
              it: "Decidere insieme quali cambiamenti introdurre e chi è responsabile di ciascuno.",
              lv: "Kopīgi izlemt, kādas izmaiņas veikt un kurš atbild par katru no tām.",
            },
            tasks: [
              {
                id: "reflection-decide-actions",
                name: {
                  en: "Decide on improvement actions",
                  es: "Decidir acciones de mejora",
                  it: "Decidere le azioni di miglioramento",
                  lv: "Lemt par uzlabošanas darbībām",
                },
                description: {
                  en: "Choose a small number of concrete actions using the agreed decision rule, and record them.",
                  es: "Elegir un número reducido de acciones concretas con la regla de decisión acordada y registrarlas.",
                  it: "Scegliere un numero ridotto di azioni concrete con la regola decisionale concordata e registrarle.",
                  lv: "Pēc saskaņotās lēmumu pieņemšanas kārtības izvēlēties dažas konkrētas darbības un tās pierakstīt.",
                },
                problemProfiles: ["collective-decision-making", "document-decisions"],
              },
              {
                id: "reflection-assign-owners",
                name: {
                  en: "Assign owners and deadlines",
                  es: "Asignar responsables y plazos",
                  it: "Assegnare responsabili e scadenze",
                  lv: "Norīkot atbildīgos un termiņus",
                },
                description: {
                  en: "Give every action one owner and a date, and plan when progress will be checked.",
                  es: "Dar a cada acción un responsable y una fecha y planificar cuándo se revisará el avance.",
                  it: "Assegnare a ogni azione un responsabile e una data e pianificare quando verificarne l'avanzamento.",
                  lv: "Katrai darbībai noteikt vienu atbildīgo un termiņu un ieplānot, kad tiks pārbaudīts progress.",
                },
                problemProfiles: ["define-roles-responsibilities"],
              },
            ],
          },
          {
            id: "reflection-share-learning",
            name: {
              en: "Share the learning",
              es: "Compartir lo aprendido",
              it: "Condividere quanto appreso",
              lv: "Dalīties ar mācībām",
            },
            description: {
              en: "Make the lessons available to participants and to other administrations.",
              es: "Poner las lecciones a disposición de los participantes y de otras administraciones.",
              it: "Rendere disponibili le lezioni ai partecipanti e ad altre amministrazioni.",
              lv: "Padarīt gūtās mācības pieejamas dalībniekiem un citām iestādēm.",
            },
            tasks: [
              {
                id: "reflection-write-report",
                name: {
                  en: "Write the lessons-learned report",
                  es: "Redactar el informe de lecciones aprendidas",
                  it: "Scrivere il rapporto sulle lezioni apprese",
                  lv: "Uzrakstīt gūto mācību ziņojumu",
                },
                description: {
                  en: "Summarise the insights and recommendations in a report others can reuse.",
                  es: "Resumir las conclusiones y recomendaciones en un informe que otros puedan reutilizar.",
                  it: "Sintetizzare osservazioni e raccomandazioni in un rapporto riutilizzabile da altri.",
                  lv: "Apkopot atziņas un ieteikumus ziņojumā, ko citi var izmantot atkārtoti.",
                },
                problemProfiles: ["knowledge-reuse"],
              },
              {
                id: "reflection-report-back",
                name: {
                  en: "Report back to participants",
                  es: "Informar a los participantes",
                  it: "Riferire ai partecipanti",
                  lv: "Informēt dalībniekus",
                },
                description: {
                  en: "Tell everyone who took part what was learned and what will change as a result.",
                  es: "Contar a todos los que participaron qué se aprendió y qué cambiará como resultado.",
                  it: "Raccontare a tutti i partecipanti cosa si è imparato e cosa cambierà di conseguenza.",
                  lv: "Pastāstīt visiem dalībniekiem, kas tika iemācīts un kas rezultātā mainīsies.",
                },
                problemProfiles: ["communicate-progress", "trust-pa-citizens"],
              },
            ],
          },
        ],
      },
    ],
  },
];
