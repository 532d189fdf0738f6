// Hand-written Norwegian Bokmål sentiment words (base forms; valence −3..+3), written for
// Brandline from general knowledge of the language — partly by translating the sense of common
// entries of the MIT-licensed VADER lexicon. It is a prior for scripts/derive-nb-lexicon.ts:
// it carries words the NoReC train split has too few of; the derivation learns how much to
// trust it. Inflected forms are reached through the stemmer (lib/tone/stem-nb.ts).
const group = (valence: number, words: string): [string, number][] =>
  words
    .split(/\s+/)
    .filter(Boolean)
    .map((w): [string, number] => [w, valence]);

export const NB_SEED: [string, number][] = [
  ...group(3, `fantastisk fantastiske strålende glimrende genial geniale briljant briljante nydelig nydelige praktfull
    perfekt perfekte fenomenal fenomenale enestående mesterlig mesterverk mesterstykke vidunderlig herlig herlige
    magisk magiske elsker elske elsket forelsket fabelaktig suveren suverene sensasjonell rå imponerende
    fremragende utmerket utmerkede beste best himmelsk henrivende betagende medrivende overveldende uforglemmelig
    toppkarakter kjempebra superbra dritbra knallbra råbra kanonbra`),
  ...group(2, `god gode godt bra flott flotte fin fine fint vakker vakre vakkert deilig deilige lekker lekre spennende
    morsom morsomme morsomt gøy artig underholdende sjarmerende vellykket vellykkede solid solide sterk sterke
    anbefale anbefales anbefalt anbefaling glede glad glade fornøyd fornøyde lykkelig lykke takknemlig takk
    tusen-takk heldig interessant interessante elegant elegante stilig stilige smart smarte effektiv effektive
    pålitelig pålitelige behagelig behagelige komfortabel komfortable rask raske raskt smidig smidige velsmakende
    smakfull smakfulle rørende vakkert treffende overbevisende overbeviste velskrevet velspilt velprodusert
    gjennomført gjennomarbeidet kvalitet høykvalitet verdt prisverdig rimelig gunstig populær populære vinner
    seier suksess beundre beundring begeistret begeistring entusiastisk fornøyelse nytelse nyte nøt hyggelig
    hyggelige vennlig vennlige hjelpsom hjelpsomme imøtekommende trygg trygge sikker ren rene frisk friske
    moro kul kult kule tøff tøffe fengende catchy elegant originale original nyskapende frisk levende velfortalt
    velkommen gratulerer gratulasjon jubel jubler smil smile smiler latter ler`),
  ...group(1, `grei greie greit ok okei brukbar brukbare akseptabel akseptable ordentlig ryddig enkel enkelt
    nyttig nyttige praktisk praktiske tilfredsstillende passe fungerer funker riktig riktige nøyaktig klar klare
    lett lette stødig stødige rolig rolige håp håper håpefull positiv positive fordel fordeler pluss`),
  ...group(-1, `middelmådig middelmådige gjennomsnittlig tam tamme treg trege tregt forsinket forsinkelse
    rotete rot mangel mangler manglende svakhet svakheter minus ulempe ulemper problem problemer problematisk
    vanskelig vanskelige tungvint tungvinte kostbar dyr dyre dyrt overpriset uklar uklare forvirrende
    forvirret ujevn ujevne ensformig ensformige forutsigbar forutsigbare klisjé klisjeer klisjéfylt
    anstrengt anstrengende slitsom slitsomme tretthet trøtt sliten overfladisk overfladiske flat flate
    irriterende irritert stresset stress bekymret bekymring tvil tvilsom tvilsomme rar rare merkelig
    stusselig puslete blek bleke`),
  ...group(-2, `dårlig dårlige dårligere svak svake svakt kjedelig kjedelige kjedet skuffende skuffet skuffelse
    skuffa trist triste leit sint sinte sinne frustrerende frustrert frustrasjon ubrukelig ubrukelige
    feil feilet mislykket mislykkede fiasko elendig elendige slett slette stygg stygge stygt ekkel ekle ekkelt
    vond vonde vondt smerte plage plagsom ødelagt ødelegge ødelegger defekt defekte tåpelig tåpelige dum dumme
    dumt meningsløs meningsløse håpløs håpløse slapp uinteressant uinteressante intetsigende langtekkelig
    langdryg langdryge masete utdatert utdaterte klønete klossete unødvendig unødvendige
    irritasjon klage klager reklamasjon tap taper tapte sviktende svikter svikt ustabil ustabile
    krasj krasjer støy bråkete ulovlig farlig farlige risiko trussel angst redd redsel
    ensom sorg sorgen lidelse lide`),
  ...group(-3, `forferdelig forferdelige grusom grusomme grusomt katastrofe katastrofal katastrofale horribel
    horrible elendighet avskyelig avskyelige motbydelig motbydelige kvalmende pinlig pinlige
    latterlig latterlige skandale skandaløs skandaløse uakseptabel uakseptabelt verst verste
    hater hate hatet hat avsky svindel bedrag bedrageri løgn løgner lyver juks jukse råtten råttent
    fæl fæle fælt uutholdelig uutholdelige søppel makkverk dritt drittdårlig
    elendige `),
];
