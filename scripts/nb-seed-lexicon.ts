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
    feil feilet mislykket mislykkede fiasko elendig elendige slette stygg stygge stygt ekkel ekle ekkelt
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
  // Review vocabulary (film, music, books, games, food, products).
  ...group(3, `storartet storslått formidabel formidable gripende bergtakende fortryllende sublim sublime genialt
    praktfullt udødelig klassiker perle juvel høydepunkt favoritt elskverdig tryllebindende vakreste bunnsolid
    knallsterk kjempegod kjempefin superb imponert imponerer begeistrer glitrer briljerer bergtar eminent eminente`),
  ...group(2, `velfungerende velgjort velskrevne velregissert troverdig troverdige engasjerende engasjert
    fascinerende fengslende humoristisk vittig vittige lun lune hjertevarm sympatisk sympatiske tiltalende
    appetittvekkende saftig mør møre fyldig balansert harmonisk presis presise skarp skarpe kraftig kraftige
    prisgunstig robust robuste holdbar holdbare intuitiv intuitive brukervennlig stillegående lekkert
    originalt severdig lesverdig anbefalelsesverdig lovende talentfull talentfulle dyktig dyktige
    profesjonell profesjonelle kompetent innsiktsfull reflektert tankevekkende modig modige velfortjent
    fortjener fortjent leverer treffer skinner overbeviser rører berører løfter bærer elegant nennsom
    velsmakende saftige sprudlende sjelfull sjelfulle energisk energiske leken lekne frisk oppfinnsom
    oppfinnsomme nyansert nyanserte musikalsk gjennomtenkt gjennomtenkte vellaget særpreget egenartet`),
  ...group(1, `ambisiøs ambisiøse overraskende solid stødig godkjent lovende anstendig anstendige habil habile`),
  ...group(-1, `synd savner savnet halvveis middels grå anonym anonyme tung tunge seig seige langsom langsomme
    gammeldags utdatert forelda irrelevant mangelfull mangelfulle ubalansert repetitiv repetitive
    gjentakende ufokusert springende konstruert konstruerte stiv stive kunstig kunstige tynn tynne mager
    magre tørr tørre lunken kald overkokt skjør skjøre støyende overflødig overflødige sliten slitne slitt`),
  ...group(-1.5, `dessverre verre`),
  ...group(-2, `kjedsommelig tannløs tannløse uengasjerende livløs livløse blodfattig overspilt overspilte
    forutsigbart platt platte banal banale hul hule innholdsløs uoriginal uoriginale kaotisk kaotiske
    usammenhengende hakkete pinlig flau flaut feilslått bomskudd bommer skuffer irriterer kjeder
    utilstrekkelig uinspirert uinspirerte ideløs smakløs smakløse fad fade vassen vassent brent skranglete
    spinkel spinkle billigpreget plastaktig bråkete overopphetes meningsløst tåpelig idiotisk teit teite
    fjollete barnslig barnslige utslitt bortkastet sløsing sløseri halvhjertet likegyldig likegyldige
    forglemmelig poengløs retningsløs formålsløs kraftløs energiløs ørkesløs halvgod halvgodt`),
  ...group(-3, `katastrofalt patetisk patetiske ynkelig ynkelige frastøtende vemmelig gørr gørrkjedelig
    verdiløs verdiløse tragisk flopp skandaløst ræva ræv møkk møkka skrot skrap`),
  // Everyday praise and criticism.
  ...group(2, `koselig trivelig idyllisk spektakulær spektakulære episk episke ikonisk tidløs tidløse
    stemningsfull stemningsfulle atmosfærisk sjarm sjarmerer styrke styrker høydare fryd uanstrengt sømløs
    sømløst problemfri feilfri plettfri helstøpt helstøpte treffsikker treffsikre delikat delikate raffinert
    raffinerte sofistikert overdådig rikholdig generøs generøse innbydende forfriskende befriende inspirerende
    inspirert oppløftende fet fett digg topp toppen knall strøken strøkent pen pene pent prisvinnende ros roser
    hyller hyllest applaus verdifull givende lærerik grundig oversiktlig`),
  ...group(1.5, `søt søte informativ opplysende heftig heftige tydelig gull kos koser nyter`),
  ...group(-1, `surt dyster dystre forenklet karikatur sentimental endeløs endeløse begrenset begrensede begrensning
    bråk konflikt tøys unnlater faller glipp uren`),
  ...group(-1.5, `bittert hodepine keitete lettvint lettvinte karikert stereotyp stereotype sjablong oppbrukt
    forvirring urealistisk tvungen tvunget søtladen klissete kleng svulstig bombastisk skurrer skurrende
    uoversiktlig upraktisk uheldig uheldige krangel tull tullete glipper uryddig grell grelle glorete
    overlesset savn jålete`),
  ...group(-2, `masete sutrete sytete kjip kjipt kjipe deprimerende nedslående ubehagelig ubehag pest pine pinefull
    tabbe blemme klein kleint amatørmessig amatørmessige uprofesjonell slurvete slurv sjuskete endimensjonal
    sjablongmessig oppskrytt overvurdert overvurderte antiklimaks ulogisk ulogiske utroverdig utroverdige
    påklistret påtatt anmassende pretensiøs pretensiøse selvhøytidelig falsk falske ustemt monoton monotone
    knotete ulykkelig ulykke trøbbel vrøvl sludder nonsens mislykkes feiler sviktet skrantende
    irritasjonsmoment skjemmer kvalm avsmak`),
  ...group(-2.5, `mareritt fadese heslig`),
  ...group(-3, `tortur`),
  // More criticism: what reviewers say when something falls short.
  ...group(-1, `sjelden sjeldent nesten halvparten fattig fattige beskjeden beskjedne ensidig ensidige
    stillestående statisk statiske sakte tregere tungrodd tungrodde uferdig uferdige ujevnt rotet
    trang trange liten lite smal smale lukket kjølig kjølige distansert distanserte vag vage vagt
    uinspirerende blass gråe grått matt matte dempet diffus diffuse sær sære rigid rigide stram`),
  ...group(-1.5, `anstrengt tvilsomt tvilsomme skuffe manglet mangle savnes svakheten slapt tamt kjedsomhet
    langtekkelige tregt middelmådighet overtydelig overtydelige forutsigbarhet klisjéer klisjeene
    tåkete grumsete grøtete uskarp uskarpe utydelig utydelige slørete hakking forsinkelser feilmeldinger
    unøyaktig unøyaktige`),
  ...group(-2, `misfornøyd misfornøyde skuffende irriterende plagsomme ulidelig ulidelige uholdbar uholdbare
    uakseptable fiaskoen mislykte feilkjøp bomkjøp tidstyv bortkastede pengesluk søppelet tullball
    rølp makkverket slett elendigheten grufull grufulle motløs motløse trøstesløs trøstesløse
    uutholdelig kjedeligere kjedeligste verstingen krampaktig krampaktige`),
  ...group(2, `underholdt imponerende velkomponert velkomponerte velfortalte velspilte gripende treffende
    minneverdig minneverdige severdige lekende fengende sterkt gledelig gledelige formfull
    nydeligste`),
  // Customer-service vocabulary (what people say to and about a brand).
  ...group(2, `blid blide smilende serviceinnstilt nam godbit`),
  ...group(1.5, `liker likte likt tilfreds tilfredshet høflig høflige heldigvis`),
  ...group(1, `gratis rabatt`),
  ...group(-1, `ventetid ventetiden`),
  ...group(-1.5, `sur sure treig treige`),
  ...group(-2, `frekk frekke uhøflig uhøflige arrogant arrogante nedlatende respektløs respektløse knust skadet skam`),
  ...group(-2.5, `uforskammet uforskammede fryktelig`),
];
