// Problem profiles: the kinds of problems co-production tasks face, used to recommend interlinkers.
import type { SeedProblemProfile } from "./types.js";

export const problemProfiles: SeedProblemProfile[] = [
  {
    id: "identify-stakeholders",
    name: {
      en: "Identifying stakeholders",
      es: "Identificar a las partes interesadas",
      it: "Identificare i portatori di interesse",
      lv: "Ieinteresēto pušu apzināšana",
    },
    description: {
      en: "The team does not yet know who is affected by the service, who holds resources or knowledge, and who must be involved.",
      es: "El equipo aún no sabe a quién afecta el servicio, quién tiene recursos o conocimientos y a quién hay que implicar.",
      it: "Il team non sa ancora chi è coinvolto dal servizio, chi dispone di risorse o conoscenze e chi deve partecipare.",
      lv: "Komanda vēl nezina, ko pakalpojums ietekmē, kuram ir resursi vai zināšanas un kas noteikti jāiesaista.",
    },
  },
  {
    id: "understand-user-needs",
    name: {
      en: "Understanding user needs",
      es: "Comprender las necesidades de los usuarios",
      it: "Comprendere i bisogni degli utenti",
      lv: "Lietotāju vajadzību izpratne",
    },
    description: {
      en: "Decisions rest on assumptions about what people need instead of evidence gathered from the people who use the service.",
      es: "Las decisiones se basan en suposiciones sobre lo que la gente necesita, no en evidencias recogidas entre quienes usan el servicio.",
      it: "Le decisioni si basano su ipotesi su ciò di cui le persone hanno bisogno, non su evidenze raccolte da chi usa il servizio.",
      lv: "Lēmumi balstās pieņēmumos par cilvēku vajadzībām, nevis pierādījumos, kas iegūti no pakalpojuma lietotājiem.",
    },
  },
  {
    id: "define-the-problem",
    name: {
      en: "Defining the problem",
      es: "Definir el problema",
      it: "Definire il problema",
      lv: "Problēmas definēšana",
    },
    description: {
      en: "Participants describe symptoms rather than causes, or each of them has a different idea of which problem the service should solve.",
      es: "Los participantes describen síntomas en lugar de causas, o cada uno tiene una idea distinta del problema que debe resolver el servicio.",
      it: "I partecipanti descrivono sintomi anziché cause, oppure ognuno ha un'idea diversa del problema che il servizio deve risolvere.",
      lv: "Dalībnieki apraksta simptomus, nevis cēloņus, vai arī katram ir atšķirīgs priekšstats par to, kāda problēma pakalpojumam jārisina.",
    },
  },
  {
    id: "low-citizen-engagement",
    name: {
      en: "Low citizen engagement",
      es: "Baja participación ciudadana",
      it: "Scarsa partecipazione dei cittadini",
      lv: "Zema iedzīvotāju iesaiste",
    },
    description: {
      en: "Few citizens take part, the same voices dominate every meeting, or participants drop out before the process ends.",
      es: "Participan pocos ciudadanos, siempre dominan las mismas voces o los participantes abandonan antes de que termine el proceso.",
      it: "Partecipano pochi cittadini, prevalgono sempre le stesse voci oppure i partecipanti abbandonano prima della fine del processo.",
      lv: "Piedalās maz iedzīvotāju, sanāksmēs dominē vienas un tās pašas balsis vai dalībnieki aiziet, pirms process beidzies.",
    },
  },
  {
    id: "reach-vulnerable-groups",
    name: {
      en: "Reaching vulnerable groups",
      es: "Llegar a los grupos vulnerables",
      it: "Raggiungere i gruppi vulnerabili",
      lv: "Mazaizsargāto grupu sasniegšana",
    },
    description: {
      en: "People who most need the service, such as older people, migrants or people with disabilities, are hard to reach and rarely heard.",
      es: "Quienes más necesitan el servicio, como personas mayores, migrantes o personas con discapacidad, son difíciles de alcanzar y rara vez se les escucha.",
      it: "Chi ha più bisogno del servizio, come anziani, migranti o persone con disabilità, è difficile da raggiungere e raramente viene ascoltato.",
      lv: "Cilvēkus, kuriem pakalpojums vajadzīgs visvairāk, piemēram, seniorus, migrantus vai cilvēkus ar invaliditāti, ir grūti sasniegt, un viņus reti uzklausa.",
    },
  },
  {
    id: "agree-shared-goals",
    name: {
      en: "Agreeing on shared goals",
      es: "Acordar objetivos comunes",
      it: "Concordare obiettivi comuni",
      lv: "Vienošanās par kopīgiem mērķiem",
    },
    description: {
      en: "Partners join with different expectations and priorities and need a common vision they all commit to.",
      es: "Los socios llegan con expectativas y prioridades distintas y necesitan una visión común con la que todos se comprometan.",
      it: "I partner arrivano con aspettative e priorità diverse e hanno bisogno di una visione comune condivisa da tutti.",
      lv: "Partneri pievienojas ar atšķirīgām gaidām un prioritātēm, un viņiem vajadzīgs kopīgs redzējums, kam visi apņemas sekot.",
    },
  },
  {
    id: "define-roles-responsibilities",
    name: {
      en: "Defining roles and responsibilities",
      es: "Definir funciones y responsabilidades",
      it: "Definire ruoli e responsabilità",
      lv: "Lomu un atbildības noteikšana",
    },
    description: {
      en: "It is unclear who does what, who decides and who is accountable, so tasks fall between organisations.",
      es: "No está claro quién hace qué, quién decide y quién rinde cuentas, por lo que las tareas se pierden entre organizaciones.",
      it: "Non è chiaro chi fa cosa, chi decide e chi ne risponde, quindi le attività si perdono tra un'organizzazione e l'altra.",
      lv: "Nav skaidrs, kurš ko dara, kurš lemj un kurš atbild, tāpēc uzdevumi pazūd starp organizācijām.",
    },
  },
  {
    id: "legal-gdpr-compliance",
    name: {
      en: "Legal and GDPR compliance",
      es: "Cumplimiento legal y del RGPD",
      it: "Conformità normativa e al GDPR",
      lv: "Atbilstība tiesību aktiem un VDAR",
    },
    description: {
      en: "The service handles personal data or public tasks and must respect data protection law, administrative rules and liability.",
      es: "El servicio trata datos personales o funciones públicas y debe respetar la protección de datos, las normas administrativas y la responsabilidad.",
      it: "Il servizio tratta dati personali o funzioni pubbliche e deve rispettare la protezione dei dati, le norme amministrative e le responsabilità.",
      lv: "Pakalpojums apstrādā personas datus vai veic publiskus uzdevumus, tāpēc jāievēro datu aizsardzības tiesības, administratīvie noteikumi un atbildība.",
    },
  },
  {
    id: "data-sharing-between-organisations",
    name: {
      en: "Sharing data between organisations",
      es: "Compartir datos entre organizaciones",
      it: "Condividere dati tra organizzazioni",
      lv: "Datu koplietošana starp organizācijām",
    },
    description: {
      en: "Partners need each other's data but lack an agreed legal basis, format, security level or responsibility for it.",
      es: "Los socios necesitan los datos de los demás, pero no han acordado la base jurídica, el formato, el nivel de seguridad ni los responsables.",
      it: "I partner hanno bisogno dei dati altrui ma manca un accordo su base giuridica, formato, livello di sicurezza e responsabilità.",
      lv: "Partneriem vajadzīgi vienam otra dati, taču nav saskaņots tiesiskais pamats, formāts, drošības līmenis vai atbildīgie.",
    },
  },
  {
    id: "interoperability",
    name: {
      en: "Interoperability of systems",
      es: "Interoperabilidad de los sistemas",
      it: "Interoperabilità dei sistemi",
      lv: "Sistēmu sadarbspēja",
    },
    description: {
      en: "The new service must work with existing registers, systems and standards of several administrations.",
      es: "El nuevo servicio debe funcionar con los registros, sistemas y estándares existentes de varias administraciones.",
      it: "Il nuovo servizio deve funzionare con i registri, i sistemi e gli standard esistenti di più amministrazioni.",
      lv: "Jaunajam pakalpojumam jādarbojas kopā ar vairāku iestāžu esošajiem reģistriem, sistēmām un standartiem.",
    },
  },
  {
    id: "generate-ideas",
    name: {
      en: "Generating ideas",
      es: "Generar ideas",
      it: "Generare idee",
      lv: "Ideju ģenerēšana",
    },
    description: {
      en: "The team needs many diverse solution ideas and a fair way to choose the most promising ones.",
      es: "El equipo necesita muchas ideas de solución diversas y una forma justa de elegir las más prometedoras.",
      it: "Il team ha bisogno di molte idee di soluzione diverse e di un modo equo per scegliere le più promettenti.",
      lv: "Komandai vajadzīgas daudzas un dažādas risinājumu idejas un taisnīgs veids, kā izvēlēties daudzsološākās.",
    },
  },
  {
    id: "prototype-service",
    name: {
      en: "Prototyping a service",
      es: "Prototipar un servicio",
      it: "Prototipare un servizio",
      lv: "Pakalpojuma prototipēšana",
    },
    description: {
      en: "An idea must become something tangible and cheap that people can try before money is spent on building it.",
      es: "Una idea debe convertirse en algo tangible y barato que la gente pueda probar antes de invertir dinero en construirlo.",
      it: "Un'idea deve diventare qualcosa di concreto ed economico che le persone possano provare prima di investire nella sua realizzazione.",
      lv: "Idejai jākļūst par kaut ko taustāmu un lētu, ko cilvēki var izmēģināt, pirms tiek tērēta nauda tās izveidei.",
    },
  },
  {
    id: "test-with-users",
    name: {
      en: "Testing with users",
      es: "Probar con usuarios",
      it: "Testare con gli utenti",
      lv: "Testēšana ar lietotājiem",
    },
    description: {
      en: "The team must find out whether the service works for real users and learn what to change.",
      es: "El equipo debe averiguar si el servicio funciona para usuarios reales y aprender qué cambiar.",
      it: "Il team deve scoprire se il servizio funziona per utenti reali e capire cosa cambiare.",
      lv: "Komandai jānoskaidro, vai pakalpojums darbojas reāliem lietotājiem, un jāsaprot, kas jāmaina.",
    },
  },
  {
    id: "measure-impact",
    name: {
      en: "Measuring impact",
      es: "Medir el impacto",
      it: "Misurare l'impatto",
      lv: "Ietekmes mērīšana",
    },
    description: {
      en: "Nobody can yet show whether the service achieves its goals, for whom, and at what cost.",
      es: "Nadie puede demostrar todavía si el servicio logra sus objetivos, para quién y a qué coste.",
      it: "Nessuno è ancora in grado di dimostrare se il servizio raggiunge i suoi obiettivi, per chi e a quale costo.",
      lv: "Neviens vēl nevar parādīt, vai pakalpojums sasniedz savus mērķus, kam un par kādu cenu.",
    },
  },
  {
    id: "financial-sustainability",
    name: {
      en: "Financial sustainability",
      es: "Sostenibilidad financiera",
      it: "Sostenibilità finanziaria",
      lv: "Finansiālā ilgtspēja",
    },
    description: {
      en: "The service runs on project funding that will end, and needs a business model or a budget line to continue.",
      es: "El servicio depende de una financiación de proyecto que terminará y necesita un modelo de negocio o una partida presupuestaria para continuar.",
      it: "Il servizio vive di finanziamenti di progetto destinati a finire e ha bisogno di un modello di business o di una voce di bilancio per continuare.",
      lv: "Pakalpojums darbojas par projekta finansējumu, kas beigsies, un tā turpināšanai vajadzīgs biznesa modelis vai budžeta pozīcija.",
    },
  },
  {
    id: "service-handover",
    name: {
      en: "Handing a service over",
      es: "Traspasar un servicio",
      it: "Passare di mano un servizio",
      lv: "Pakalpojuma nodošana",
    },
    description: {
      en: "The people who built the service are leaving and another organisation must run, maintain and improve it.",
      es: "Quienes construyeron el servicio se van y otra organización debe gestionarlo, mantenerlo y mejorarlo.",
      it: "Chi ha costruito il servizio se ne va e un'altra organizzazione deve gestirlo, mantenerlo e migliorarlo.",
      lv: "Tie, kas pakalpojumu izveidoja, aiziet, un citai organizācijai tas jāuztur, jāpilnveido un jānodrošina tā darbība.",
    },
  },
  {
    id: "accessibility",
    name: {
      en: "Accessibility",
      es: "Accesibilidad",
      it: "Accessibilità",
      lv: "Piekļūstamība",
    },
    description: {
      en: "The service, its documents and its meetings must be usable by people with disabilities and meet the European accessibility requirements.",
      es: "El servicio, sus documentos y sus reuniones deben poder utilizarlos personas con discapacidad y cumplir los requisitos europeos de accesibilidad.",
      it: "Il servizio, i suoi documenti e i suoi incontri devono essere fruibili da persone con disabilità e rispettare i requisiti europei di accessibilità.",
      lv: "Pakalpojumam, tā dokumentiem un sanāksmēm jābūt izmantojamiem cilvēkiem ar invaliditāti un jāatbilst Eiropas piekļūstamības prasībām.",
    },
  },
  {
    id: "digital-skills",
    name: {
      en: "Digital skills gap",
      es: "Brecha de competencias digitales",
      it: "Divario di competenze digitali",
      lv: "Digitālo prasmju plaisa",
    },
    description: {
      en: "Some participants or users lack the devices, connection or skills to take part online or to use a digital service.",
      es: "Algunos participantes o usuarios carecen de dispositivos, conexión o competencias para participar en línea o usar un servicio digital.",
      it: "Alcuni partecipanti o utenti non hanno dispositivi, connessione o competenze per partecipare online o usare un servizio digitale.",
      lv: "Dažiem dalībniekiem vai lietotājiem trūkst ierīču, interneta savienojuma vai prasmju, lai piedalītos tiešsaistē vai lietotu digitālu pakalpojumu.",
    },
  },
  {
    id: "trust-pa-citizens",
    name: {
      en: "Trust between administration and citizens",
      es: "Confianza entre administración y ciudadanía",
      it: "Fiducia tra amministrazione e cittadini",
      lv: "Uzticēšanās starp pārvaldi un iedzīvotājiem",
    },
    description: {
      en: "Citizens doubt that their input will change anything, and the administration doubts that citizen proposals are workable.",
      es: "La ciudadanía duda de que sus aportaciones cambien algo y la administración duda de que las propuestas ciudadanas sean viables.",
      it: "I cittadini dubitano che il loro contributo cambi qualcosa e l'amministrazione dubita che le proposte dei cittadini siano realizzabili.",
      lv: "Iedzīvotāji šaubās, vai viņu ieguldījums kaut ko mainīs, bet pārvalde šaubās, vai iedzīvotāju priekšlikumi ir īstenojami.",
    },
  },
  {
    id: "conflict-resolution",
    name: {
      en: "Resolving conflicts",
      es: "Resolver conflictos",
      it: "Risolvere i conflitti",
      lv: "Konfliktu risināšana",
    },
    description: {
      en: "Disagreements between partners or participants block progress and need a fair, agreed way to be settled.",
      es: "Los desacuerdos entre socios o participantes bloquean el avance y necesitan una vía justa y acordada para resolverse.",
      it: "I disaccordi tra partner o partecipanti bloccano i progressi e richiedono un modo equo e condiviso per essere risolti.",
      lv: "Domstarpības starp partneriem vai dalībniekiem bremzē darbu, un tām vajadzīgs taisnīgs, saskaņots risināšanas veids.",
    },
  },
  {
    id: "schedule-meetings",
    name: {
      en: "Scheduling meetings",
      es: "Programar reuniones",
      it: "Pianificare gli incontri",
      lv: "Sanāksmju plānošana",
    },
    description: {
      en: "Volunteers, officials and companies have different working hours, and finding dates and places that suit everyone is hard.",
      es: "Voluntarios, funcionarios y empresas tienen horarios distintos y es difícil encontrar fechas y lugares que convengan a todos.",
      it: "Volontari, funzionari e aziende hanno orari diversi ed è difficile trovare date e luoghi adatti a tutti.",
      lv: "Brīvprātīgajiem, ierēdņiem un uzņēmumiem ir atšķirīgs darba laiks, tāpēc grūti atrast visiem piemērotu laiku un vietu.",
    },
  },
  {
    id: "document-decisions",
    name: {
      en: "Documenting decisions",
      es: "Documentar las decisiones",
      it: "Documentare le decisioni",
      lv: "Lēmumu dokumentēšana",
    },
    description: {
      en: "Decisions are taken in meetings and chats but not recorded, so they are forgotten, repeated or cannot be justified later.",
      es: "Las decisiones se toman en reuniones y chats pero no se registran, así que se olvidan, se repiten o no pueden justificarse después.",
      it: "Le decisioni vengono prese in riunioni e chat ma non registrate, quindi si dimenticano, si ripetono o non si possono giustificare in seguito.",
      lv: "Lēmumi tiek pieņemti sanāksmēs un tērzētavās, taču netiek pierakstīti, tāpēc tie aizmirstas, atkārtojas vai vēlāk tos nevar pamatot.",
    },
  },
  {
    id: "collective-decision-making",
    name: {
      en: "Making decisions together",
      es: "Tomar decisiones en común",
      it: "Prendere decisioni insieme",
      lv: "Kopīga lēmumu pieņemšana",
    },
    description: {
      en: "A mixed group of public, civic and private actors must reach decisions that are legitimate for all of them.",
      es: "Un grupo mixto de actores públicos, cívicos y privados debe llegar a decisiones legítimas para todos.",
      it: "Un gruppo misto di attori pubblici, civici e privati deve arrivare a decisioni legittime per tutti.",
      lv: "Jauktai publisko, pilsonisko un privāto dalībnieku grupai jāpieņem lēmumi, kas ir leģitīmi visiem.",
    },
  },
  {
    id: "communicate-progress",
    name: {
      en: "Communicating progress",
      es: "Comunicar los avances",
      it: "Comunicare i progressi",
      lv: "Informēšana par paveikto",
    },
    description: {
      en: "Participants, decision makers and the public do not know what has been done, what is next, or how to join.",
      es: "Participantes, responsables políticos y público no saben qué se ha hecho, qué viene después ni cómo sumarse.",
      it: "Partecipanti, decisori e pubblico non sanno cosa è stato fatto, quali sono i prossimi passi né come unirsi.",
      lv: "Dalībnieki, lēmumu pieņēmēji un sabiedrība nezina, kas ir paveikts, kas sekos un kā pievienoties.",
    },
  },
  {
    id: "manage-risks",
    name: {
      en: "Managing risks",
      es: "Gestionar los riesgos",
      it: "Gestire i rischi",
      lv: "Risku pārvaldība",
    },
    description: {
      en: "Delays, dropouts, legal issues or technical failures can derail the process if nobody anticipates them.",
      es: "Retrasos, abandonos, problemas legales o fallos técnicos pueden hacer descarrilar el proceso si nadie los anticipa.",
      it: "Ritardi, abbandoni, problemi legali o guasti tecnici possono far deragliare il processo se nessuno li prevede.",
      lv: "Kavējumi, dalībnieku aiziešana, juridiskas problēmas vai tehniskas kļūmes var izjaukt procesu, ja neviens tos neparedz.",
    },
  },
  {
    id: "procurement-requirements",
    name: {
      en: "Procurement and requirements",
      es: "Contratación y requisitos",
      it: "Appalti e requisiti",
      lv: "Iepirkums un prasības",
    },
    description: {
      en: "The administration must buy software or services and needs clear, user-centred requirements that respect public procurement rules.",
      es: "La administración debe adquirir software o servicios y necesita requisitos claros, centrados en el usuario y conformes con la contratación pública.",
      it: "L'amministrazione deve acquistare software o servizi e ha bisogno di requisiti chiari, centrati sull'utente e conformi alle regole degli appalti.",
      lv: "Pārvaldei jāiegādājas programmatūra vai pakalpojumi, un tai vajadzīgas skaidras, uz lietotāju vērstas prasības, kas atbilst publisko iepirkumu noteikumiem.",
    },
  },
  {
    id: "open-data-publication",
    name: {
      en: "Publishing open data",
      es: "Publicar datos abiertos",
      it: "Pubblicare dati aperti",
      lv: "Atvērto datu publicēšana",
    },
    description: {
      en: "Data produced by the service should be published for reuse, in open formats, with a licence and without personal data.",
      es: "Los datos que genera el servicio deberían publicarse para su reutilización, en formatos abiertos, con licencia y sin datos personales.",
      it: "I dati prodotti dal servizio dovrebbero essere pubblicati per il riuso, in formati aperti, con una licenza e senza dati personali.",
      lv: "Pakalpojuma radītie dati būtu jāpublicē atkalizmantošanai atvērtos formātos, ar licenci un bez personas datiem.",
    },
  },
  {
    id: "volunteer-motivation",
    name: {
      en: "Keeping volunteers motivated",
      es: "Mantener la motivación del voluntariado",
      it: "Mantenere motivati i volontari",
      lv: "Brīvprātīgo motivācijas uzturēšana",
    },
    description: {
      en: "Volunteers and civic partners give their free time and need a clear role, recognition and a reason to stay.",
      es: "Voluntarios y socios cívicos dedican su tiempo libre y necesitan un papel claro, reconocimiento y motivos para quedarse.",
      it: "Volontari e partner civici dedicano il loro tempo libero e hanno bisogno di un ruolo chiaro, di riconoscimento e di un motivo per restare.",
      lv: "Brīvprātīgie un pilsoniskie partneri velta savu brīvo laiku, un viņiem vajadzīga skaidra loma, atzinība un iemesls palikt.",
    },
  },
  {
    id: "knowledge-reuse",
    name: {
      en: "Capturing and reusing knowledge",
      es: "Recoger y reutilizar el conocimiento",
      it: "Raccogliere e riutilizzare la conoscenza",
      lv: "Zināšanu saglabāšana un atkalizmantošana",
    },
    description: {
      en: "Lessons from this process risk being lost, and other administrations could reuse what worked if it were written down.",
      es: "Las lecciones de este proceso pueden perderse, y otras administraciones podrían reutilizar lo que funcionó si quedara por escrito.",
      it: "Le lezioni di questo processo rischiano di andare perse, e altre amministrazioni potrebbero riutilizzare ciò che ha funzionato se fosse messo per iscritto.",
      lv: "Šī procesa mācības var tikt zaudētas, lai gan citas iestādes varētu atkārtoti izmantot to, kas izdevās, ja tas būtu pierakstīts.",
    },
  },
];
